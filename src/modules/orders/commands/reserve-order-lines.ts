// Reserves an order's lines at the candidate locations chosen by the sourcing strategy. The plan is made
// from available stock, then taken with guarded reservations inside a savepoint: if a concurrent order
// took the stock first, the savepoint is rolled back and the plan made again from fresh figures.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { availableStock, InsufficientStock, tryReserveStock } from '../../inventory/index.ts';
import { type Allocation, planSourcing, type SourcingLine } from '../domain/sourcing.ts';

export interface OrderLineToReserve extends SourcingLine {
  sku: string;
}

export interface ReserveOptions {
  orderId: string;
  candidates: readonly string[];
  allowSplit: boolean;
  allowBackorder: boolean;
  /** Where a backorder waits: one fixed location, or null for any location that ships to customers. */
  backorderLocationId: string | null;
  /** Code of the location named in the error when a single fixed location falls short. */
  locationLabel: string;
}

const MAX_ATTEMPTS = 5;

/** Returns true when some units were backordered. */
export async function reserveOrderLines(ctx: Context, lines: readonly OrderLineToReserve[], options: ReserveOptions): Promise<boolean> {
  const productIds = [...new Set(lines.map((line) => line.productId))];
  const candidateSet = new Set(options.candidates);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const stock = new Map<string, number>();
    for (const row of await availableStock(ctx.tx, productIds)) {
      if (candidateSet.has(row.locationId)) stock.set(`${row.locationId}|${row.productId}`, row.available);
    }
    const plan = planSourcing(lines, options.candidates, (location, product) => stock.get(`${location}|${product}`) ?? 0, options.allowSplit);
    const firstShort = lines.find((line) => plan.shortfall.has(line.key));
    if (firstShort && !options.allowBackorder) {
      throw new InsufficientStock(firstShort.sku, options.locationLabel, firstShort.quantity, `/lines/${firstShort.key - 1}/quantity`);
    }
    const reservations = await takeReservations(ctx, options.orderId, plan.allocations);
    if (!reservations) continue;
    for (const [index, allocation] of plan.allocations.entries()) {
      await insertAllocation(ctx, options.orderId, allocation.key, allocation.locationId, allocation.quantity, 'reserved', reservations[index] as string);
    }
    for (const [key, quantity] of plan.shortfall) {
      await insertAllocation(ctx, options.orderId, key, options.backorderLocationId, quantity, 'backordered', null);
    }
    return plan.shortfall.size > 0;
  }
  const line = lines[0] as OrderLineToReserve;
  throw new InsufficientStock(line.sku, options.locationLabel, line.quantity);
}

/** All the plan's reservations, or none (undefined) when any was taken by someone else meanwhile. */
async function takeReservations(ctx: Context, orderId: string, allocations: readonly Allocation[]): Promise<string[] | undefined> {
  // One lock order (product, location) for every order keeps concurrent orders from deadlocking.
  const order = allocations
    .map((allocation, index) => ({ allocation, index }))
    .sort((a, b) => a.allocation.productId.localeCompare(b.allocation.productId) || a.allocation.locationId.localeCompare(b.allocation.locationId));
  await sql`SAVEPOINT reserve_order_lines`.execute(ctx.tx);
  const ids: string[] = new Array(allocations.length);
  for (const { allocation, index } of order) {
    const id = await tryReserveStock(ctx, {
      productId: allocation.productId,
      locationId: allocation.locationId,
      quantity: allocation.quantity,
      source: { type: 'order', id: orderId },
    });
    if (!id) {
      await sql`ROLLBACK TO SAVEPOINT reserve_order_lines`.execute(ctx.tx);
      return undefined;
    }
    ids[index] = id;
  }
  await sql`RELEASE SAVEPOINT reserve_order_lines`.execute(ctx.tx);
  return ids;
}

export async function insertAllocation(
  ctx: Context,
  orderId: string,
  lineNo: number,
  locationId: string | null,
  quantity: number,
  status: 'reserved' | 'backordered' | 'fulfilled',
  reservationId: string | null,
  value: number | null = null,
): Promise<void> {
  await ctx.tx
    .insertInto('order_allocation')
    .values({
      id: randomUUID(),
      order_id: orderId,
      line_no: lineNo,
      location_id: locationId,
      quantity,
      status,
      reservation_id: reservationId,
      value,
      created_at: ctx.now,
      fulfilled_at: status === 'fulfilled' ? ctx.now : null,
    })
    .execute();
}
