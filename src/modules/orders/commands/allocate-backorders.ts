// When stock arrives at a location, backordered order lines that this location can serve are allocated
// to it, oldest order first; an order whose backorders are all allocated becomes reserved again.
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
}

export async function allocateBackorders(ctx: Context, productId: string, locationId: string): Promise<void> {
  // Locked rows are skipped: a backorder being cancelled or allocated by a concurrent arrival is not ours.
  const waiting = await sql<Backorder>`SELECT a.id, a.order_id, a.line_no, a.quantity
    FROM order_allocation a
    JOIN order_line ol ON ol.order_id = a.order_id AND ol.line_no = a.line_no
    JOIN sales_order o ON o.id = a.order_id
    JOIN location l ON l.id = ${locationId}
    WHERE a.status = 'backordered' AND ol.product_id = ${productId}
      AND (a.location_id = ${locationId} OR (a.location_id IS NULL AND l.ships_to_customers))
    ORDER BY o.placed_at, a.created_at, a.id
    FOR UPDATE OF a SKIP LOCKED`.execute(ctx.tx);
  if (waiting.rows.length === 0) return;
  const touched = new Set<string>();
  for (const backorder of waiting.rows) {
    const level = await sql<{ available: number }>`SELECT on_hand - reserved AS available FROM stock_level
      WHERE product_id = ${productId} AND location_id = ${locationId}`.execute(ctx.tx);
    const available = Number(level.rows[0]?.available ?? 0);
    if (available <= 0) break;
    const take = Math.min(available, Number(backorder.quantity));
    const reservationId = await tryReserveStock(ctx, { productId, locationId, quantity: take, source: { type: 'order', id: backorder.order_id } });
    if (!reservationId) break;
    if (take === Number(backorder.quantity)) {
      await sql`UPDATE order_allocation SET status = 'reserved', location_id = ${locationId}, reservation_id = ${reservationId}
        WHERE id = ${backorder.id}`.execute(ctx.tx);
    } else {
      await sql`UPDATE order_allocation SET quantity = quantity - ${take} WHERE id = ${backorder.id}`.execute(ctx.tx);
      await sql`INSERT INTO order_allocation (id, order_id, line_no, location_id, quantity, status, reservation_id, created_at)
        VALUES (${randomUUID()}, ${backorder.order_id}, ${backorder.line_no}, ${locationId}, ${take}, 'reserved', ${reservationId}, ${ctx.now})`.execute(ctx.tx);
    }
    await recordOrderEvent(ctx, backorder.order_id, 'allocated', { lineNo: backorder.line_no, quantity: take });
    touched.add(backorder.order_id);
  }
  for (const orderId of touched) {
    await sql`UPDATE sales_order SET status = 'reserved' WHERE id = ${orderId} AND status = 'backordered'
      AND NOT EXISTS (SELECT 1 FROM order_allocation WHERE order_id = ${orderId} AND status = 'backordered')`.execute(ctx.tx);
  }
}
