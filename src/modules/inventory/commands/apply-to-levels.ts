// Applies a batch of stock moves to the cached levels: consumes the reservations they name, takes
// available stock with one guarded statement, and adds stock where the moves arrive.
import { sql } from 'kysely';
import { assert } from '../../../kernel/assert.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { isValued } from '../domain/stock-location.ts';
import type { StockMoveRequest } from './move-stock.ts';

interface LevelChange {
  productId: string;
  locationId: string;
  /** Units leaving on-hand. */
  take: number;
  /** Of those, units that were reserved (their reservations are consumed). */
  release: number;
}

/** Returns the index of the first move that found too little available stock, or undefined when all went through. */
export async function applyToLevels(ctx: Context, moves: readonly StockMoveRequest[]): Promise<number | undefined> {
  await consumeReservations(ctx, moves);
  const takes = new Map<string, LevelChange>();
  const puts = new Map<string, { productId: string; locationId: string; quantity: number }>();
  for (const move of moves) {
    if (isValued(move.from)) {
      const key = `${move.product.id}|${move.from.id}`;
      const change = takes.get(key) ?? { productId: move.product.id, locationId: move.from.id, take: 0, release: 0 };
      change.take += move.quantity;
      if (move.reservationId) change.release += move.quantity;
      takes.set(key, change);
    }
    if (isValued(move.to)) {
      const key = `${move.product.id}|${move.to.id}`;
      const put = puts.get(key) ?? { productId: move.product.id, locationId: move.to.id, quantity: 0 };
      put.quantity += move.quantity;
      puts.set(key, put);
    }
  }
  const taken = await takeFromLevels(ctx, [...takes.values()]);
  if (taken.size < takes.size) return moves.findIndex((move) => isValued(move.from) && !taken.has(`${move.product.id}|${move.from.id}`));
  await putIntoLevels(ctx, [...puts.values()]);
  return undefined;
}

async function consumeReservations(ctx: Context, moves: readonly StockMoveRequest[]): Promise<void> {
  const consuming = moves.filter((move) => move.reservationId);
  if (consuming.length === 0) return;
  const closed = await sql<{ id: string; product_id: string; location_id: string; quantity: number }>`UPDATE reservation
    SET status = 'consumed', closed_at = ${ctx.now}
    WHERE id = ANY(${consuming.map((move) => move.reservationId as string)}::uuid[]) AND status = 'active'
    RETURNING id, product_id, location_id, quantity`.execute(ctx.tx);
  const byId = new Map(closed.rows.map((row) => [row.id, row]));
  for (const move of consuming) {
    const row = byId.get(move.reservationId as string);
    assert(
      row && Number(row.quantity) === move.quantity && row.location_id === move.from.id && row.product_id === move.product.id,
      `reservation ${move.reservationId} does not cover this move`,
    );
  }
}

/** One guarded statement: unreserved units may only come out of available stock (on-hand − reserved). */
async function takeFromLevels(ctx: Context, changes: LevelChange[]): Promise<Set<string>> {
  if (changes.length === 0) return new Set();
  changes.sort((a, b) => a.productId.localeCompare(b.productId) || a.locationId.localeCompare(b.locationId));
  const updated = await sql<{ product_id: string; location_id: string }>`UPDATE stock_level s
    SET on_hand = s.on_hand - c.take, reserved = s.reserved - c.release
    FROM unnest(${changes.map((c) => c.productId)}::uuid[], ${changes.map((c) => c.locationId)}::uuid[],
                ${changes.map((c) => c.take)}::int8[], ${changes.map((c) => c.release)}::int8[]) AS c (product_id, location_id, take, release)
    WHERE s.product_id = c.product_id AND s.location_id = c.location_id AND s.on_hand - s.reserved >= c.take - c.release
    RETURNING s.product_id, s.location_id`.execute(ctx.tx);
  return new Set(updated.rows.map((row) => `${row.product_id}|${row.location_id}`));
}

async function putIntoLevels(ctx: Context, puts: Array<{ productId: string; locationId: string; quantity: number }>): Promise<void> {
  if (puts.length === 0) return;
  puts.sort((a, b) => a.productId.localeCompare(b.productId) || a.locationId.localeCompare(b.locationId));
  await sql`INSERT INTO stock_level (product_id, location_id, on_hand)
    SELECT * FROM unnest(${puts.map((p) => p.productId)}::uuid[], ${puts.map((p) => p.locationId)}::uuid[], ${puts.map((p) => p.quantity)}::int8[])
    ON CONFLICT (product_id, location_id) DO UPDATE SET on_hand = stock_level.on_hand + EXCLUDED.on_hand`.execute(ctx.tx);
}
