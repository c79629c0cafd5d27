// The queue: exceptions the caller may see (their locations; those of no location only for unscoped users),
// filtered by status, kind, location and "mine" (owned by the caller's role or assigned to them), most urgent
// (earliest due) first, in cursor pages.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, toPage } from '../../../platform/http/cursor.ts';
import { InvalidInput } from '../../../kernel/errors.ts';
import type { ExceptionKind, ExceptionStatus } from '../domain/exception-kind.ts';
import { EXCEPTION_COLUMNS, EXCEPTION_JOINS, toExceptionView } from './exception-view.ts';

export interface ListExceptionsInput {
  status?: ExceptionStatus | 'unresolved' | undefined;
  kind?: ExceptionKind | undefined;
  location?: string | undefined;
  mine?: boolean | undefined;
  limit: number;
  cursor?: string | undefined;
}

export function scopeCondition(actor: Actor) {
  return actor.locationIds === null ? sql`true` : sql`e.location_id = ANY(${actor.locationIds}::uuid[])`;
}

export async function listExceptions(db: Queryable, actor: Actor, input: ListExceptionsInput) {
  const after = decodeCursor(input.cursor);
  if (after && (after.length !== 2 || typeof after[0] !== 'string' || typeof after[1] !== 'string' || Number.isNaN(Date.parse(after[0])) || !/^[0-9a-f-]{36}$/.test(after[1]))) {
    throw new InvalidInput('The cursor is not one this API returned', [{ path: '/query/cursor', message: 'invalid cursor' }]);
  }
  const status =
    input.status === undefined ? sql`` : input.status === 'unresolved' ? sql`AND e.status <> 'resolved'` : sql`AND e.status = ${input.status}`;
  const rows = await sql<Record<string, unknown>>`SELECT ${EXCEPTION_COLUMNS} FROM operations_exception e ${EXCEPTION_JOINS}
    WHERE e.company_id = 1 AND ${scopeCondition(actor)} ${status}
      ${input.kind !== undefined ? sql`AND e.kind = ${input.kind}` : sql``}
      ${input.location !== undefined ? sql`AND lo.code = ${input.location}` : sql``}
      ${input.mine ? sql`AND (e.owner_role = ${actor.role} OR e.assignee_id = ${actor.userId})` : sql``}
      ${after ? sql`AND (e.due_at, e.id) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : sql``}
    ORDER BY e.due_at, e.id LIMIT ${input.limit + 1}`.execute(db);
  return toPage(rows.rows, input.limit, toExceptionView, (row) => [new Date(row.due_at as string).toISOString(), row.id]);
}
