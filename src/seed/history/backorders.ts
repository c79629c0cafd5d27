// Backorders: reading back what the orders module allocated to waiting orders when stock arrives.
import { availableStock } from '../../modules/inventory/index.ts';
import { loadOrder } from '../../modules/orders/index.ts';
import type { Context } from '../../platform/db/unit-of-work.ts';
import type { HistoryState } from './state.ts';
import type { DemoLocation, OpenOrder } from './types.ts';

/**
 * Stock arrived at a location: the orders module may have reserved some of it for waiting backorders (any
 * location that ships to customers serves them). Read back what is still available there for those SKUs.
 */
export async function arrived(s: HistoryState, ctx: Context, location: DemoLocation, prods: number[]): Promise<void> {
  if (!location.location.shipsToCustomers) return;
  const watched = [...new Set(prods)].filter((prod) => s.backorderedProducts.has(prod));
  if (watched.length === 0) return;
  const rows = await availableStock(ctx.tx, watched.map((prod) => s.productIds[prod] as string), { locationIds: [location.location.id] });
  const available = new Map(rows.map((row) => [row.productId, row.available]));
  for (const prod of watched) {
    const index = s.at(location.index, prod);
    s.reserved[index] = (s.onHand[index] as number) - (available.get(s.productIds[prod] as string) ?? 0);
  }
}

/** Reads a backordered order back: what has been allocated to it since, and whether it is complete. */
export async function reload(s: HistoryState, ctx: Context, order: OpenOrder): Promise<void> {
  const record = await loadOrder(ctx.tx, order.id);
  const skuOf = new Map(record.lines.map((line) => [line.lineNo, line.sku]));
  order.status = record.status === 'backordered' ? 'backordered' : 'reserved';
  order.reserved = record.allocations
    .filter((allocation) => allocation.status === 'reserved')
    .map((allocation) => ({
      loc: (s.locationByCode.get(allocation.locationCode as string) as DemoLocation).index,
      prod: s.prod(skuOf.get(allocation.lineNo) as string),
      qty: allocation.quantity,
    }));
  order.backorders = record.allocations
    .filter((allocation) => allocation.status === 'backordered')
    .map((allocation) => ({ prod: s.prod(skuOf.get(allocation.lineNo) as string), qty: allocation.quantity }));
}

export function forgetBackorder(s: HistoryState, order: OpenOrder): void {
  s.backorderedOrders.splice(s.backorderedOrders.indexOf(order), 1);
  for (const prod of order.backorderedProds) s.backorderedProducts.delete(prod);
  if (order.status === 'reserved') s.bumpStatus('backordered', 'reserved');
}
