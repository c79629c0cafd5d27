// The demo retailer's history: opening stock at every warehouse and store, then day by day for the weeks
// before "now" — till sales, web and marketplace orders shipped from the warehouses (or from stores),
// click-and-collect, cancellations, backorders, returns (some at another store than the sale), a weekly
// replenishment transfer to the stores that ran low, rebalancing transfers for online backorders, damage
// write-offs and cycle counts — all through the same commands the API uses, on a clock moved through time.
//
// The generator keeps its own copy of on-hand and reserved per SKU and location, so it never asks a
// command for stock that is not there: a refused command would roll back a whole slot of the day.
import { type Actor, SYSTEM_ACTOR } from '../kernel/actor.ts';
import type { Clock } from '../kernel/clock.ts';
import { availableStock, createTransfer, postAdjustment, postCount, receiveTransfer, shipTransfer } from '../modules/inventory/index.ts';
import type { Location } from '../modules/network/index.ts';
import { cancelOrder, fulfillOrder, loadOrder, placeOrder } from '../modules/orders/index.ts';
import { acceptReturn } from '../modules/returns/index.ts';
import type { Context, UnitOfWork } from '../platform/db/unit-of-work.ts';
import type { DemoProduct, Family } from './demo-catalogue.ts';
import { type Random, WeightedTable } from './random.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A clock the generator moves through the history; every transaction is dated where it stands. */
export class MovableClock implements Clock {
  #at: number;

  constructor(at: Date) {
    this.#at = at.getTime();
  }

  set(at: Date | number): void {
    this.#at = typeof at === 'number' ? at : at.getTime();
  }

  now(): Date {
    return new Date(this.#at);
  }
}

export interface HistoryOptions {
  /** Days of trading simulated, ending the day before `end`. */
  days: number;
  /** Midnight (UTC) the history runs up to: day 0 is `days` days before it. */
  end: Date;
  /** Multiplies the number of orders (1: about 35 a day). */
  volume: number;
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

/** Demand and stock parameters (volume 1). */
const TILL_SALES_PER_STORE_DAY = 1.1;
const WEB_ORDERS_PER_DAY = 6.5;
const MARKETPLACE_ORDERS_PER_DAY = 2.3;
const CLICK_AND_COLLECT_PER_DAY = 2.3;

/** By getUTCDay(): Sunday first. Stores peak on Saturday, the web on Sunday and Monday evenings. */
const STORE_WEEKDAY = [0.75, 0.7, 0.8, 0.9, 1.0, 1.2, 1.65];
const WEB_WEEKDAY = [1.3, 1.25, 1.05, 1.0, 0.95, 0.8, 0.75];

/** The day's transactions: 06:00 warehouse run, 08:00 stores open, trading until 20:00, web until late. */
const SLOTS = [6, 8, 9, 11, 13, 15, 17, 19, 21] as const;
const TRADING_SLOTS = [9, 11, 13, 15, 17, 19] as const;
const TILL_SLOT_SHARE = [0.1, 0.17, 0.2, 0.17, 0.23, 0.13];
const WEB_SLOTS = [8, 9, 11, 13, 15, 17, 19, 21] as const;
const WEB_SLOT_SHARE = [0.05, 0.08, 0.12, 0.12, 0.12, 0.13, 0.18, 0.2];
/** Click-and-collect orders come in while the stores are open (09:00–19:00): their share of the web's day. */
const PICKUP_SLOT_SHARE = 0.75;

const CHANNEL_FAMILY: Record<'store' | 'web' | 'marketplace', Record<Family, number>> = {
  store: { basics: 1.1, seasonal: 1.0, electronics: 0.6, home: 1.05 },
  web: { basics: 0.9, seasonal: 1.25, electronics: 1.1, home: 0.7 },
  marketplace: { basics: 0.4, seasonal: 0.5, electronics: 2.8, home: 1.0 },
};

/** Share of fulfilled orders returned, by the family of the returned line. */
const RETURN_RATE: Record<Family, number> = { basics: 0.1, seasonal: 0.22, electronics: 0.06, home: 0.05 };
const REASONS: Record<Family, ReadonlyArray<[string, number]>> = {
  basics: [['wrong_size', 45], ['changed_mind', 30], ['not_as_described', 15], ['damaged', 10]],
  seasonal: [['wrong_size', 50], ['changed_mind', 25], ['not_as_described', 15], ['damaged', 7], ['late_delivery', 3]],
  electronics: [['damaged', 35], ['not_as_described', 30], ['changed_mind', 30], ['late_delivery', 5]],
  home: [['damaged', 40], ['changed_mind', 50], ['not_as_described', 10]],
};

const MAX_TRANSFER_LINES = 14;
const MAX_REPLENISHED_STORES = 8;
const BACKORDER_PATIENCE_DAYS = 9;

interface Allocation {
  loc: number;
  prod: number;
  qty: number;
}

interface OpenOrder {
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

interface CompletedSale {
  id: string;
  channel: 'store' | 'web' | 'marketplace';
  fulfillment: 'carry_out' | 'ship' | 'pickup';
  lines: Array<{ prod: number; qty: number }>;
  /** Where the goods left from (the store for till sales and pickups). */
  from: number;
}

type Task = (ctx: Context) => Promise<void>;
type OrderView = Awaited<ReturnType<typeof placeOrder>>;

export class DemoHistory {
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

