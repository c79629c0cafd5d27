// Posts a stock adjustment: found or received stock (positive delta, valued at the product's cost) comes
// from inventory gain; losses (negative delta) go to inventory loss at the average cost.
import { randomUUID } from 'node:crypto';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { resolveProducts } from '../../catalog/index.ts';
import { INVENTORY_GAIN, INVENTORY_LOSS } from '../virtual-locations.ts';
import { nextDocumentNumber } from './document-number.ts';
import { moveStock } from './move-stock.ts';
import { resolveStockLocation } from './resolve-stock-location.ts';

export interface PostAdjustmentInput {
  location: string;
  reason: string;
  lines: Array<{ sku: string; delta: number }>;
}

export interface Adjustment {
  id: string;
  number: string;
  location: string;
  reason: string;
  lines: Array<{ sku: string; delta: number; value: number }>;
  createdAt: string;
}

export async function postAdjustment(ctx: Context, input: PostAdjustmentInput): Promise<Adjustment> {
  const location = await resolveStockLocation(ctx, input.location, '/location');
  const products = await resolveProducts(ctx.tx, input.lines.map((line) => line.sku), (index) => `/lines/${index}/sku`);
  const id = randomUUID();
  const number = await nextDocumentNumber(ctx, 'ADJ');
  await ctx.tx
    .insertInto('inventory_adjustment')
    .values({ id, number, location_id: location.id, reason: input.reason, actor_id: ctx.actor.userId, created_at: ctx.now })
    .execute();
  const lines: Adjustment['lines'] = [];
  const posted = [];
  for (const [index, line] of input.lines.entries()) {
    const product = products.get(line.sku) as NonNullable<ReturnType<typeof products.get>>;
    const quantity = Math.abs(line.delta);
    const source = { type: 'adjustment', id };
    const value =
      line.delta > 0
        ? await moveStock(ctx, { product, from: INVENTORY_GAIN, to: location, quantity, source, inboundValue: product.cost * quantity })
        : await moveStock(ctx, { product, from: location, to: INVENTORY_LOSS, quantity, source, path: `/lines/${index}/delta` });
    await ctx.tx
      .insertInto('inventory_adjustment_line')
      .values({ adjustment_id: id, line_no: index + 1, product_id: product.id, delta: line.delta, value })
      .execute();
    lines.push({ sku: line.sku, delta: line.delta, value });
    posted.push({ productId: product.id, delta: line.delta, value });
  }
  const adjustment: Adjustment = { id, number, location: location.code, reason: input.reason, lines, createdAt: ctx.now.toISOString() };
  await ctx.audit({ action: 'inventory.adjustment_posted', entity: 'adjustment', entityId: id, after: adjustment });
  await ctx.emit({ type: 'inventory.adjustment_posted', payload: { adjustmentId: id, locationId: location.id, lines: posted } });
  return adjustment;
}
