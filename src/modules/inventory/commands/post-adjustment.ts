// Posts a stock adjustment: found or received stock (positive delta, valued at the product's cost) comes
// from inventory gain; losses (negative delta) go to inventory loss at the average cost. The reason
// `opening` is a location's opening stock: its own permission, once per location, units only added, and
// the books post it against opening balance equity rather than as income.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Forbidden, InvalidInput } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { type Product, resolveProducts } from '../../catalog/index.ts';
import { actorAllows, refusalMessage } from '../../identity/index.ts';
import { OpeningBalancePosted } from '../errors.ts';
import { INVENTORY_GAIN, INVENTORY_LOSS } from '../virtual-locations.ts';
import { nextDocumentNumber } from '../../../platform/db/document-number.ts';
import { moveStocks } from './move-stock.ts';
import { resolveStockLocation } from './resolve-stock-location.ts';

export const OPENING_REASON = 'opening';

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
  const opening = input.reason === OPENING_REASON;
  // The route admits either action; which one this request needs depends on its reason.
  const action = opening ? 'inventory.opening' : 'inventory.adjust';
  if (!actorAllows(ctx.actor, action)) throw new Forbidden(refusalMessage(ctx.actor.role, action));
  if (opening) {
    const negative = input.lines.flatMap((line, index) => (line.delta < 0 ? [{ path: `/lines/${index}/delta`, message: 'must be positive for opening stock' }] : []));
    if (negative.length > 0) throw new InvalidInput('Opening stock only adds units', negative);
  }
  const location = await resolveStockLocation(ctx, input.location, '/location');
  const products = await resolveProducts(ctx.tx, input.lines.map((line) => line.sku), (index) => `/lines/${index}/sku`);
  const id = randomUUID();
  const number = await nextDocumentNumber(ctx, 'ADJ');
  // A second opening adjustment at the location hits the unique index inventory_adjustment_opening.
  const inserted = await sql`INSERT INTO inventory_adjustment (id, number, location_id, reason, actor_id, created_at)
    VALUES (${id}, ${number}, ${location.id}, ${input.reason}, ${ctx.actor.userId}, ${ctx.now}) ON CONFLICT DO NOTHING`.execute(ctx.tx);
  if (Number(inserted.numAffectedRows ?? 0) === 0) throw new OpeningBalancePosted(location.code);
  const source = { type: 'adjustment', id };
  const resolved = input.lines.map((line) => ({ line, product: products.get(line.sku) as Product, quantity: Math.abs(line.delta) }));
  const values = await moveStocks(
    ctx,
    resolved.map(({ line, product, quantity }, index) =>
      line.delta > 0
        ? { product, from: INVENTORY_GAIN, to: location, quantity, source, inboundValue: product.cost * quantity }
        : { product, from: location, to: INVENTORY_LOSS, quantity, source, path: `/lines/${index}/delta` },
    ),
  );
  await ctx.tx
    .insertInto('inventory_adjustment_line')
    .values(resolved.map(({ line, product }, index) => ({ adjustment_id: id, line_no: index + 1, product_id: product.id, delta: line.delta, value: values[index] })))
    .execute();
  const lines = resolved.map(({ line }, index) => ({ sku: line.sku, delta: line.delta, value: values[index] as number }));
  const posted = resolved.map(({ line, product }, index) => ({ productId: product.id, delta: line.delta, value: values[index] as number }));
  const adjustment: Adjustment = { id, number, location: location.code, reason: input.reason, lines, createdAt: ctx.now.toISOString() };
  await ctx.audit({ action: 'inventory.adjustment_posted', entity: 'adjustment', entityId: id, after: adjustment });
  await ctx.emit({ type: 'inventory.adjustment_posted', payload: { adjustmentId: id, locationId: location.id, reason: input.reason, lines: posted } });
  return adjustment;
}
