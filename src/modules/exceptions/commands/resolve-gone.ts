// Resolves, with a note and as the running actor, the open exceptions of a kind whose cause a scheduled check
// no longer finds (those it raised or refreshed this time are `stillThere`); optionally only those of one
// subject type, so exceptions a write raised under an older rule are left to a person. Audited and published.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { ExceptionKind } from '../domain/exception-kind.ts';
import type { ExceptionChanged } from '../events.ts';

export async function resolveExceptionsGone(ctx: Context, kind: ExceptionKind, stillThere: readonly string[], note: string, subjectType?: string): Promise<number> {
  const rows = await sql<{ id: string; status: string }>`UPDATE operations_exception e SET status = 'resolved', resolved_at = ${ctx.now},
      resolved_by = ${ctx.actor.userId}, resolution_note = ${note}
    FROM (SELECT id, status FROM operations_exception WHERE company_id = 1 AND kind = ${kind} AND status <> 'resolved'
      ${subjectType === undefined ? sql`` : sql`AND subject_type = ${subjectType}`}
      AND NOT (id = ANY(${[...stillThere]}::uuid[])) ORDER BY id FOR UPDATE) old
    WHERE e.id = old.id RETURNING e.id, old.status`.execute(ctx.tx);
  for (const row of rows.rows) {
    await ctx.audit({ action: 'exception.resolved', entity: 'exception', entityId: row.id, before: { status: row.status }, after: { status: 'resolved', resolutionNote: note } });
    const event: ExceptionChanged = { type: 'exceptions.exception_changed', payload: { exceptionId: row.id, change: 'resolved', status: 'resolved', assigneeId: null, automatically: true } };
    await ctx.emit(event);
  }
  return rows.rows.length;
}
