// Posts a cycle count: the difference between what was counted and on-hand at count time goes to inventory
// gain or loss. Counting below what is reserved is refused: those units are promised to orders.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { resolveProducts } from '../../catalog/index.ts';
import { Conflict } from '../../../kernel/errors.ts';
import { INVENTORY_GAIN, INVENTORY_LOSS } from '../virtual-locations.ts';
import { nextDocumentNumber } from './document-number.ts';
import { moveStock } from './move-stock.ts';
import { resolveStockLocation } from './resolve-stock-location.ts';

export interface PostCountInput {
  location: string;
  lines: Array<{ sku: string; counted: number }>;
}

export interface CountLine {
  sku: string;
  counted: number;
  onHandAtCount: number;
  variance: number;
  value: number;
}

export interface Count {
  id: string;
  number: string;
  location: string;
  countedAt: string;
  lines: CountLine[];
}

export async function postCount(ctx: Context, input: PostCountInput): Promise<Count> {
  const location = await resolveStockLocation(ctx, input.location, '/location');
  const products = await resolveProducts(ctx.tx, input.lines.map((line) => line.sku), (index) => `/lines/${index}/sku`);
  const id = randomUUID();
  const number = await nextDocumentNumber(ctx, 'CNT');
  await ctx.tx.insertInto('inventory_count').values({ id, number, location_id: location.id, actor_id: ctx.actor.userId, counted_at: ctx.now }).execute();
  const lines: CountLine[] = [];
  const posted = [];
  for (const [index, line] of input.lines.entries()) {
    const product = products.get(line.sku) as NonNullable<ReturnType<typeof products.get>>;
    const level = await sql<{ on_hand: number; reserved: number }>`SELECT on_hand, reserved FROM stock_level
      WHERE product_id = ${product.id} AND location_id = ${location.id} FOR UPDATE`.execute(ctx.tx);
    const onHand = Number(level.rows[0]?.on_hand ?? 0);
    const reserved = Number(level.rows[0]?.reserved ?? 0);
    if (line.counted < reserved) {
      throw new Conflict('insufficient_stock', `${line.sku} at ${location.code}: ${reserved} unit(s) are reserved for orders, more than the ${line.counted} counted`, [
        { path: `/lines/${index}/counted`, message: 'below reserved' },
      ]);
    }
    const variance = line.counted - onHand;
    const source = { type: 'count', id };
    let value = 0;
    if (variance > 0) value = await moveStock(ctx, { product, from: INVENTORY_GAIN, to: location, quantity: variance, source, inboundValue: product.cost * variance });
    if (variance < 0) value = await moveStock(ctx, { product, from: location, to: INVENTORY_LOSS, quantity: -variance, source });
    await ctx.tx
      .insertInto('inventory_count_line')
      .values({ count_id: id, line_no: index + 1, product_id: product.id, counted: line.counted, on_hand_at_count: onHand, value })
      .execute();
    lines.push({ sku: line.sku, counted: line.counted, onHandAtCount: onHand, variance, value });
    posted.push({ productId: product.id, variance, value });
  }
  const count: Count = { id, number, location: location.code, countedAt: ctx.now.toISOString(), lines };
  await ctx.audit({ action: 'inventory.count_posted', entity: 'count', entityId: id, after: count });
  await ctx.emit({ type: 'inventory.count_posted', payload: { countId: id, locationId: location.id, lines: posted } });
  return count;
}