  readonly #uow: UnitOfWork;
  readonly #clock: MovableClock;
  readonly #random: Random;
  readonly #products: readonly DemoProduct[];
  readonly #productIds: readonly string[];
  readonly #locations: readonly DemoLocation[];
  readonly #options: HistoryOptions;
  readonly #actor: Actor = SYSTEM_ACTOR;

  readonly #P: number;
  readonly #onHand: Int32Array;
  readonly #reserved: Int32Array;
  /** Opening (planned) stock per store and SKU: what the weekly replenishment tops up to. */
  readonly #planned: Int32Array;
  /** Units shipped to a location and not yet received there. */
  readonly #inTransit: Int32Array;
  /** Expected till units per day per store and SKU. */
  readonly #rate: Float64Array;
  readonly #carried: number[][];
  readonly #storeTables: Array<WeightedTable<number> | undefined>;
  readonly #webTable: WeightedTable<number>;
  readonly #marketplaceTable: WeightedTable<number>;
  readonly #stores: DemoLocation[];
  readonly #warehouses: DemoLocation[];
  readonly #shipping: DemoLocation[];
  readonly #storeBySize: WeightedTable<DemoLocation>;
  readonly #locationByCode: Map<string, DemoLocation>;
  readonly #productBySku: Map<string, number>;
  readonly #customers: Array<{ email: string; name: string }>;

  readonly #agenda = new Map<string, Task[]>();
  readonly #backorderedOrders: OpenOrder[] = [];
  /** At most one waiting backorder per SKU, so which order an arrival serves never depends on a tie. */
  readonly #backorderedProducts = new Set<number>();
  readonly #rebalancing = new Set<number>();
  #day = 0;

  constructor(
    uow: UnitOfWork,
    clock: MovableClock,
    random: Random,
    products: readonly DemoProduct[],
    productIds: readonly string[],
    locations: readonly DemoLocation[],
    options: HistoryOptions,
  ) {
    this.#uow = uow;
    this.#clock = clock;
    this.#random = random;
    this.#products = products;
    this.#productIds = productIds;
    this.#locations = locations;
    this.#options = options;
    this.#P = products.length;
    this.#onHand = new Int32Array(locations.length * this.#P);
    this.#reserved = new Int32Array(locations.length * this.#P);
    this.#planned = new Int32Array(locations.length * this.#P);
    this.#inTransit = new Int32Array(locations.length * this.#P);
    this.#rate = new Float64Array(locations.length * this.#P);
    this.#stores = locations.filter((loc) => loc.location.kind === 'store');
    this.#warehouses = locations.filter((loc) => loc.location.kind === 'warehouse');
    // The sourcing order of the orders module: warehouses before stores, then by priority and code.
    this.#shipping = locations
      .filter((loc) => loc.location.shipsToCustomers)
      .sort((a, b) => Number(a.location.kind === 'store') - Number(b.location.kind === 'store') || a.location.priority - b.location.priority || a.location.code.localeCompare(b.location.code));
    this.#storeBySize = new WeightedTable(this.#stores.map((store) => ({ item: store, weight: store.size })));
    this.#locationByCode = new Map(locations.map((loc) => [loc.location.code, loc]));
    this.#productBySku = new Map(products.map((product, index) => [product.input.sku, index]));
    this.#carried = locations.map(() => []);
    this.#storeTables = locations.map(() => undefined);
    this.#webTable = new WeightedTable(products.map((product, index) => ({ item: index, weight: product.weight * CHANNEL_FAMILY.web[product.family] })));
    this.#marketplaceTable = new WeightedTable(products.map((product, index) => ({ item: index, weight: product.weight * CHANNEL_FAMILY.marketplace[product.family] })));
    this.#customers = makeCustomers(random.fork('customers'), 900);
  }

  // ── opening stock ─────────────────────────────────────────────────────────────────────────────────────

