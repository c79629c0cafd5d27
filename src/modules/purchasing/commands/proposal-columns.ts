// The columns a run writes for each proposal, shared by the statements that insert them.
import { sql } from 'kysely';

export const PROPOSAL_COLUMNS = sql.raw(`id, run_id, rule_id, product_id, location_id, source, source_location_id, vendor_id, trigger,
  on_hand, reserved, incoming, outgoing, demand, projected, min_quantity, max_quantity, quantity, unit_cost, lead_time_days, status,
  purchase_order_id, transfer_draft_id, created_at, closed_at`);

/** The candidate's values, in PROPOSAL_COLUMNS order up to lead_time_days (the caller adds status and links). */
export const CANDIDATE_VALUES = sql.raw(`c.rule_id, c.product_id, c.location_id, c.source, c.source_location_id, c.vendor_id, c.trigger,
  c.on_hand, c.reserved, c.incoming, c.outgoing, c.demand, c.projected, c.min_quantity, c.max_quantity, c.quantity, c.unit_cost, c.lead_time_days`);

/**
 * The rules of the position query that need stock, less the products and locations that already have an open
 * proposal (a buyer's to decide, never duplicated).
 */
export const CANDIDATES = sql`candidate AS MATERIALIZED (
    SELECT c.* FROM proposed c
    WHERE c.quantity > 0
      AND NOT EXISTS (SELECT 1 FROM replenishment_proposal o WHERE o.status = 'open' AND o.product_id = c.product_id AND o.location_id = c.location_id))`;
