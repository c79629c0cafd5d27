// The demo retailer's history: opening stock at every warehouse and store, then day by day for the weeks
// before "now" — till sales, web and marketplace orders shipped from the warehouses (or from stores),
// click-and-collect, cancellations, backorders, returns (some at another store than the sale), a weekly
// replenishment transfer to the stores that ran low, rebalancing transfers for online backorders, damage
// write-offs and cycle counts — all through the same commands the API uses, on a clock moved through time.
//
// The generator keeps its own copy of on-hand and reserved per SKU and location, so it never asks a
// command for stock that is not there: a refused command would roll back a whole slot of the day.
import type { UnitOfWork } from '../platform/db/unit-of-work.ts';
import type { DemoProduct } from './demo-catalogue.ts';
import { runDays } from './history/day-loop.ts';
import { openStock } from './history/opening-stock.ts';
import { HistoryState } from './history/state.ts';
import type { DemoLocation, HistoryCounts, HistoryOptions } from './history/types.ts';
import type { MovableClock } from './history/clock.ts';
import type { Random } from './random.ts';

export { MovableClock } from './history/clock.ts';
export type { DemoLocation, HistoryCounts, HistoryOptions } from './history/types.ts';

export class DemoHistory {
  readonly #state: HistoryState;

  constructor(
    uow: UnitOfWork,
    clock: MovableClock,
    random: Random,
    products: readonly DemoProduct[],
    productIds: readonly string[],
    locations: readonly DemoLocation[],
    options: HistoryOptions,
  ) {
    this.#state = new HistoryState(uow, clock, random, products, productIds, locations, options);
  }

  get counts(): HistoryCounts {
    return this.#state.counts;
  }

  /** Decides each store's range and stock, and posts one opening adjustment per warehouse and store. */
  async openStock(at: Date): Promise<void> {
    await openStock(this.#state, at);
  }

  async run(): Promise<void> {
    await runDays(this.#state);
  }

  /** The generator's own view of stock, to compare with the ledger's. */
  levels(): Array<{ location: string; sku: string; onHand: number; reserved: number }> {
    return this.#state.levels();
  }
}
