// The one way stock changes: an append-only move between two locations, with the cached level, the
// reservation it consumes and the average-cost valuation updated in the same transaction.
import { sql } from 'kysely';
import { assert } from '../../../kernel/assert.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { isValued, type StockLocation } from '../domain/stock-location.ts';
import { valueLeaving, type Valuation } from '../domain/valuation.ts';
import { InsufficientStock } from '../errors.ts';
import type { SourceDocument } from '../events.ts';
import { closeReservation } from './reservations.ts';

export interface StockMoveRequest {
  product: { id: string; sku: string };
  from: StockLocation;
  to: StockLocation;
  quantity: number;
  source: SourceDocument;
  /** Consume this active reservation at `from` instead of taking available stock. */
  reservationId?: string;
  /** Total cost of the units when they enter valued stock from outside (receipt, gain, restock). */
  inboundValue?: number;
  /** JSON pointer of the request line, for the insufficient-stock problem. */
  path?: string;
}

/** Moves stock and returns the cost of the moved units. */
export async function moveStock(ctx: Context, move: StockMoveRequest): Promise<number> {
  assert(Number.isSafeInteger(move.quantity) && move.quantity > 0, 'stock moves carry a positive quantity');
  assert(move.from.id !== move.to.id, 'a stock move needs two different locations');
  if (isValued(move.from)) await takeStock(ctx, move);
  if (isValued(move.to)) await putStock(ctx, move.product.id, move.to.id, move.quantity);
  const value = await revalue(ctx, move);
  await sql`INSERT INTO stock_move (product_id, from_location_id, to_location_id, quantity, value, source_type, source_id, actor_id, moved_at)
    VALUES (${move.product.id}, ${move.from.id}, ${move.to.id}, ${move.quantity}, ${value}, ${move.source.type}, ${move.source.id}, ${ctx.actor.userId}, ${ctx.now})`.execute(ctx.tx);
  await ctx.emit({
    type: 'inventory.stock_moved',
    payload: { productId: move.product.id, fromLocationId: move.from.id, toLocationId: move.to.id, quantity: move.quantity, value, source: move.source },
  });
  if (move.to.kind === 'warehouse' || move.to.kind === 'store') {
    await ctx.emit({ type: 'inventory.stock_arrived', payload: { productId: move.product.id, locationId: move.to.id, quantity: move.quantity } });
  }
  return value;
}

async function takeStock(ctx: Context, move: StockMoveRequest): Promise<void> {
  if (move.reservationId) {
    const consumed = await closeReservation(ctx, move.reservationId, 'consumed');
    assert(consumed && consumed.quantity === move.quantity && consumed.locationId === move.from.id, `reservation ${move.reservationId} does not cover this move`);
    await sql`UPDATE stock_level SET on_hand = on_hand - ${move.quantity}, reserved = reserved - ${move.quantity}
      WHERE product_id = ${move.product.id} AND location_id = ${move.from.id}`.execute(ctx.tx);
    return;
  }
  const taken = await sql`UPDATE stock_level SET on_hand = on_hand - ${move.quantity}
    WHERE product_id = ${move.product.id} AND location_id = ${move.from.id} AND on_hand - reserved >= ${move.quantity}`.execute(ctx.tx);
  if (Number(taken.numAffectedRows ?? 0) === 0) throw new InsufficientStock(move.product.sku, move.from.code, move.quantity, move.path);
}

async function putStock(ctx: Context, productId: string, locationId: string, quantity: number): Promise<void> {
  await sql`INSERT INTO stock_level (product_id, location_id, on_hand) VALUES (${productId}, ${locationId}, ${quantity})
    ON CONFLICT (product_id, location_id) DO UPDATE SET on_hand = stock_level.on_hand + EXCLUDED.on_hand`.execute(ctx.tx);
}

/** Applies the move to the company's average-cost valuation and returns the moved value. */
async function revalue(ctx: Context, move: StockMoveRequest): Promise<number> {
  const fromValued = isValued(move.from);
  const toValued = isValued(move.to);
  assert(fromValued || toValued, 'a stock move must touch a warehouse, store or transit');
  if (!fromValued) {
    const value = move.inboundValue;
    assert(value !== undefined && Number.isSafeInteger(value) && value >= 0, 'stock entering the company needs its cost');
    await sql`INSERT INTO product_valuation (product_id, quantity, value) VALUES (${move.product.id}, ${move.quantity}, ${value})
      ON CONFLICT (product_id) DO UPDATE SET quantity = product_valuation.quantity + EXCLUDED.quantity, value = product_valuation.value + EXCLUDED.value`.execute(ctx.tx);
    return value;
  }
  const held = await sql<Valuation>`SELECT quantity, value FROM product_valuation WHERE product_id = ${move.product.id}
    ${toValued ? sql`` : sql`FOR UPDATE`}`.execute(ctx.tx);
  const holding = held.rows[0];
  assert(holding, `product ${move.product.sku} has stock but no valuation`);
  const value = valueLeaving({ quantity: Number(holding.quantity), value: Number(holding.value) }, move.quantity);
  if (!toValued) {
    await sql`UPDATE product_valuation SET quantity = quantity - ${move.quantity}, value = value - ${value}
      WHERE product_id = ${move.product.id}`.execute(ctx.tx);
  }
  return value;
}
