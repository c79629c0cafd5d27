// The projected position and reorder quantity of every active rule of one source, as one set-based query:
// CTEs over stock levels, open purchase-order lines, inbound and requested outbound transfers (and the run's
// draft transfers waiting for approval), and net sales to customers over the demand window. The same maths as domain/reorder.ts (a test checks they agree).
import { type RawBuilder, sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import { VIRTUAL_LOCATIONS } from '../../network/index.ts';
import type { ReorderSource } from './reorder-rule-view.ts';

export interface PositionParameters {
  source: ReorderSource;
  now: Date;
  demandWindowDays: number;
  transferLeadTimeDays: number;
}

/** Rows: rule, product, location, source, vendor, the position's parts, projected, the limits and `quantity` (0 = enough). */
export function reorderPositions(p: PositionParameters): RawBuilder<unknown> {
  const since = new Date(p.now.getTime() - p.demandWindowDays * 86_400_000);
  const customer = VIRTUAL_LOCATIONS.customer;
  const window = sql`${p.demandWindowDays}::int8`;
  return sql`
  rule AS (
    SELECT r.id AS rule_id, r.product_id, r.location_id, r.source, r.source_location_id, r.trigger,
      r.min_quantity, r.max_quantity, r.order_multiple, sp.vendor_id, sp.unit_cost,
      coalesce(sp.min_order_quantity, 1)::int8 AS moq, coalesce(sp.order_multiple, 1)::int8 AS vendor_multiple,
      coalesce(r.lead_time_days, CASE WHEN r.source = 'purchase' THEN coalesce(sp.lead_time_days, sp.vendor_lead_time_days, 0)
        ELSE ${p.transferLeadTimeDays}::int4 END)::int8 AS lead_time_days
    FROM reorder_rule r
    LEFT JOIN (
      SELECT DISTINCT ON (s.product_id) s.product_id, s.vendor_id, s.unit_cost, s.min_order_quantity, s.order_multiple, s.lead_time_days,
        v.lead_time_days AS vendor_lead_time_days
      FROM supplier_product s JOIN vendor v ON v.id = s.vendor_id AND v.active
      ORDER BY s.product_id, s.preferred DESC, s.unit_cost, v.code) sp ON r.source = 'purchase' AND sp.product_id = r.product_id
    WHERE r.active AND r.source = ${p.source}),
  incoming_po AS (
    SELECT l.product_id, o.location_id, sum(greatest(l.quantity - l.received, 0))::int8 AS quantity
    FROM purchase_order_line l JOIN purchase_order o ON o.id = l.purchase_order_id
    WHERE o.status IN ('draft', 'to_approve', 'approved', 'sent', 'partially_received')
    GROUP BY l.product_id, o.location_id),
  drafted AS (
    SELECT p.product_id, p.location_id, p.source_location_id, p.quantity
    FROM transfer_draft d JOIN replenishment_proposal p ON p.transfer_draft_id = d.id AND p.status = 'drafted'
    WHERE d.status = 'draft'),
  incoming_transfer AS (
    SELECT product_id, location_id, sum(quantity)::int8 AS quantity FROM (
      SELECT tl.product_id, t.to_location_id AS location_id, tl.quantity
      FROM transfer_line tl JOIN transfer t ON t.id = tl.transfer_id
      WHERE t.status IN ('requested', 'reserved', 'in_transit')
      UNION ALL
      SELECT product_id, location_id, quantity FROM drafted) i
    GROUP BY product_id, location_id),
  outgoing_request AS (
    SELECT product_id, location_id, sum(quantity)::int8 AS quantity FROM (
      SELECT tl.product_id, t.from_location_id AS location_id, tl.quantity
      FROM transfer_line tl JOIN transfer t ON t.id = tl.transfer_id
      WHERE t.status = 'requested'
      UNION ALL
      SELECT product_id, source_location_id, quantity FROM drafted) o
    GROUP BY product_id, location_id),
  rule_location AS (
    SELECT l.id FROM location l
    WHERE EXISTS (SELECT 1 FROM reorder_rule r WHERE r.location_id = l.id AND r.active AND r.source = ${p.source})),
  sold AS (
    SELECT m.product_id, CASE WHEN m.to_location_id = ${customer}::uuid THEN m.from_location_id ELSE m.to_location_id END AS location_id,
      sum(CASE WHEN m.to_location_id = ${customer}::uuid THEN m.quantity ELSE -m.quantity END)::int8 AS quantity
    FROM stock_move m
    WHERE (m.to_location_id = ${customer}::uuid AND m.from_location_id IN (SELECT id FROM rule_location)
        OR m.from_location_id = ${customer}::uuid AND m.to_location_id IN (SELECT id FROM rule_location))
      AND m.moved_at >= ${since} AND m.moved_at < ${p.now}
    GROUP BY 1, 2),
  position AS (
    SELECT rule.*, coalesce(s.on_hand, 0)::int8 AS on_hand, coalesce(s.reserved, 0)::int8 AS reserved,
      (coalesce(ip.quantity, 0) + coalesce(it.quantity, 0))::int8 AS incoming, coalesce(o.quantity, 0)::int8 AS outgoing,
      coalesce(d.quantity, 0)::int8 AS sold,
      CASE WHEN coalesce(d.quantity, 0) > 0 AND rule.lead_time_days > 0
        THEN (d.quantity * rule.lead_time_days + ${window} - 1) / ${window} ELSE 0 END::int8 AS demand,
      lcm(rule.order_multiple, rule.vendor_multiple) AS step
    FROM rule
    LEFT JOIN stock_level s ON s.product_id = rule.product_id AND s.location_id = rule.location_id
    LEFT JOIN incoming_po ip ON ip.product_id = rule.product_id AND ip.location_id = rule.location_id
    LEFT JOIN incoming_transfer it ON it.product_id = rule.product_id AND it.location_id = rule.location_id
    LEFT JOIN outgoing_request o ON o.product_id = rule.product_id AND o.location_id = rule.location_id
    LEFT JOIN sold d ON d.product_id = rule.product_id AND d.location_id = rule.location_id),
  projected AS (
    SELECT position.*, on_hand - reserved - outgoing + incoming - demand AS projected FROM position),
  proposed AS (
    SELECT projected.*, CASE WHEN projected < min_quantity
      THEN ((greatest(((max_quantity - projected + step - 1) / step) * step, moq) + step - 1) / step) * step ELSE 0 END AS quantity
    FROM projected)`;
}

export interface ReorderPositionRow {
  rule_id: string;
  product_id: string;
  location_id: string;
  vendor_id: string | null;
  on_hand: number;
  reserved: number;
  incoming: number;
  outgoing: number;
  /** Net units sold over the demand window. */
  sold: number;
  demand: number;
  projected: number;
  min_quantity: number;
  max_quantity: number;
  order_multiple: number;
  moq: number;
  vendor_multiple: number;
  lead_time_days: number;
  quantity: number;
}

/** Evaluates every rule of a source without proposing anything (for the tests and for what-if reads). */
export async function evaluateReorderRules(db: Queryable, parameters: PositionParameters): Promise<ReorderPositionRow[]> {
  const result = await sql<ReorderPositionRow>`WITH ${reorderPositions(parameters)} SELECT * FROM proposed ORDER BY rule_id`.execute(db);
  return result.rows.map((row) => {
    const numeric = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v]));
    return numeric as unknown as ReorderPositionRow;
  });
}
