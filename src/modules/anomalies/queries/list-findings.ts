// The anomaly lists: findings the caller may see, filtered by kind, location and status (open by default), the
// most extreme (highest score) first, in cursor pages.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { InvalidInput, NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, toPage } from '../../../platform/http/cursor.ts';
import type { AnomalyKind } from '../domain/anomaly-kind.ts';
import { FINDING_COLUMNS, FINDING_JOINS, findingScope, toFindingView } from './finding-view.ts';

export interface ListFindingsInput {
  kind?: AnomalyKind | undefined;
  location?: string | undefined;
  status?: 'open' | 'resolved' | undefined;
  limit: number;
  cursor?: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function listFindings(db: Queryable, actor: Actor, input: ListFindingsInput) {
  const after = decodeCursor(input.cursor);
  // The score travels as its exact decimal string (a float would not survive the cursor's integer rule).
  if (after && (after.length !== 2 || typeof after[0] !== 'string' || !Number.isFinite(Number(after[0])) || typeof after[1] !== 'string' || !UUID.test(after[1]))) {
    throw new InvalidInput('The cursor is not one this API returned', [{ path: '/query/cursor', message: 'invalid cursor' }]);
  }
  const rows = await sql<Record<string, unknown>>`SELECT ${FINDING_COLUMNS} FROM anomaly_finding a ${FINDING_JOINS}
    WHERE a.company_id = 1 AND a.status = ${input.status ?? 'open'} AND ${findingScope(actor)}
      ${input.kind !== undefined ? sql`AND a.kind = ${input.kind}` : sql``}
      ${input.location !== undefined ? sql`AND lo.code = ${input.location}` : sql``}
      ${after ? sql`AND (a.score, a.id) < (${Number(after[0])}::float8, ${String(after[1])}::uuid)` : sql``}
    ORDER BY a.score DESC, a.id DESC LIMIT ${input.limit + 1}`.execute(db);
  return toPage(rows.rows, input.limit, toFindingView, (row) => [String(Number(row.score)), row.id]);
}

export async function getFinding(db: Queryable, actor: Actor, id: string) {
  const rows = await sql<Record<string, unknown>>`SELECT ${FINDING_COLUMNS} FROM anomaly_finding a ${FINDING_JOINS}
    WHERE a.id = ${id} AND a.company_id = 1 AND ${findingScope(actor)}`.execute(db);
  const row = rows.rows[0];
  if (!row) throw new NotFound('Anomaly finding', id);
  return toFindingView(row);
}
