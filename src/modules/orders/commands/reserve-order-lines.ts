// Reserves an order's lines where the sourcing strategy finds the stock. The plan is made from available
// stock and taken in one all-or-nothing guarded statement; if a concurrent order took the stock first,
// the plan is made again from fresh figures.
import { InsufficientStock, type StockWhere, availableStock, tryReserveAll } from '../../inventory/index.ts';
import { planSourcing, type SourcingLine } from '../domain/sourcing.ts';
import type { NewAllocation } from './insert-order.ts';

export interface OrderLineToReserve extends SourcingLine {
  sku: string;
}

export interface ReserveOptions {
  orderId: string;
  /** Where stock may come from; with a fixed location the candidates are just that one. */
  where: StockWhere;
  allowSplit: boolean;
  allowBackorder: boolean;
  /** Where a backorder waits: one fixed location, or null for any location that ships to customers. */
  backorderLocationId: string | null;
  /** How the error names where stock was missing. */
  locationLabel: string;
}

const MAX_ATTEMPTS = 5;

export async function reserveOrderLines(
  ctx: Parameters<typeof tryReserveAll>[0],
  lines: readonly OrderLineToReserve[],
  options: ReserveOptions,
): Promise<Array<NewAllocation & { locationCode: string | null }>> {
  const productIds = lines.map((line) => line.productId);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const rows = await availableStock(ctx.tx, productIds, options.where);
    const stock = new Map(rows.map((row) => [`${row.locationId}|${row.productId}`, row.available]));
    const codeOf = new Map(rows.map((row) => [row.locationId, row.locationCode]));
    const candidates = [...new Set(rows.map((row) => row.locationId))];
    const plan = planSourcing(lines, candidates, (location, product) => stock.get(`${location}|${product}`) ?? 0, options.allowSplit);
    const short = lines.filter((line) => plan.shortfall.has(line.key));
    if (short.length > 0 && !options.allowBackorder) {
      // Available is what one location can give when lines may not split, else the sum over the candidates.
      const availableOf = (productId: string) => {
        const at = candidates.map((location) => stock.get(`${location}|${productId}`) ?? 0);
        return options.allowSplit ? at.reduce((sum, units) => sum + units, 0) : Math.max(0, ...at);
      };
      throw new InsufficientStock(
        options.locationLabel,
        short.map((line) => ({ sku: line.sku, requested: line.quantity, available: availableOf(line.productId), path: `/lines/${line.key - 1}/quantity` })),
      );
    }
    const reservations = await tryReserveAll(
      ctx,
      plan.allocations.map((allocation) => ({
        productId: allocation.productId,
        locationId: allocation.locationId,
        quantity: allocation.quantity,
        source: { type: 'order', id: options.orderId },
      })),
    );
    if (!reservations) continue;
    return [
      ...plan.allocations.map((allocation, index) => ({
        lineNo: allocation.key,
        locationId: allocation.locationId,
        locationCode: codeOf.get(allocation.locationId) ?? null,
        quantity: allocation.quantity,
        status: 'reserved' as const,
        reservationId: reservations[index] as string,
        value: null,
      })),
      ...[...plan.shortfall].map(([key, quantity]) => ({
        lineNo: key,
        locationId: options.backorderLocationId,
        locationCode: null,
        quantity,
        status: 'backordered' as const,
        reservationId: null,
        value: null,
      })),
    ];
  }
  // Concurrent orders kept taking the stock: say what is available now.
  const rows = await availableStock(ctx.tx, productIds, options.where);
  throw new InsufficientStock(
    options.locationLabel,
    lines.map((line) => ({
      sku: line.sku,
      requested: line.quantity,
      available: rows.filter((row) => row.productId === line.productId).reduce((sum, row) => sum + row.available, 0),
    })),
  );
}
