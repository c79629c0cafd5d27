// Puts chosen open transfer proposals on the open draft transfer of their lane (source warehouse → store),
// creating the draft when the lane has none, as the run does for auto rules. Returns the drafts' ids.
import { sql } from 'kysely';
import { statementNumbers } from '../../../platform/db/document-number.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';

/** The proposals are the caller's: locked by orderProposals. */
export async function draftTransfers(ctx: Context, proposalIds: readonly string[]): Promise<string[]> {
  const now = sql`${ctx.now}::timestamptz`;
  const ids = sql`${[...proposalIds]}::uuid[]`;
  // The counter is locked first, so the insert's snapshot sees every draft a concurrent writer committed
  // (all of them number through the same row): no lane is drafted twice and no number is skipped.
  await sql`SELECT 1 FROM document_counter WHERE type = 'TD' FOR UPDATE`.execute(ctx.tx);
  const numbers = statementNumbers('TD', 'lane');
  await sql`WITH lane AS (
      SELECT DISTINCT source_location_id, location_id FROM replenishment_proposal p
      WHERE id = ANY(${ids}) AND status = 'open' AND source = 'transfer'
        AND NOT EXISTS (SELECT 1 FROM transfer_draft d WHERE d.status = 'draft' AND d.from_location_id = p.source_location_id
          AND d.to_location_id = p.location_id)),
    td_counter AS ${numbers.counter}
    INSERT INTO transfer_draft (id, number, run_id, from_location_id, to_location_id, status, created_at)
    SELECT gen_random_uuid(), ${numbers.number('td_counter', sql`row_number() OVER (ORDER BY source_location_id, location_id)`)}, NULL,
      source_location_id, location_id, 'draft', ${now}
    FROM lane`.execute(ctx.tx);
  const linked = await sql<{ transfer_draft_id: string }>`UPDATE replenishment_proposal p SET status = 'drafted', transfer_draft_id = d.id
    FROM transfer_draft d
    WHERE p.id = ANY(${ids}) AND p.status = 'open' AND p.source = 'transfer'
      AND d.status = 'draft' AND d.from_location_id = p.source_location_id AND d.to_location_id = p.location_id
    RETURNING p.transfer_draft_id`.execute(ctx.tx);
  return [...new Set(linked.rows.map((row) => row.transfer_draft_id))];
}
