// Reservations: one guarded statement takes them (never read-then-write), and each is later consumed
// or released exactly once.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { SourceDocument } from '../events.ts';

export interface ReserveRequest {
  productId: string;
  locationId: string;
  quantity: number;
  source: SourceDocument;
}

/** Reserves available stock, or returns undefined (and changes nothing) when there is not enough. */
export async function tryReserveStock(ctx: Context, request: ReserveRequest): Promise<string | undefined> {
  const taken = await sql`UPDATE stock_level SET reserved = reserved + ${request.quantity}
    WHERE product_id = ${request.productId} AND location_id = ${request.locationId} AND on_hand - reserved >= ${request.quantity}`.execute(ctx.tx);
  if (Number(taken.numAffectedRows ?? 0) === 0) return undefined;
  const id = randomUUID();
  await sql`INSERT INTO reservation (id, product_id, location_id, quantity, status, source_type, source_id, created_at)
    VALUES (${id}, ${request.productId}, ${request.locationId}, ${request.quantity}, 'active', ${request.source.type}, ${request.source.id}, ${ctx.now})`.execute(ctx.tx);
  return id;
}

export interface ClosedReservation {
  productId: string;
  locationId: string;
  quantity: number;
}

/** Closes an active reservation as consumed or released; undefined when it was already closed. */
export async function closeReservation(ctx: Context, reservationId: string, status: 'consumed' | 'released'): Promise<ClosedReservation | undefined> {
  const closed = await sql<{ product_id: string; location_id: string; quantity: number }>`UPDATE reservation
    SET status = ${status}, closed_at = ${ctx.now}
    WHERE id = ${reservationId} AND status = 'active'
    RETURNING product_id, location_id, quantity`.execute(ctx.tx);
  const row = closed.rows[0];
  return row ? { productId: row.product_id, locationId: row.location_id, quantity: Number(row.quantity) } : undefined;
}

/** Gives reserved stock back to available. Returns false when the reservation was not active. */
export async function releaseReservation(ctx: Context, reservationId: string): Promise<boolean> {
  const closed = await closeReservation(ctx, reservationId, 'released');
  if (!closed) return false;
  await sql`UPDATE stock_level SET reserved = reserved - ${closed.quantity}
    WHERE product_id = ${closed.productId} AND location_id = ${closed.locationId}`.execute(ctx.tx);
  return true;
}