  /** Decides each store's range and stock, and posts one opening adjustment per warehouse and store. */
  async openStock(at: Date): Promise<void> {
    const random = this.#random.fork('opening');
    const volume = this.#options.volume;
    const styles = new Map<string, number[]>();
    for (const [index, product] of this.#products.entries()) {
      const style = product.input.style ?? product.input.sku;
      styles.set(style, [...(styles.get(style) ?? []), index]);
    }
    const styleWeights = [...styles.values()].map((members) => members.reduce((sum, index) => sum + (this.#products[index] as DemoProduct).weight, 0));
    const meanStyleWeight = styleWeights.reduce((sum, weight) => sum + weight, 0) / Math.max(1, styleWeights.length);

    // Ranges: bigger stores carry more styles, every store carries the popular ones more often.
    for (const store of this.#stores) {
      const carried: number[] = [];
      for (const [styleIndex, members] of [...styles.values()].entries()) {
        const score = (styleWeights[styleIndex] as number) / meanStyleWeight;
        const probability = Math.min(0.85, Math.max(0.03, 0.06 + 0.21 * store.size * score ** 0.45));
        if (random.chance(probability)) carried.push(...members);
      }
      this.#carried[store.index] = carried;
      const weights = carried.map((prod) => {
        const product = this.#products[prod] as DemoProduct;
        return product.weight * CHANNEL_FAMILY.store[product.family];
      });
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      const unitsPerDay = TILL_SALES_PER_STORE_DAY * volume * store.size * 2.6;
      for (const [i, prod] of carried.entries()) this.#rate[this.#at(store.index, prod)] = (unitsPerDay * (weights[i] as number)) / total;
      this.#storeTables[store.index] = new WeightedTable(carried.map((prod, i) => ({ item: prod, weight: weights[i] as number })));
    }

    // Online demand per SKU per day, for the warehouses' depth.
    const onlineOrders = (WEB_ORDERS_PER_DAY + MARKETPLACE_ORDERS_PER_DAY) * volume * 2.2;
    const webTotal = this.#webTable.total;
    const marketplaceTotal = this.#marketplaceTable.total;

    await this.#transaction(at, async (ctx) => {
      for (const store of this.#stores) {
        const lines: Array<{ sku: string; delta: number }> = [];
        for (const prod of this.#carried[store.index] as number[]) {
          const product = this.#products[prod] as DemoProduct;
          const presentation = product.family === 'home' ? random.int(3, 6) : product.family === 'electronics' ? random.int(2, 3) : product.maxQuantity === 1 ? random.int(1, 2) : random.int(2, 3);
          const quantity = Math.max(presentation, Math.round((this.#rate[this.#at(store.index, prod)] as number) * random.between(18, 40)));
          lines.push({ sku: product.input.sku, delta: quantity });
          this.#planned[this.#at(store.index, prod)] = quantity;
          this.#onHand[this.#at(store.index, prod)] = quantity;
        }
        if (lines.length > 0) await this.#adjust(ctx, store, 'opening stock', lines);
      }
      for (const warehouse of this.#warehouses) {
        const lines: Array<{ sku: string; delta: number }> = [];
        for (const [prod, product] of this.#products.entries()) {
          const online =
            onlineOrders * ((product.weight * CHANNEL_FAMILY.web[product.family]) / webTotal) * (WEB_ORDERS_PER_DAY / (WEB_ORDERS_PER_DAY + MARKETPLACE_ORDERS_PER_DAY)) +
            onlineOrders * ((product.weight * CHANNEL_FAMILY.marketplace[product.family]) / marketplaceTotal) * (MARKETPLACE_ORDERS_PER_DAY / (WEB_ORDERS_PER_DAY + MARKETPLACE_ORDERS_PER_DAY));
          let stores = 0;
          for (const store of this.#stores) if (store.warehouse === warehouse.index) stores += this.#rate[this.#at(store.index, prod)] as number;
          const quantity = product.hot
            ? random.int(1, 3)
            : Math.round((online * 0.5 * 70 + stores * 35) * random.between(0.6, 1.4)) + random.int(2, 6);
          if (quantity <= 0) continue;
          lines.push({ sku: product.input.sku, delta: quantity });
          this.#onHand[this.#at(warehouse.index, prod)] = quantity;
        }
        if (lines.length > 0) await this.#adjust(ctx, warehouse, 'opening stock', lines);
      }
    });
  }

  // ── the days ──────────────────────────────────────────────────────────────────────────────────────────

  async run(): Promise<void> {
    const { days, end } = this.#options;
    const start = end.getTime() - days * DAY;
    const countDays = new Set([Math.floor(days * 0.38), Math.floor(days * 0.8)].map((day) => nextWeekday(start, day, 3, days)));
    for (let day = 0; day < days; day++) {
      this.#day = day;
      const random = this.#random.fork(`day ${day}`);
      const midnight = start + day * DAY;
      const weekday = new Date(midnight).getUTCDay();
      const trend = 1 + 0.25 * (day / Math.max(1, days - 1));
      const mood = random.logNormal(0.12);
      const storeDay = (STORE_WEEKDAY[weekday] as number) * trend * mood * this.#options.volume;
      const webDay = (WEB_WEEKDAY[weekday] as number) * trend * mood * this.#options.volume;
      for (const hour of SLOTS) {
        const at = midnight + hour * HOUR + random.int(0, 45) * 60_000 + random.int(0, 59) * 1000;
        await this.#transaction(new Date(at), async (ctx) => {
          await this.#runAgenda(ctx, day, hour);
          if (hour === 6) await this.#warehouseRun(ctx, random, weekday);
          if (hour === 8) await this.#storesOpen(ctx, random, weekday, countDays.has(day));
          const tillSlot = TRADING_SLOTS.indexOf(hour as (typeof TRADING_SLOTS)[number]);
          if (tillSlot >= 0) {
            for (const store of this.#stores) {
              const sales = random.poisson(TILL_SALES_PER_STORE_DAY * store.size * storeDay * (TILL_SLOT_SHARE[tillSlot] as number));
              for (let i = 0; i < sales; i++) await this.#tillSale(ctx, random, store);
            }
          }
          const webSlot = WEB_SLOTS.indexOf(hour as (typeof WEB_SLOTS)[number]);
          if (webSlot >= 0) {
            const share = WEB_SLOT_SHARE[webSlot] as number;
            const web = random.poisson(WEB_ORDERS_PER_DAY * webDay * share);
            const marketplace = random.poisson(MARKETPLACE_ORDERS_PER_DAY * webDay * share);
            const pickups = hour >= 9 && hour <= 19 ? random.poisson((CLICK_AND_COLLECT_PER_DAY * webDay * share) / PICKUP_SLOT_SHARE) : 0;
            for (let i = 0; i < web; i++) await this.#shipOrder(ctx, random, 'web', hour);
            for (let i = 0; i < marketplace; i++) await this.#shipOrder(ctx, random, 'marketplace', hour);
            for (let i = 0; i < pickups; i++) await this.#clickAndCollect(ctx, random, hour);
          }
        });
      }
    }
  }

  async #transaction(at: Date, work: (ctx: Context) => Promise<void>): Promise<void> {
    this.#clock.set(at);
    this.counts.transactions += 1;
    await this.#uow.withTransaction(this.#actor, work);
  }

  #schedule(day: number, hour: number, task: Task): void {
    if (day >= this.#options.days) return;
    const slot = SLOTS.find((candidate) => candidate >= hour) ?? SLOTS[SLOTS.length - 1];
    const key = `${day}:${slot}`;
    const tasks = this.#agenda.get(key) ?? [];
    tasks.push(task);
    this.#agenda.set(key, tasks);
  }

  async #runAgenda(ctx: Context, day: number, hour: number): Promise<void> {
    const key = `${day}:${hour}`;
    // Tasks may schedule more tasks for this very slot: run until none are left.
    for (let tasks = this.#agenda.get(key); tasks && tasks.length > 0; tasks = this.#agenda.get(key)) {
      this.#agenda.delete(key);
      for (const task of tasks) await task(ctx);
    }
  }

  // ── 06:00 the warehouses ──────────────────────────────────────────────────────────────────────────────

  async #warehouseRun(ctx: Context, random: Random, weekday: number): Promise<void> {
    // Backorders: those filled by an arrival are shipped, those waiting too long are cancelled.
    for (const order of [...this.#backorderedOrders]) {
      await this.#reload(ctx, order);
      if (order.status === 'reserved') {
        this.#forgetBackorder(order);
        await this.#fulfil(ctx, order);
      } else if (this.#day - order.placedDay >= BACKORDER_PATIENCE_DAYS) {
        this.#forgetBackorder(order);
        await this.#cancel(ctx, order, 'Backorder not filled in time; the customer cancelled');
      }
    }
    await this.#rebalanceForBackorders(ctx);
    if (weekday === 1) await this.#weeklyReplenishment(ctx, random);
  }

  /** Online backorders pull the units from a store that has them back to the North warehouse. */
  async #rebalanceForBackorders(ctx: Context): Promise<void> {
    const north = this.#warehouses[0] as DemoLocation;
    for (const order of this.#backorderedOrders) {
      for (const backorder of order.backorders) {
        if (this.#rebalancing.has(backorder.prod)) continue;
        const donor = this.#stores
          .filter((store) => !store.location.shipsToCustomers && this.#available(store.index, backorder.prod) >= backorder.qty)
          .sort((a, b) => this.#available(b.index, backorder.prod) - this.#available(a.index, backorder.prod) || a.index - b.index)[0];
        if (!donor) continue;
        this.#rebalancing.add(backorder.prod);
        const lines = [{ prod: backorder.prod, qty: backorder.qty }];
        const transfer = await this.#sendTransfer(ctx, donor, north, lines, 'Rebalancing: store stock for online backorders');
        this.#schedule(this.#day + 1, 6, async (next) => {
          this.#rebalancing.delete(backorder.prod);
          await this.#receiveTransfer(next, transfer, north, lines, []);
        });
      }
    }
  }

  /** Mondays: each warehouse tops up the stores that ran lowest, for the SKUs that sold most. */
  async #weeklyReplenishment(ctx: Context, random: Random): Promise<void> {
    const candidates = this.#stores
      .map((store) => {
        const low = (this.#carried[store.index] as number[])
          .filter((prod) => {
            const planned = this.#planned[this.#at(store.index, prod)] as number;
            return this.#available(store.index, prod) + (this.#inTransit[this.#at(store.index, prod)] as number) <= Math.floor(planned / 2);
          })
          .sort((a, b) => (this.#rate[this.#at(store.index, b)] as number) - (this.#rate[this.#at(store.index, a)] as number) || a - b);
        return { store, low };
      })
      .filter((candidate) => candidate.low.length >= 3)
      .sort((a, b) => b.low.length - a.low.length || a.store.index - b.store.index)
      .slice(0, MAX_REPLENISHED_STORES);
    for (const { store, low } of candidates) {
      const warehouse = this.#locations[store.warehouse] as DemoLocation;
      const lines: Array<{ prod: number; qty: number }> = [];
      for (const prod of low) {
        if (lines.length >= MAX_TRANSFER_LINES) break;
        const index = this.#at(store.index, prod);
        const wanted = (this.#planned[index] as number) - (this.#onHand[index] as number) - (this.#inTransit[index] as number);
        const qty = Math.min(wanted, this.#available(warehouse.index, prod) - 1);
        if (qty > 0) lines.push({ prod, qty });
      }
      if (lines.length === 0) continue;
      const transfer = await this.#sendTransfer(ctx, warehouse, store, lines, 'Weekly replenishment');
      // A van a day for the North stores, two for the South, now and then three days late; now and then a
      // unit is damaged on the way.
      const arrives = this.#day + (warehouse.index === 0 ? 1 : 2) + (random.chance(0.06) ? 3 : 0);
      const short = random.chance(0.08) ? [random.int(0, lines.length - 1)] : [];
      this.#schedule(arrives, 8, (next) => this.#receiveTransfer(next, transfer, store, lines, short));
    }
  }

  async #sendTransfer(ctx: Context, from: DemoLocation, to: DemoLocation, lines: Array<{ prod: number; qty: number }>, note: string): Promise<string> {
    const created = await createTransfer(ctx, {
      from: from.location.code,
      to: to.location.code,
      note,
      lines: lines.map((line) => ({ sku: this.#sku(line.prod), quantity: line.qty })),
    });
    await shipTransfer(ctx, created.id);
    for (const line of lines) {
      bump(this.#onHand, this.#at(from.index, line.prod), -line.qty);
      bump(this.#inTransit, this.#at(to.index, line.prod), line.qty);
    }
    this.counts.transfers += 1;
    this.counts.transferLines += lines.length;
    return created.id;
  }

  async #receiveTransfer(ctx: Context, transferId: string, to: DemoLocation, lines: Array<{ prod: number; qty: number }>, shortLines: number[]): Promise<void> {
    const received = lines.map((line, index) => ({ prod: line.prod, qty: shortLines.includes(index) ? line.qty - 1 : line.qty }));
    await receiveTransfer(
      ctx,
      transferId,
      shortLines.length > 0 ? { lines: received.filter((line) => line.qty > 0).map((line) => ({ sku: this.#sku(line.prod), quantity: line.qty })) } : {},
    );
    for (const line of received) bump(this.#onHand, this.#at(to.index, line.prod), line.qty);
    for (const line of lines) bump(this.#inTransit, this.#at(to.index, line.prod), -line.qty);
    await this.#arrived(ctx, to, received.map((line) => line.prod));
  }

  // ── 08:00 the stores open ─────────────────────────────────────────────────────────────────────────────

  async #storesOpen(ctx: Context, random: Random, weekday: number, countDay: boolean): Promise<void> {
    if (weekday === 5) {
      // Friday: what was found damaged this week is written off.
      for (let i = 0; i < 3; i++) {
        const store = this.#storeBySize.draw(random);
        const candidates = (this.#carried[store.index] as number[]).filter((prod) => this.#available(store.index, prod) > 0);
        if (candidates.length === 0) continue;
        const picked = [...new Set([random.pick(candidates), random.pick(candidates)])];
        await this.#adjust(ctx, store, 'damaged', picked.map((prod) => ({ sku: this.#sku(prod), delta: -1 })));
      }
    }
    if (countDay) {
      const stores = new Set<DemoLocation>();
      while (stores.size < Math.min(3, this.#stores.length)) stores.add(this.#storeBySize.draw(random));
      const warehouse = this.#warehouses[this.#day % this.#warehouses.length] as DemoLocation;
      for (const location of [...stores, warehouse]) await this.#cycleCount(ctx, random, location);
    }
  }

  async #cycleCount(ctx: Context, random: Random, location: DemoLocation): Promise<void> {
    const range = location.location.kind === 'store' ? (this.#carried[location.index] as number[]) : this.#products.map((_, prod) => prod);
    const stocked = range.filter((prod) => (this.#onHand[this.#at(location.index, prod)] as number) > 0);
    const sample = new Set<number>();
    for (let i = 0; i < 40 && sample.size < stocked.length; i++) sample.add(random.pick(stocked));
    const lines = [...sample].map((prod) => {
      const onHand = this.#onHand[this.#at(location.index, prod)] as number;
      const roll = random.next();
      const variance = roll < 0.84 ? 0 : roll < 0.94 ? -1 : roll < 0.97 ? -2 : 1;
      return { prod, counted: Math.max(this.#reserved[this.#at(location.index, prod)] as number, onHand + variance) };
    });
    if (lines.length === 0) return;
    await postCount(ctx, { location: location.location.code, lines: lines.map((line) => ({ sku: this.#sku(line.prod), counted: line.counted })) });
    const gained: number[] = [];
    for (const line of lines) {
      if (line.counted > (this.#onHand[this.#at(location.index, line.prod)] as number)) gained.push(line.prod);
      this.#onHand[this.#at(location.index, line.prod)] = line.counted;
    }
    this.counts.counts += 1;
    await this.#arrived(ctx, location, gained);
  }

  async #adjust(ctx: Context, location: DemoLocation, reason: string, lines: Array<{ sku: string; delta: number }>): Promise<void> {
    await postAdjustment(ctx, { location: location.location.code, reason, lines });
    this.counts.adjustments += 1;
    if (reason === 'opening stock') {
      this.counts.openingLines += lines.length;
      return;
    }
    for (const line of lines) bump(this.#onHand, this.#at(location.index, this.#productBySku.get(line.sku) as number), line.delta);
  }

  // ── trading ───────────────────────────────────────────────────────────────────────────────────────────

  async #tillSale(ctx: Context, random: Random, store: DemoLocation): Promise<void> {
    const table = this.#storeTables[store.index];
    if (!table || table.size === 0) return;
    const lines = this.#basket(random, table, [30, 32, 20, 11, 7], (prod, qty) => Math.min(qty, this.#available(store.index, prod)));
    if (lines.length === 0) return;
    const customer = random.chance(0.35) ? random.pick(this.#customers) : undefined;
    const view = await placeOrder(ctx, {
      channel: 'store',
      location: store.location.code,
      fulfillment: 'carry_out',
      tender: random.chance(0.2) ? 'cash' : 'card',
      ...(customer ? { customer } : {}),
      lines: lines.map((line) => ({ sku: this.#sku(line.prod), quantity: line.qty })),
    });
    for (const line of lines) bump(this.#onHand, this.#at(store.index, line.prod), -line.qty);
    this.#countOrder(view);
    const sale: CompletedSale = { id: view.id, channel: 'store', fulfillment: 'carry_out', lines, from: store.index };
    // Till sales come back less often, and mostly to the same store.
    if (random.chance(this.#returnChance(lines) * 0.3)) {
      const elsewhere = random.chance(0.15);
      const at = elsewhere ? this.#storeBySize.draw(random) : store;
      this.#schedule(this.#day + random.int(1, 10), random.pick(TRADING_SLOTS), (next) => this.#return(next, random, sale, at));
    }
  }

  async #shipOrder(ctx: Context, random: Random, channel: 'web' | 'marketplace', hour: number): Promise<void> {
    const table = channel === 'web' ? this.#webTable : this.#marketplaceTable;
    const weights = channel === 'web' ? [40, 30, 18, 8, 4] : [75, 20, 5];
    const acceptsBackorder = channel === 'web' && random.chance(0.6);
    let backordering = false;
    const lines = this.#basket(random, table, weights, (prod, qty) => {
      const available = this.#shippable(prod);
      if (available >= qty) return qty;
      // A customer willing to wait orders it anyway, as long as nobody else is already waiting for this SKU.
      if (acceptsBackorder && !this.#backorderedProducts.has(prod)) {
        backordering = true;
        return qty;
      }
      return available;
    });
    if (lines.length === 0) return;
    const customer = random.pick(this.#customers);
    const view = await placeOrder(ctx, {
      channel,
      fulfillment: 'ship',
      customer,
      ...(backordering ? { allowBackorder: true } : {}),
      lines: lines.map((line) => ({ sku: this.#sku(line.prod), quantity: line.qty })),
    });
    const order = this.#track(view, channel, 'ship', lines, -1);
    if (order.status === 'backordered') return;
    if (random.chance(channel === 'web' ? 0.03 : 0.015)) {
      const later = SLOTS.find((slot) => slot > hour + 1);
      this.#schedule(later ? this.#day : this.#day + 1, later ?? 6, (next) => this.#cancel(next, order, 'Cancelled by the customer before shipping'));
      return;
    }
    this.#schedule(this.#day + (random.chance(0.7) ? 1 : 2), 6, (next) => this.#fulfil(next, order));
  }

  async #clickAndCollect(ctx: Context, random: Random, hour: number): Promise<void> {
    const store = this.#storeBySize.draw(random);
    const table = this.#storeTables[store.index];
    if (!table || table.size === 0) return;
    const lines = this.#basket(random, table, [60, 30, 10], (prod, qty) => Math.min(qty, this.#available(store.index, prod)));
    if (lines.length === 0) return;
    const view = await placeOrder(ctx, {
      channel: 'web',
      fulfillment: 'pickup',
      pickupLocation: store.location.code,
      customer: random.pick(this.#customers),
      lines: lines.map((line) => ({ sku: this.#sku(line.prod), quantity: line.qty })),
    });
    const order = this.#track(view, 'web', 'pickup', lines, store.index);
    if (random.chance(0.07)) {
      this.#schedule(this.#day + 6, 8, (next) => this.#cancel(next, order, 'Not collected within five days'));
      return;
    }
    const day = this.#day + random.int(hour >= 17 ? 1 : 0, 3);
    const slots = TRADING_SLOTS.filter((slot) => day > this.#day || slot > hour + 1);
    this.#schedule(slots.length > 0 ? day : day + 1, random.pick(slots.length > 0 ? slots : TRADING_SLOTS), (next) => this.#fulfil(next, order));
  }

  /** Draws a basket: distinct SKUs, each quantity cut to what may be sold (0 drops the line: a lost sale). */
  #basket(random: Random, table: WeightedTable<number>, lineWeights: readonly number[], allowed: (prod: number, qty: number) => number): Array<{ prod: number; qty: number }> {
    const size = random.weighted(lineWeights) + 1;
    const lines: Array<{ prod: number; qty: number }> = [];
    const seen = new Set<number>();
    for (let i = 0; i < size; i++) {
      const prod = table.draw(random);
      if (seen.has(prod)) continue;
      seen.add(prod);
      const product = this.#products[prod] as DemoProduct;
      const wanted = product.maxQuantity > 1 && random.chance(0.22) ? 2 + (random.chance(0.3) ? random.int(0, product.maxQuantity - 2) : 0) : 1;
      const qty = allowed(prod, wanted);
      this.counts.lostSaleUnits += wanted - Math.max(0, Math.min(qty, wanted));
      if (qty > 0) lines.push({ prod, qty });
    }
    return lines;
  }

  #track(view: OrderView, channel: 'web' | 'marketplace', fulfillment: 'ship' | 'pickup', lines: Array<{ prod: number; qty: number }>, pickup: number): OpenOrder {
    this.#countOrder(view);
    const order: OpenOrder = {
      id: view.id,
      number: view.number,
      channel,
      fulfillment,
      status: view.status === 'backordered' ? 'backordered' : 'reserved',
      reserved: [],
      backorders: view.backorders.map((backorder) => ({ prod: this.#prod(backorder.sku), qty: backorder.quantity })),
      backorderedProds: view.backorders.map((backorder) => this.#prod(backorder.sku)),
      lines,
      placedDay: this.#day,
      pickup,
    };
    for (const allocation of view.allocations) {
      if (allocation.status !== 'reserved') continue;
      const reserved = { loc: (this.#locationByCode.get(allocation.location) as DemoLocation).index, prod: this.#prod(allocation.sku), qty: allocation.quantity };
      order.reserved.push(reserved);
      bump(this.#reserved, this.#at(reserved.loc, reserved.prod), reserved.qty);
    }
    if (order.status === 'backordered') {
      this.counts.backordered += 1;
      this.#backorderedOrders.push(order);
      for (const backorder of order.backorders) this.#backorderedProducts.add(backorder.prod);
    }
    return order;
  }

  async #fulfil(ctx: Context, order: OpenOrder): Promise<void> {
    await fulfillOrder(ctx, order.id);
    this.#bumpStatus('reserved', 'completed');
    for (const allocation of order.reserved) {
      bump(this.#onHand, this.#at(allocation.loc, allocation.prod), -allocation.qty);
      bump(this.#reserved, this.#at(allocation.loc, allocation.prod), -allocation.qty);
    }
    const random = this.#random.fork(`return ${order.number}`);
    const from = order.fulfillment === 'pickup' ? order.pickup : ((order.reserved[0] as Allocation | undefined)?.loc ?? 0);
    const sale: CompletedSale = { id: order.id, channel: order.channel, fulfillment: order.fulfillment, lines: order.lines, from };
    const rate = this.#returnChance(order.lines) * (order.channel === 'marketplace' ? 0.7 : order.fulfillment === 'pickup' ? 0.5 : 1);
    if (!random.chance(rate)) return;
    let at: DemoLocation;
    if (order.fulfillment === 'pickup') at = this.#locations[order.pickup] as DemoLocation;
    else if (order.channel === 'web' && random.chance(0.4)) at = this.#storeBySize.draw(random);
    else at = this.#locations[from]?.location.kind === 'warehouse' ? (this.#locations[from] as DemoLocation) : (this.#warehouses[0] as DemoLocation);
    const hour = at.location.kind === 'warehouse' ? 13 : random.pick(TRADING_SLOTS);
    this.#schedule(this.#day + random.int(3, 14), hour, (next) => this.#return(next, random, sale, at));
  }

  async #cancel(ctx: Context, order: OpenOrder, reason: string): Promise<void> {
    if (order.status === 'backordered') await this.#reload(ctx, order);
    await cancelOrder(ctx, order.id, reason);
    this.#bumpStatus(order.status, 'cancelled');
    for (const allocation of order.reserved) bump(this.#reserved, this.#at(allocation.loc, allocation.prod), -allocation.qty);
  }

  async #return(ctx: Context, random: Random, sale: CompletedSale, at: DemoLocation): Promise<void> {
    const all = random.chance(0.3);
    const first = random.int(0, sale.lines.length - 1);
    const lines = sale.lines
      .filter((_, index) => all || index === first)
      .map((line) => {
        const family = (this.#products[line.prod] as DemoProduct).family;
        const reasons = REASONS[family];
        const reason = (reasons[random.weighted(reasons.map(([, weight]) => weight))] as [string, number])[0];
        const quantity = line.qty > 1 && random.chance(0.5) ? random.int(1, line.qty) : line.qty;
        const disposition: 'restock' | 'scrap' = reason === 'damaged' && random.chance(0.7) ? 'scrap' : 'restock';
        return { prod: line.prod, quantity, reason, disposition };
      });
    await acceptReturn(ctx, {
      order: sale.id,
      location: at.location.code,
      lines: lines.map((line) => ({ sku: this.#sku(line.prod), quantity: line.quantity, reason: line.reason, disposition: line.disposition })),
    });
    this.counts.returns += 1;
    if (at.index !== sale.from) this.counts.returnsElsewhere += 1;
    const restocked = lines.filter((line) => line.disposition === 'restock');
    for (const line of restocked) bump(this.#onHand, this.#at(at.index, line.prod), line.quantity);
    await this.#arrived(ctx, at, restocked.map((line) => line.prod));
  }

  #returnChance(lines: Array<{ prod: number; qty: number }>): number {
    return Math.max(...lines.map((line) => RETURN_RATE[(this.#products[line.prod] as DemoProduct).family]));
  }

  // ── backorders ────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Stock arrived at a location: the orders module may have reserved some of it for waiting backorders (any
   * location that ships to customers serves them). Read back what is still available there for those SKUs.
   */
  async #arrived(ctx: Context, location: DemoLocation, prods: number[]): Promise<void> {
    if (!location.location.shipsToCustomers) return;
    const watched = [...new Set(prods)].filter((prod) => this.#backorderedProducts.has(prod));
    if (watched.length === 0) return;
    const rows = await availableStock(ctx.tx, watched.map((prod) => this.#productIds[prod] as string), { locationIds: [location.location.id] });
    const available = new Map(rows.map((row) => [row.productId, row.available]));
    for (const prod of watched) {
      const index = this.#at(location.index, prod);
      this.#reserved[index] = (this.#onHand[index] as number) - (available.get(this.#productIds[prod] as string) ?? 0);
    }
  }

  /** Reads a backordered order back: what has been allocated to it since, and whether it is complete. */
  async #reload(ctx: Context, order: OpenOrder): Promise<void> {
    const record = await loadOrder(ctx.tx, order.id);
    const skuOf = new Map(record.lines.map((line) => [line.lineNo, line.sku]));
    order.status = record.status === 'backordered' ? 'backordered' : 'reserved';
    order.reserved = record.allocations
      .filter((allocation) => allocation.status === 'reserved')
      .map((allocation) => ({
        loc: (this.#locationByCode.get(allocation.locationCode as string) as DemoLocation).index,
        prod: this.#prod(skuOf.get(allocation.lineNo) as string),
        qty: allocation.quantity,
      }));
    order.backorders = record.allocations
      .filter((allocation) => allocation.status === 'backordered')
      .map((allocation) => ({ prod: this.#prod(skuOf.get(allocation.lineNo) as string), qty: allocation.quantity }));
  }

  #forgetBackorder(order: OpenOrder): void {
    this.#backorderedOrders.splice(this.#backorderedOrders.indexOf(order), 1);
    for (const prod of order.backorderedProds) this.#backorderedProducts.delete(prod);
    if (order.status === 'reserved') this.#bumpStatus('backordered', 'reserved');
  }

  // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────

  #at(loc: number, prod: number): number {
    return loc * this.#P + prod;
  }

  #available(loc: number, prod: number): number {
    const index = this.#at(loc, prod);
    return (this.#onHand[index] as number) - (this.#reserved[index] as number);
  }

  /** What sourcing can find for a ship order: available stock at every location that ships to customers. */
  #shippable(prod: number): number {
    let total = 0;
    for (const location of this.#shipping) total += Math.max(0, this.#available(location.index, prod));
    return total;
  }

  #sku(prod: number): string {
    return (this.#products[prod] as DemoProduct).input.sku;
  }

  #prod(sku: string): number {
    return this.#productBySku.get(sku) as number;
  }

  #countOrder(view: OrderView): void {
    const key = `${view.channel}/${view.fulfillment}`;
    this.counts.orders[key] = (this.counts.orders[key] ?? 0) + 1;
    this.counts.ordersByStatus[view.status] = (this.counts.ordersByStatus[view.status] ?? 0) + 1;
  }

  #bumpStatus(from: string, to: string): void {
    this.counts.ordersByStatus[from] = (this.counts.ordersByStatus[from] ?? 0) - 1;
    this.counts.ordersByStatus[to] = (this.counts.ordersByStatus[to] ?? 0) + 1;
  }

  /** The generator's own view of stock, to compare with the ledger's. */
  levels(): Array<{ location: string; sku: string; onHand: number; reserved: number }> {
    const levels = [];
    for (const location of this.#locations) {
      for (let prod = 0; prod < this.#P; prod++) {
        const index = this.#at(location.index, prod);
        const onHand = this.#onHand[index] as number;
        const reserved = this.#reserved[index] as number;
        if (onHand !== 0 || reserved !== 0) levels.push({ location: location.location.code, sku: this.#sku(prod), onHand, reserved });
      }
    }
    return levels;
  }
}

function bump(levels: Int32Array, index: number, delta: number): void {
  levels[index] = (levels[index] as number) + delta;
}

/** The first day on or after `day` that falls on the weekday (0 Sunday … 6 Saturday), a week earlier past the end. */
function nextWeekday(start: number, day: number, weekday: number, days: number): number {
  let candidate = day;
  while (new Date(start + candidate * DAY).getUTCDay() !== weekday) candidate += 1;
  return candidate >= days && candidate - 7 >= 0 ? candidate - 7 : candidate;
}

const FIRST_NAMES = [
  'Emma', 'Daan', 'Julia', 'Sem', 'Mila', 'Lucas', 'Sophie', 'Levi', 'Tess', 'Finn', 'Noor', 'Milan', 'Zoë', 'Jesse', 'Sara', 'Thijs', 'Anna',
  'Bram', 'Eva', 'Ruben', 'Lotte', 'Lars', 'Fleur', 'Thomas', 'Iris', 'Jayden', 'Lisa', 'Mohamed', 'Yara', 'Noah', 'Fatima', 'Sven', 'Femke',
  'Luuk', 'Sanne', 'Max', 'Maud', 'Stijn', 'Roos', 'Niels', 'Amira', 'Tim', 'Hanna', 'Joost', 'Esmée', 'Kevin', 'Lieke', 'Ahmed', 'Vera', 'Koen',
];
const LAST_NAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot',
  'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden',
  'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten',
  'van Beek', 'Willems', 'van Vliet', 'El Amrani', 'Yilmaz', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'Prins', 'Blom', 'Huisman',
];

function makeCustomers(random: Random, count: number): Array<{ email: string; name: string }> {
  const customers: Array<{ email: string; name: string }> = [];
  const taken = new Set<string>();
  while (customers.length < count) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const local = `${first}.${last}`.normalize('NFKD').replace(/[^A-Za-z.]/g, '').toLowerCase();
    let email = `${local}@example.com`;
    for (let n = 2; taken.has(email); n++) email = `${local}${n}@example.com`;
    taken.add(email);
    customers.push({ email, name: `${first} ${last}` });
  }
  return customers;
}
