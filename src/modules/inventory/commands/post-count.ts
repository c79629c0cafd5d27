// Posts a cycle count: the difference between what was counted and on-hand at count time goes to inventory
// gain or loss. Counting below what is reserved is refused: those units are promised to orders.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { type Product, resolveProducts } from '../../catalog/index.ts';
import { Conflict } from '../../../kernel/errors.ts';
import { INVENTORY_GAIN, INVENTORY_LOSS } from '../virtual-locations.ts';
import { nextDocumentNumber } from '../../../platform/db/document-number.ts';
import { moveStocks } from './move-stock.ts';
import { signedValue } from '../domain/count-variance.ts';
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
  const resolved = input.lines.map((line) => ({ line, product: products.get(line.sku) as Product }));
  const levels = await sql<{ product_id: string; on_hand: number; reserved: number }>`SELECT product_id, on_hand, reserved FROM stock_level
    WHERE location_id = ${location.id} AND product_id = ANY(${resolved.map(({ product }) => product.id).sort()}::uuid[])
    ORDER BY product_id FOR UPDATE`.execute(ctx.tx);
  const levelOf = new Map(levels.rows.map((row) => [row.product_id, { onHand: Number(row.on_hand), reserved: Number(row.reserved) }]));
  const source = { type: 'count', id };
  const counted = resolved.map(({ line, product }, index) => {
    const { onHand, reserved } = levelOf.get(product.id) ?? { onHand: 0, reserved: 0 };
    if (line.counted < reserved) {
      throw new Conflict('insufficient_stock', `${line.sku} at ${location.code}: ${reserved} unit(s) are reserved for orders, more than the ${line.counted} counted`, [
        { path: `/lines/${index}/counted`, message: 'below reserved' },
      ]);
    }
    return { line, product, onHand, variance: line.counted - onHand };
  });
  const changes = counted.filter(({ variance }) => variance !== 0);
  const moved = await moveStocks(
    ctx,
    changes.map(({ product, variance }) =>
      variance > 0
        ? { product, from: INVENTORY_GAIN, to: location, quantity: variance, source, inboundValue: product.cost * variance }
        : { product, from: location, to: INVENTORY_LOSS, quantity: -variance, source },
    ),
  );
  const valueOf = new Map(changes.map(({ product }, index) => [product.id, moved[index] as number]));
  await ctx.tx
    .insertInto('inventory_count_line')
    .values(
      counted.map(({ line, product, onHand }, index) => ({
        count_id: id,
        line_no: index + 1,
        product_id: product.id,
        counted: line.counted,
        on_hand_at_count: onHand,
        value: valueOf.get(product.id) ?? 0,
      })),
    )
    .execute();
  const lines: CountLine[] = counted.map(({ line, onHand, variance, product }) => ({
    sku: line.sku,
    counted: line.counted,
    onHandAtCount: onHand,
    variance,
    value: signedValue(variance, valueOf.get(product.id) ?? 0),
  }));
  const posted = counted.map(({ line, product, variance, onHand }) => ({ productId: product.id, variance, value: valueOf.get(product.id) ?? 0, counted: line.counted, onHandAtCount: onHand }));
  const count: Count = { id, number, location: location.code, countedAt: ctx.now.toISOString(), lines };
  await ctx.audit({ action: 'inventory.count_posted', entity: 'count', entityId: id, after: count });
  await ctx.emit({ type: 'inventory.count_posted', payload: { countId: id, number, locationId: location.id, lines: posted } });
  return count;
}
