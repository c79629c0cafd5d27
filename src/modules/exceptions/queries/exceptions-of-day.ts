// The exceptions of one UTC day for the daily digest: those the caller may see that were open at some time during
// the day (raised before its end and not resolved before its start), optionally only the caller's own (owned by
// their role or assigned to them), largest value at risk first, at most `limit`.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { EXCEPTION_COLUMNS, EXCEPTION_JOINS, type ExceptionView, toExceptionView } from './exception-view.ts';
import { scopeCondition } from './list-exceptions.ts';

export async function exceptionsOfDay(db: Queryable, actor: Actor, day: string, options: { mine: boolean; limit: number }): Promise<ExceptionView[]> {
  const start = `${day}T00:00:00.000Z`;
  const end = new Date(Date.parse(start) + 86_400_000).toISOString();
  const rows = await sql<Record<string, unknown>>`SELECT ${EXCEPTION_COLUMNS} FROM operations_exception e ${EXCEPTION_JOINS}
    WHERE e.company_id = 1 AND ${scopeCondition(actor)}
      AND e.detected_at < ${end}::timestamptz AND (e.resolved_at IS NULL OR e.resolved_at >= ${start}::timestamptz)
      ${options.mine ? sql`AND (e.owner_role = ${actor.role} OR e.assignee_id = ${actor.userId})` : sql``}
    ORDER BY e.value_at_risk DESC, e.due_at, e.id LIMIT ${options.limit}`.execute(db);
  return rows.rows.map(toExceptionView);
}
