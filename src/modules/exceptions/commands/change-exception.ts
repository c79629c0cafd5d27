// The lifecycle of an exception: acknowledge (open → acknowledged), assign (to a user who may see its location),
// resolve with a note (→ resolved; resolving twice is 409 invalid_state). Every change is audited.
import { sql } from 'kysely';
import { Conflict, UnknownReference } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { findUserByEmail, findUserById, roleAllows } from '../../identity/index.ts';
import { AssigneeNotEligible } from '../errors.ts';
import type { ExceptionChanged } from '../events.ts';
import { getException } from '../queries/get-exception.ts';
import type { ExceptionView } from '../queries/exception-view.ts';

function invalidState(exception: ExceptionView, action: string): Conflict {
  return new Conflict('invalid_state', `Exception ${exception.id} is ${exception.status} and cannot be ${action}`);
}

async function changed(ctx: Context, before: ExceptionView, change: ExceptionChanged['payload']['change']): Promise<ExceptionView> {
  const after = await getException(ctx.tx, ctx.actor, before.id);
  const { locationId: _locationId, ...view } = after;
  await ctx.audit({
    action: `exception.${change}`,
    entity: 'exception',
    entityId: before.id,
    before: { status: before.status, assignee: before.assignee },
    after: { status: view.status, assignee: view.assignee, resolutionNote: view.resolutionNote },
  });
  const assigneeId = await sql<{ assignee_id: string | null }>`SELECT assignee_id FROM operations_exception WHERE id = ${before.id}`.execute(ctx.tx);
  const event: ExceptionChanged = {
    type: 'exceptions.exception_changed',
    payload: { exceptionId: before.id, change, status: view.status, assigneeId: assigneeId.rows[0]?.assignee_id ?? null, automatically: false },
  };
  await ctx.emit(event);
  return view;
}

export async function acknowledgeException(ctx: Context, id: string): Promise<ExceptionView> {
  const exception = await getException(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (exception.status !== 'open') throw invalidState(exception, 'acknowledged');
  await sql`UPDATE operations_exception SET status = 'acknowledged', acknowledged_at = ${ctx.now}, acknowledged_by = ${ctx.actor.userId}
    WHERE id = ${exception.id}`.execute(ctx.tx);
  return changed(ctx, exception, 'acknowledged');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `user` is a user's id or email; they must be active, allowed to read exceptions and see the exception's location. */
export async function assignException(ctx: Context, id: string, user: string): Promise<ExceptionView> {
  const exception = await getException(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (exception.status === 'resolved') throw invalidState(exception, 'assigned');
  const assignee = UUID.test(user) ? await findUserById(ctx.tx, user) : await findUserByEmail(ctx.tx, user);
  if (!assignee || !assignee.active) throw new UnknownReference('user', user, '/user');
  const mayRead = roleAllows(assignee.role, 'exceptions.read');
  const seesLocation = assignee.locations.length === 0 || (exception.location !== null && assignee.locations.includes(exception.location));
  if (!mayRead || !seesLocation) {
    const why = !mayRead ? `a ${assignee.role.replace('_', ' ')} may not read exceptions` : `they may not see ${exception.location ?? 'exceptions of no location'}`;
    throw new AssigneeNotEligible(`${assignee.email} cannot be assigned exception ${exception.id}: ${why}`, why);
  }
  await sql`UPDATE operations_exception SET assignee_id = ${assignee.id} WHERE id = ${exception.id}`.execute(ctx.tx);
  return changed(ctx, exception, 'assigned');
}

export async function resolveException(ctx: Context, id: string, note: string): Promise<ExceptionView> {
  const exception = await getException(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (exception.status === 'resolved') throw invalidState(exception, 'resolved');
  await sql`UPDATE operations_exception SET status = 'resolved', resolved_at = ${ctx.now}, resolved_by = ${ctx.actor.userId}, resolution_note = ${note}
    WHERE id = ${exception.id}`.execute(ctx.tx);
  return changed(ctx, exception, 'resolved');
}
