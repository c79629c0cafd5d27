// The store side of a run, in one statement: every transfer rule is evaluated; auto rules' needs are put on the
// open draft transfer of their lane (source warehouse → store), created when the lane has none, and every
// need becomes a proposal — drafted on its lane's draft, or open for a buyer (manual rules).
import { sql } from 'kysely';
import { statementNumbers } from '../../../platform/db/document-number.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { type PositionParameters, reorderPositions } from '../queries/reorder-positions.ts';
import { CANDIDATE_VALUES, CANDIDATES, PROPOSAL_COLUMNS } from './proposal-columns.ts';

export async function draftRunTransfers(ctx: Context, runId: string, parameters: Omit<PositionParameters, 'source'>) {
  const now = sql`${ctx.now}::timestamptz`;
  const numbers = statementNumbers('TD', 'new_lane');
  const result = await sql<{ proposals: number; drafts: number }>`WITH ${reorderPositions({ ...parameters, source: 'transfer' })},
    ${CANDIDATES},
    lane AS (SELECT DISTINCT source_location_id, location_id FROM candidate WHERE trigger = 'auto'),
    new_lane AS (
      SELECT source_location_id, location_id FROM lane
      WHERE NOT EXISTS (SELECT 1 FROM transfer_draft d WHERE d.status = 'draft' AND d.from_location_id = lane.source_location_id
        AND d.to_location_id = lane.location_id)),
    td_counter AS ${numbers.counter},
    new_draft AS (
      INSERT INTO transfer_draft (id, number, run_id, from_location_id, to_location_id, status, created_at)
      SELECT gen_random_uuid(), ${numbers.number('td_counter', sql`row_number() OVER (ORDER BY source_location_id, location_id)`)}, ${runId}::uuid,
        source_location_id, location_id, 'draft', ${now}
      FROM new_lane
      RETURNING id, from_location_id, to_location_id),
    draft AS (
      SELECT id, from_location_id, to_location_id FROM new_draft
      UNION ALL
      SELECT id, from_location_id, to_location_id FROM transfer_draft WHERE status = 'draft'),
    inserted AS (
      INSERT INTO replenishment_proposal (${PROPOSAL_COLUMNS})
      SELECT gen_random_uuid(), ${runId}::uuid, ${CANDIDATE_VALUES}, CASE WHEN d.id IS NULL THEN 'open' ELSE 'drafted' END, NULL, d.id, ${now}, NULL
      FROM candidate c LEFT JOIN draft d ON c.trigger = 'auto' AND d.from_location_id = c.source_location_id AND d.to_location_id = c.location_id
      ON CONFLICT (product_id, location_id) WHERE status = 'open' DO NOTHING
      RETURNING 1)
    SELECT (SELECT count(*) FROM inserted)::int8 AS proposals, (SELECT count(*) FROM lane)::int8 AS drafts`.execute(ctx.tx);
  const row = result.rows[0];
  return { created: Number(row?.proposals ?? 0), drafts: Number(row?.drafts ?? 0) };
}
