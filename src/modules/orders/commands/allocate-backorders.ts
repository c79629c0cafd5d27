// When stock arrives at locations, backordered order lines those locations can serve are allocated to
// them, oldest order first; an order whose backorders are all allocated becomes reserved again.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { tryReserveStock } from '../../inventory/index.ts';
import { recordOrderEvent } from './record-order-event.ts';

interface Backorder {
  id: string;
  order_id: string;
  line_no: number;
  quantity: number;
  product_id: string;
  location_id: string;
}

export async function allocateBackorders(ctx: Context, arrivals: ReadonlyArray<{ productId: string; locationId: string }>): Promise<void> {
  // One query finds every backorder these arrivals can serve (usually none). Locked rows are skipped: a
  // backorder being cancelled or allocated by a concurrent arrival is not ours to take.
  const waiting = await sql<Backorder>`SELECT a.id, a.order_id, a.line_no, a.quantity, arrival.product_id, arrival.location_id
    FROM unnest(${arrivals.map((a) => a.productId)}::uuid[], ${arrivals.map((a) => a.locationId)}::uuid[]) AS arrival (product_id, location_id)
    JOIN location l ON l.id = arrival.location_id
    JOIN order_line ol ON ol.product_id = arrival.product_id
    JOIN order_allocation a ON a.order_id = ol.order_id AND a.line_no = ol.line_no
    JOIN sales_order o ON o.id = a.order_id
    WHERE a.status = 'backordered' AND (a.location_id = arrival.location_id OR (a.location_id IS NULL AND l.ships_to_customers))
    ORDER BY o.placed_at, a.created_at, a.id
    FOR UPDATE OF a SKIP LOCKED`.execute(ctx.tx);
  if (waiting.rows.length === 0) return;
  const touched = new Set<string>();
  // A backorder that any shipping location may fill can meet several arrivals: track what it still waits for.
  const remaining = new Map(waiting.rows.map((row) => [row.id, Number(row.quantity)]));
  for (const backorder of waiting.rows) {
    const waitingFor = remaining.get(backorder.id) ?? 0;
    if (waitingFor === 0) continue;
    const level = await sql<{ available: number }>`SELECT on_hand - reserved AS available FROM stock_level
      WHERE product_id = ${backorder.product_id} AND location_id = ${backorder.location_id}`.execute(ctx.tx);
    const take = Math.min(Number(level.rows[0]?.available ?? 0), waitingFor);
    if (take <= 0) continue;
    const reservationId = await tryReserveStock(ctx, {
      productId: backorder.product_id,
      locationId: backorder.location_id,
      quantity: take,
      source: { type: 'order', id: backorder.order_id },
    });
    if (!reservationId) continue;
    remaining.set(backorder.id, waitingFor - take);
    if (take === waitingFor) {
      await sql`UPDATE order_allocation SET status = 'reserved', location_id = ${backorder.location_id}, reservation_id = ${reservationId}
        WHERE id = ${backorder.id}`.execute(ctx.tx);
    } else {
      await sql`UPDATE order_allocation SET quantity = quantity - ${take} WHERE id = ${backorder.id}`.execute(ctx.tx);
      await sql`INSERT INTO order_allocation (id, order_id, line_no, location_id, quantity, status, reservation_id, created_at)
        VALUES (${randomUUID()}, ${backorder.order_id}, ${backorder.line_no}, ${backorder.location_id}, ${take}, 'reserved', ${reservationId}, ${ctx.now})`.execute(ctx.tx);
    }
    await recordOrderEvent(ctx, backorder.order_id, 'allocated', { lineNo: backorder.line_no, quantity: take });
    touched.add(backorder.order_id);
  }
  for (const orderId of touched) {
    await sql`UPDATE sales_order SET status = 'reserved' WHERE id = ${orderId} AND status = 'backordered'
      AND NOT EXISTS (SELECT 1 FROM order_allocation WHERE order_id = ${orderId} AND status = 'backordered')`.execute(ctx.tx);
  }
}
