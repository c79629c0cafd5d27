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

/**
 * Reserves every request, or none: one guarded statement takes them all, and if any found too little
 * available stock the others are given back at once (their rows are still locked by this transaction).
 * Returns the reservation ids in request order, or undefined when not everything could be reserved.
 */
export async function tryReserveAll(ctx: Context, requests: readonly ReserveRequest[]): Promise<string[] | undefined> {
  if (requests.length === 0) return [];
  const pairs = new Map<string, { productId: string; locationId: string; quantity: number }>();
  for (const request of requests) {
    const key = `${request.productId}|${request.locationId}`;
    const pair = pairs.get(key) ?? { productId: request.productId, locationId: request.locationId, quantity: 0 };
    pair.quantity += request.quantity;
    pairs.set(key, pair);
  }
  const wanted = [...pairs.values()].sort((a, b) => a.productId.localeCompare(b.productId) || a.locationId.localeCompare(b.locationId));
  const taken = await sql<{ product_id: string; location_id: string }>`UPDATE stock_level s SET reserved = s.reserved + w.quantity
    FROM unnest(${wanted.map((w) => w.productId)}::uuid[], ${wanted.map((w) => w.locationId)}::uuid[], ${wanted.map((w) => w.quantity)}::int8[])
      AS w (product_id, location_id, quantity)
    WHERE s.product_id = w.product_id AND s.location_id = w.location_id AND s.on_hand - s.reserved >= w.quantity
    RETURNING s.product_id, s.location_id`.execute(ctx.tx);
  if (taken.rows.length < wanted.length) {
    const got = new Set(taken.rows.map((row) => `${row.product_id}|${row.location_id}`));
    const giveBack = wanted.filter((w) => got.has(`${w.productId}|${w.locationId}`));
    if (giveBack.length > 0) {
      await sql`UPDATE stock_level s SET reserved = s.reserved - w.quantity
        FROM unnest(${giveBack.map((w) => w.productId)}::uuid[], ${giveBack.map((w) => w.locationId)}::uuid[], ${giveBack.map((w) => w.quantity)}::int8[])
          AS w (product_id, location_id, quantity)
        WHERE s.product_id = w.product_id AND s.location_id = w.location_id`.execute(ctx.tx);
    }
    return undefined;
  }
  const ids = requests.map(() => randomUUID());
  await sql`INSERT INTO reservation (id, product_id, location_id, quantity, status, source_type, source_id, created_at)
    SELECT u.id, u.product_id, u.location_id, u.quantity, 'active', u.source_type, u.source_id, ${ctx.now}
    FROM unnest(${ids}::uuid[], ${requests.map((r) => r.productId)}::uuid[], ${requests.map((r) => r.locationId)}::uuid[],
      ${requests.map((r) => r.quantity)}::int8[], ${requests.map((r) => r.source.type)}::text[], ${requests.map((r) => r.source.id)}::text[])
      AS u (id, product_id, location_id, quantity, source_type, source_id)`.execute(ctx.tx);
  return ids;
}
