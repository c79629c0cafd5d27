// One exception by id, if the caller may see it (else 404: its existence is not disclosed).
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { EXCEPTION_COLUMNS, EXCEPTION_JOINS, type ExceptionView, toExceptionView } from './exception-view.ts';
import { scopeCondition } from './list-exceptions.ts';

export async function getException(db: Queryable, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<ExceptionView & { locationId: string | null }> {
  const rows = await sql<Record<string, unknown>>`SELECT ${EXCEPTION_COLUMNS} FROM operations_exception e ${EXCEPTION_JOINS}
    WHERE e.id = ${id} AND e.company_id = 1 AND ${scopeCondition(actor)} ${options.forUpdate ? sql`FOR UPDATE OF e` : sql``}`.execute(db);
  const row = rows.rows[0];
  if (!row) throw new NotFound('Exception', id);
  return { ...toExceptionView(row), locationId: (row.location_id as string | null) ?? null };
}
