// The demo history's state: its mirror of on-hand, reserved and in-transit stock, demand tables, agenda and counts.
import { type Actor, SYSTEM_ACTOR } from '../../kernel/actor.ts';
import type { UnitOfWork } from '../../platform/db/unit-of-work.ts';
import type { DemoProduct } from '../demo-catalogue.ts';
import { type Random, WeightedTable } from '../random.ts';
import type { MovableClock } from './clock.ts';
import { makeCustomers } from './customers.ts';
import { CHANNEL_FAMILY } from './parameters.ts';
import type { DemoLocation, HistoryCounts, HistoryOptions, OpenOrder, OrderView, Task } from './types.ts';

/** What the generator keeps between transactions: its mirror of stock, demand tables, agenda and open orders. */
export class HistoryState {
  readonly counts: HistoryCounts = {
    openingLines: 0,
    orders: {},
    ordersByStatus: {},
    backordered: 0,
    returns: 0,
    returnsElsewhere: 0,
    transfers: 0,
    transferLines: 0,
    counts: 0,
    adjustments: 0,
    lostSaleUnits: 0,
    transactions: 0,
  };

  readonly uow: UnitOfWork;
  readonly clock: MovableClock;
  readonly random: Random;
  readonly products: readonly DemoProduct[];
  readonly productIds: readonly string[];
  readonly locations: readonly DemoLocation[];
  readonly options: HistoryOptions;
  readonly actor: Actor = SYSTEM_ACTOR;

  readonly P: number;
  readonly onHand: Int32Array;
  readonly reserved: Int32Array;
  /** Opening (planned) stock per store and SKU: what the weekly replenishment tops up to. */
  readonly planned: Int32Array;
  /** Units shipped to a location and not yet received there. */
  readonly inTransit: Int32Array;
  /** Expected till units per day per store and SKU. */
  readonly rate: Float64Array;
  readonly carried: number[][];
  readonly storeTables: Array<WeightedTable<number> | undefined>;
  readonly webTable: WeightedTable<number>;
  readonly marketplaceTable: WeightedTable<number>;
  readonly stores: DemoLocation[];
  readonly warehouses: DemoLocation[];
  readonly shipping: DemoLocation[];
  readonly storeBySize: WeightedTable<DemoLocation>;
  readonly locationByCode: Map<string, DemoLocation>;
  readonly productBySku: Map<string, number>;
  readonly customers: Array<{ email: string; name: string }>;

  readonly agenda = new Map<string, Task[]>();
  readonly backorderedOrders: OpenOrder[] = [];
  /** At most one waiting backorder per SKU, so which order an arrival serves never depends on a tie. */
  readonly backorderedProducts = new Set<number>();
  readonly rebalancing = new Set<number>();
  day = 0;

  constructor(
    uow: UnitOfWork,
    clock: MovableClock,
    random: Random,
    products: readonly DemoProduct[],
    productIds: readonly string[],
    locations: readonly DemoLocation[],
    options: HistoryOptions,
  ) {
    this.uow = uow;
    this.clock = clock;
    this.random = random;
    this.products = products;
    this.productIds = productIds;
    this.locations = locations;
    this.options = options;
    this.P = products.length;
    this.onHand = new Int32Array(locations.length * this.P);
    this.reserved = new Int32Array(locations.length * this.P);
    this.planned = new Int32Array(locations.length * this.P);
    this.inTransit = new Int32Array(locations.length * this.P);
    this.rate = new Float64Array(locations.length * this.P);
    this.stores = locations.filter((loc) => loc.location.kind === 'store');
    this.warehouses = locations.filter((loc) => loc.location.kind === 'warehouse');
    // The sourcing order of the orders module: warehouses before stores, then by priority and code.
    this.shipping = locations
      .filter((loc) => loc.location.shipsToCustomers)
      .sort((a, b) => Number(a.location.kind === 'store') - Number(b.location.kind === 'store') || a.location.priority - b.location.priority || a.location.code.localeCompare(b.location.code));
    this.storeBySize = new WeightedTable(this.stores.map((store) => ({ item: store, weight: store.size })));
    this.locationByCode = new Map(locations.map((loc) => [loc.location.code, loc]));
    this.productBySku = new Map(products.map((product, index) => [product.input.sku, index]));
    this.carried = locations.map(() => []);
    this.storeTables = locations.map(() => undefined);
    this.webTable = new WeightedTable(products.map((product, index) => ({ item: index, weight: product.weight * CHANNEL_FAMILY.web[product.family] })));
    this.marketplaceTable = new WeightedTable(products.map((product, index) => ({ item: index, weight: product.weight * CHANNEL_FAMILY.marketplace[product.family] })));
    this.customers = makeCustomers(random.fork('customers'), 900);
  }

  at(loc: number, prod: number): number {
    return loc * this.P + prod;
  }

  available(loc: number, prod: number): number {
    const index = this.at(loc, prod);
    return (this.onHand[index] as number) - (this.reserved[index] as number);
  }

  /** What sourcing can find for a ship order: available stock at every location that ships to customers. */
  shippable(prod: number): number {
    let total = 0;
    for (const location of this.shipping) total += Math.max(0, this.available(location.index, prod));
    return total;
  }

  sku(prod: number): string {
    return (this.products[prod] as DemoProduct).input.sku;
  }

  prod(sku: string): number {
    return this.productBySku.get(sku) as number;
  }

  countOrder(view: OrderView): void {
    const key = `${view.channel}/${view.fulfillment}`;
    this.counts.orders[key] = (this.counts.orders[key] ?? 0) + 1;
    this.counts.ordersByStatus[view.status] = (this.counts.ordersByStatus[view.status] ?? 0) + 1;
  }

  bumpStatus(from: string, to: string): void {
    this.counts.ordersByStatus[from] = (this.counts.ordersByStatus[from] ?? 0) - 1;
    this.counts.ordersByStatus[to] = (this.counts.ordersByStatus[to] ?? 0) + 1;
  }

  /** The generator's own view of stock, to compare with the ledger's. */
  levels(): Array<{ location: string; sku: string; onHand: number; reserved: number }> {
    const levels = [];
    for (const location of this.locations) {
      for (let prod = 0; prod < this.P; prod++) {
        const index = this.at(location.index, prod);
        const onHand = this.onHand[index] as number;
        const reserved = this.reserved[index] as number;
        if (onHand !== 0 || reserved !== 0) levels.push({ location: location.location.code, sku: this.sku(prod), onHand, reserved });
      }
    }
    return levels;
  }
}

export function bump(levels: Int32Array, index: number, delta: number): void {
  levels[index] = (levels[index] as number) + delta;
}
