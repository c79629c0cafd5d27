// The shapes the demo history works with: its options, locations, counts, and the orders it keeps track of.
import type { Location } from '../../modules/network/index.ts';
import { placeOrder } from '../../modules/orders/index.ts';
import type { Context } from '../../platform/db/unit-of-work.ts';

export interface HistoryOptions {
  /** Days of trading simulated, ending the day before `end`. */
  days: number;
  /** Midnight (UTC) the history runs up to: day 0 is `days` days before it. */
  end: Date;
  /** Multiplies the number of orders (1: about 35 a day). */
  volume: number;
  /** Told after each simulated day, with how many are done. */
  onDay?: (done: number) => void;
}

export interface DemoLocation {
  index: number;
  location: Location;
  /** Relative store size (footfall and range); warehouses 0. */
  size: number;
  /** The warehouse that replenishes a store (its index), or -1 for a warehouse. */
  warehouse: number;
}

export interface HistoryCounts {
  /** SKU-locations stocked by the opening adjustments. */
  openingLines: number;
  orders: Record<string, number>;
  ordersByStatus: Record<string, number>;
  backordered: number;
  returns: number;
  returnsElsewhere: number;
  transfers: number;
  transferLines: number;
  counts: number;
  adjustments: number;
  lostSaleUnits: number;
  transactions: number;
}

export interface Allocation {
  loc: number;
  prod: number;
  qty: number;
}

export interface OpenOrder {
  id: string;
  number: string;
  channel: 'web' | 'marketplace';
  fulfillment: 'ship' | 'pickup';
  status: 'reserved' | 'backordered';
  reserved: Allocation[];
  backorders: Array<{ prod: number; qty: number }>;
  /** The SKUs this order put on backorder when it was placed (each waits for no other order). */
  backorderedProds: number[];
  lines: Array<{ prod: number; qty: number }>;
  placedDay: number;
  pickup: number;
}

export interface CompletedSale {
  id: string;
  channel: 'store' | 'web' | 'marketplace';
  fulfillment: 'carry_out' | 'ship' | 'pickup';
  lines: Array<{ prod: number; qty: number }>;
  /** Where the goods left from (the store for till sales and pickups). */
  from: number;
}

export type Task = (ctx: Context) => Promise<void>;
export type OrderView = Awaited<ReturnType<typeof placeOrder>>;
