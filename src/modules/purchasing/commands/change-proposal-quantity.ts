// A buyer changes how much an open proposal asks for before ordering it (say, a promotion the run cannot know
// about). Only open proposals change; the run's position and min/max stay as computed, for the record.
import { sql } from 'kysely';
import { Conflict, NotFound } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { getProposal } from '../queries/list-proposals.ts';

export async function changeProposalQuantity(ctx: Context, id: string, quantity: number) {
  const rows = await sql<{ status: string; location_id: string; quantity: number }>`SELECT status, location_id, quantity FROM replenishment_proposal
    WHERE id = ${id} FOR UPDATE`.execute(ctx.tx);
  const row = rows.rows[0];
  if (!row || (ctx.actor.locationIds !== null && !ctx.actor.locationIds.includes(row.location_id))) throw new NotFound('Proposal', id);
  if (row.status !== 'open') throw new Conflict('invalid_state', `Proposal ${id} is ${row.status}`);
  await sql`UPDATE replenishment_proposal SET quantity = ${quantity} WHERE id = ${id}`.execute(ctx.tx);
  await ctx.audit({ action: 'replenishment.proposal_changed', entity: 'replenishment_proposal', entityId: id, before: { quantity: Number(row.quantity) }, after: { quantity } });
  return getProposal(ctx.tx, id);
}
