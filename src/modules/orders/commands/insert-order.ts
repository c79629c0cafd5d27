// Writes a new order in one statement: the order with its number, its lines, its payment, its allocations
// (reserved, backordered, or fulfilled for a till sale) and its first timeline entries.
import { sql } from 'kysely';
import { numberText } from '../../../platform/db/document-number.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { Channel, Fulfillment, Payment } from '../events.ts';
import type { OrderStatus } from '../queries/load-order.ts';

export interface NewAllocation {
  lineNo: number;
  /** Null for a backorder any location shipping to customers may fill. */
  locationId: string | null;
  quantity: number;
  status: 'reserved' | 'backordered' | 'fulfilled';
  reservationId: string | null;
  /** Cost of the units, once they have left. */
  value: number | null;
}

export interface NewOrder {
  id: string;
  channel: Channel;
  fulfillment: Fulfillment;
  status: OrderStatus;
  locationId: string | null;
  pickupLocationId: string | null;
  customer: { email: string; name?: string | undefined } | undefined;
  totals: { subtotal: number; discount: number; tax: number; total: number };
  lines: Array<{ lineNo: number; productId: string; quantity: number; unitPrice: number; discount: number; taxRate: number; tax: number; cost: number | null }>;
  payment: Payment;
  allocations: NewAllocation[];
  timeline: Array<{ type: string; detail: Record<string, unknown> }>;
}

/** Returns the order number. */
export async function insertOrder(ctx: Context, order: NewOrder): Promise<string> {
  const { lines, allocations, timeline } = order;
  const completedAt = order.status === 'completed' ? ctx.now : null;
  // The number comes from the order counter in this statement: one round trip, and the row stays locked until commit.
  const result = await sql<{ number: string }>`WITH n AS (UPDATE document_counter SET last_value = last_value + 1 WHERE type = 'SO' RETURNING last_value),
    o AS (
      INSERT INTO sales_order (id, number, channel, fulfillment, status, location_id, pickup_location_id, customer_email, customer_name,
        subtotal, discount, tax, total, created_by, placed_at, completed_at)
      SELECT ${order.id}::uuid, ${numberText('SO', sql`n.last_value`)}, ${order.channel}, ${order.fulfillment}, ${order.status},
        ${order.locationId}::uuid, ${order.pickupLocationId}::uuid, ${order.customer?.email ?? null}, ${order.customer?.name ?? null},
        ${order.totals.subtotal}::int8, ${order.totals.discount}::int8, ${order.totals.tax}::int8, ${order.totals.total}::int8, ${ctx.actor.userId}::uuid,
        ${ctx.now}::timestamptz, ${completedAt}::timestamptz FROM n
      RETURNING id, number),
    l AS (
      INSERT INTO order_line (order_id, line_no, product_id, quantity, unit_price, discount, tax_rate, tax, cost)
      SELECT o.id, u.* FROM o, unnest(${lines.map((x) => x.lineNo)}::int4[], ${lines.map((x) => x.productId)}::uuid[],
        ${lines.map((x) => x.quantity)}::int8[], ${lines.map((x) => x.unitPrice)}::int8[], ${lines.map((x) => x.discount)}::int8[],
        ${lines.map((x) => x.taxRate)}::int4[], ${lines.map((x) => x.tax)}::int8[], ${lines.map((x) => x.cost)}::int8[]) AS u),
    a AS (
      INSERT INTO order_allocation (id, order_id, line_no, location_id, quantity, status, reservation_id, value, created_at, fulfilled_at)
      SELECT gen_random_uuid(), o.id, u.line_no, u.location_id, u.quantity, u.status, u.reservation_id, u.value, ${ctx.now},
        CASE WHEN u.status = 'fulfilled' THEN ${ctx.now}::timestamptz END
      FROM o, unnest(${allocations.map((x) => x.lineNo)}::int4[], ${allocations.map((x) => x.locationId)}::uuid[],
        ${allocations.map((x) => x.quantity)}::int8[], ${allocations.map((x) => x.status)}::text[], ${allocations.map((x) => x.reservationId)}::uuid[],
        ${allocations.map((x) => x.value)}::int8[]) AS u (line_no, location_id, quantity, status, reservation_id, value)),
    p AS (
      INSERT INTO order_payment (id, order_id, kind, method, amount, location_id, at)
      SELECT gen_random_uuid(), o.id, 'payment', ${order.payment.method}, ${order.payment.amount}, ${order.payment.locationId}::uuid, ${ctx.now} FROM o),
    e AS (
      INSERT INTO order_event (order_id, at, type, detail)
      SELECT o.id, ${ctx.now}, u.type, u.detail::jsonb FROM o, unnest(${timeline.map((x) => x.type)}::text[], ${timeline.map((x) => JSON.stringify(x.detail))}::text[]) AS u (type, detail))
    SELECT number FROM o`.execute(ctx.tx);
  return (result.rows[0] as { number: string }).number;
}
