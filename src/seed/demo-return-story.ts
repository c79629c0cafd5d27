// A story for the anomaly checks to find in the demo: a faulty batch at S01 in the year's last week. A batch of the
// SKU S01 ranges that sold most elsewhere arrives (an adjustment, when S01 holds too little of it), S01 sells it
// in eight card baskets of three, and three of those baskets come back damaged — far above the rate the rest of the network sees for that SKU, so the end-of-seed anomaly run raises a
// `return_anomaly` the S01 store manager finds in their queue. Written through the commands, like the weeks demo.
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../kernel/actor.ts';
import { postAdjustment } from '../modules/inventory/index.ts';
import { placeOrder } from '../modules/orders/index.ts';
import { acceptReturn } from '../modules/returns/index.ts';
import type { UnitOfWork } from '../platform/db/unit-of-work.ts';
import type { MovableClock } from './history/clock.ts';

const STORE = 'S01';
const BASKETS = 8;
const UNITS_PER_BASKET = 3;
/** Of the eight baskets, these bring their units back: 9 units of 24. */
const RETURNED = [0, 2, 5] as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface ReturnStory {
  sku: string;
  sold: number;
  returned: number;
}

export async function plantReturnStory(uow: UnitOfWork, clock: MovableClock, end: Date): Promise<ReturnStory | undefined> {
  const needed = BASKETS * UNITS_PER_BASKET;
  // The SKU S01 ranges that sold most elsewhere over the year: its return rate there is well measured.
  const candidate = await sql<{ sku: string; available: string }>`
    SELECT p.sku, s.on_hand - s.reserved AS available FROM stock_level s JOIN location l ON l.id = s.location_id AND l.code = ${STORE}
      JOIN product p ON p.id = s.product_id
    ORDER BY (SELECT coalesce(sum(f.units_sold), 0) FROM sales_fact f WHERE f.product_id = s.product_id AND f.location_id <> s.location_id) DESC, p.sku
    LIMIT 1`.execute(uow.database.kysely);
  const sku = candidate.rows[0]?.sku;
  if (!sku) return undefined;
  const short = needed - Number(candidate.rows[0]?.available ?? 0);
  if (short > 0) {
    clock.set(end.getTime() - 5 * DAY + 8 * HOUR);
    await uow.withTransaction(SYSTEM_ACTOR, (ctx) => postAdjustment(ctx, { location: STORE, reason: 'batch delivered', lines: [{ sku, delta: short }] }));
  }
  const orders: string[] = [];
  for (let basket = 0; basket < BASKETS; basket += 1) {
    // Spread over the last four days before the end, in trading hours.
    clock.set(end.getTime() - (4 - Math.floor(basket / 2)) * DAY + (10 + basket) * HOUR);
    const order = await uow.withTransaction(SYSTEM_ACTOR, (ctx) =>
      placeOrder(ctx, { channel: 'store', location: STORE, fulfillment: 'carry_out', tender: 'card', lines: [{ sku, quantity: UNITS_PER_BASKET }] }),
    );
    orders.push(order.id);
  }
  for (const basket of RETURNED) {
    clock.set(end.getTime() - DAY + (12 + basket) * HOUR);
    await uow.withTransaction(SYSTEM_ACTOR, (ctx) =>
      acceptReturn(ctx, { order: orders[basket] as string, location: STORE, lines: [{ sku, quantity: UNITS_PER_BASKET, reason: 'damaged', disposition: 'restock' }] }),
    );
  }
  return { sku, sold: needed, returned: RETURNED.length * UNITS_PER_BASKET };
}
