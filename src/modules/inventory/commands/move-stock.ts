// The one way stock changes: append-only moves between two locations, with the cached levels, the
// reservations they consume and the average-cost valuation updated in the same transaction. A document's
// moves go through in one batch — a handful of statements however many lines it has.
import { sql } from 'kysely';
import { assert } from '../../../kernel/assert.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { isValued, type StockLocation } from '../domain/stock-location.ts';
import { valueLeaving } from '../domain/valuation.ts';
import { InsufficientStock } from '../errors.ts';
import { availableAt } from '../queries/available-stock.ts';
import type { SourceDocument } from '../events.ts';
import { applyToLevels } from './apply-to-levels.ts';
import { loadValuations, writeValuationDeltas } from './valuations.ts';

export interface StockMoveRequest {
  product: { id: string; sku: string };
  from: StockLocation;
  to: StockLocation;
  quantity: number;
  source: SourceDocument;
  /** Consume this active reservation at `from` instead of taking available stock. */
  reservationId?: string | undefined;
  /** Total cost of the units when they enter valued stock from outside (receipt, gain, restock). */
  inboundValue?: number;
  /** JSON pointer of the request line, for the insufficient-stock problem. */
  path?: string;
}

/** Moves stock and returns the cost of each move's units, in order. */
export async function moveStocks(ctx: Context, moves: readonly StockMoveRequest[]): Promise<number[]> {
  if (moves.length === 0) return [];
  for (const move of moves) {
    assert(Number.isSafeInteger(move.quantity) && move.quantity > 0, 'stock moves carry a positive quantity');
    assert(move.from.id !== move.to.id, 'a stock move needs two different locations');
    assert(isValued(move.from) || isValued(move.to), 'a stock move must touch a warehouse, store or transit');
  }
  const shortAt = await applyToLevels(ctx, moves);
  if (shortAt !== undefined) {
    const short = moves[shortAt] as StockMoveRequest;
    const available = await availableAt(ctx.tx, short.product.id, short.from.id);
    throw new InsufficientStock(short.from.code, [{ sku: short.product.sku, requested: short.quantity, available, path: short.path }]);
  }
  const values = await revalue(ctx, moves);
  await sql`INSERT INTO stock_move (product_id, from_location_id, to_location_id, quantity, value, source_type, source_id, actor_id, moved_at)
    SELECT * FROM unnest(${moves.map((m) => m.product.id)}::uuid[], ${moves.map((m) => m.from.id)}::uuid[], ${moves.map((m) => m.to.id)}::uuid[],
      ${moves.map((m) => m.quantity)}::int8[], ${values}::int8[], ${moves.map((m) => m.source.type)}::text[], ${moves.map((m) => m.source.id)}::text[],
      ${moves.map(() => ctx.actor.userId)}::uuid[], ${moves.map(() => ctx.now.toISOString())}::timestamptz[])`.execute(ctx.tx);
  for (const [index, move] of moves.entries()) {
    await ctx.emit({
      type: 'inventory.stock_moved',
      payload: { productId: move.product.id, fromLocationId: move.from.id, toLocationId: move.to.id, quantity: move.quantity, value: values[index] as number, source: move.source },
    });
  }
  const arrivals = moves
    .filter((move) => move.to.kind === 'warehouse' || move.to.kind === 'store')
    .map((move) => ({ productId: move.product.id, locationId: move.to.id, quantity: move.quantity }));
  if (arrivals.length > 0) await ctx.emit({ type: 'inventory.stock_arrived', payload: { arrivals } });
  return values;
}

export async function moveStock(ctx: Context, move: StockMoveRequest): Promise<number> {
  return (await moveStocks(ctx, [move]))[0] as number;
}

/** Applies the moves to the company's average-cost valuation, in order, and returns each move's value. */
async function revalue(ctx: Context, moves: readonly StockMoveRequest[]): Promise<number[]> {
  const leaving = moves.filter((move) => isValued(move.from));
  const held = await loadValuations(ctx, [...new Set(leaving.map((move) => move.product.id))], leaving.some((move) => !isValued(move.to)));
  const deltas = new Map<string, { quantity: number; value: number }>();
  const values = moves.map((move) => {
    const delta = deltas.get(move.product.id) ?? { quantity: 0, value: 0 };
    deltas.set(move.product.id, delta);
    if (!isValued(move.from)) {
      const value = move.inboundValue;
      assert(value !== undefined && Number.isSafeInteger(value) && value >= 0, 'stock entering the company needs its cost');
      delta.quantity += move.quantity;
      delta.value += value;
      return value;
    }
    const current = held.get(move.product.id);
    assert(current, `product ${move.product.sku} has stock but no valuation`);
    const holding = { quantity: current.quantity + delta.quantity, value: current.value + delta.value };
    const value = valueLeaving(holding, move.quantity);
    if (!isValued(move.to)) {
      delta.quantity -= move.quantity;
      delta.value -= value;
    }
    return value;
  });
  await writeValuationDeltas(ctx, deltas);
  return values;
}
