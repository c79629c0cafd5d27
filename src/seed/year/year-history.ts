// A year of trading, generated in memory and written in bulk: opening stock, till sales and online orders
// with weekly and yearly seasonality and a few promotions, returns with reasons, replenishment transfers
// (some late, some short, some still in transit), cycle counts with variances, till cash sessions, vendors
// with supplier info, reorder rules at every location, and purchase orders through their whole life
// (approved, sent, received late, short or over, billed — some bills held on a mismatch — with freight).
// Every document's rows, stock moves and journal entry are the ones its command writes (see books.ts).
import { orderedId as randomUUID } from './ids.ts';
import { postingForCancellation, postingForOrderPlaced, postingForSale } from '../../modules/accounting/domain/postings-for-orders.ts';
import { postingForBill, postingForLandedCost, postingForReceipt } from '../../modules/accounting/domain/postings-for-purchases.ts';
import { postingForReturn } from '../../modules/accounting/domain/postings-for-returns.ts';
import { postingForStockChange, postingForTransferShortfall } from '../../modules/accounting/domain/postings-for-stock.ts';
import { postingForCashCount, postingForCashFloat } from '../../modules/accounting/domain/postings-for-cash.ts';
import { priceLine } from '../../modules/orders/domain/pricing.ts';
import { billTotals, matchBillLine } from '../../modules/purchasing/domain/three-way-match.ts';
import { allocateLandedCost } from '../../modules/purchasing/domain/landed-cost.ts';
import { capitalizableShare } from '../../modules/inventory/commands/capitalize-cost.ts';
import { reasonCode, returnShare } from '../../modules/returns/domain/return-refund.ts';
import type { DemoProduct, Family } from '../demo-catalogue.ts';
import { CHANNEL_FAMILY, REASONS, RETURN_RATE, STORE_WEEKDAY, WEB_WEEKDAY } from '../history/parameters.ts';
import { type Random, WeightedTable } from '../random.ts';
import type { BookLocation, Books } from './books.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ACTOR = '00000000-0000-0000-0000-000000000000';

export interface YearOptions {
  days: number;
  /** Midnight (UTC) after the last day. */
  end: Date;
  /** Multiplies the orders per day (1: about 170,000 order lines a year). */
  volume: number;
}

export interface YearCounts {
  orders: number;
  orderLines: number;
  openOrders: number;
  cancelled: number;
  returns: number;
  transfers: number;
  transfersInTransit: number;
  counts: number;
  purchaseOrders: number;
  receipts: number;
  bills: number;
  billsOnHold: number;
  landedCosts: number;
  approvedNotSent: number;
  cashSessions: number;
  vendors: number;
  reorderRules: number;
}

export interface YearStore {
  location: BookLocation;
  size: number;
  warehouse: BookLocation;
}

interface SoldLine {
  product: number;
  quantity: number;
  unitPrice: number;
  taxRate: number;
  net: number;
  tax: number;
  cost: number;
}

interface CompletedSale {
  id: string;
  number: string;
  channel: 'store' | 'web' | 'marketplace';
  method: 'cash' | 'card' | 'online';
  at: Date;
  saleLocationId: string | null;
  store: YearStore | undefined;
  lines: SoldLine[];
}

interface OpenShipment {
  id: string;
  number: string;
  channel: 'web' | 'marketplace';
  placedAt: Date;
  shipOn: number;
  cancel: boolean;
  warehouse: BookLocation;
  total: number;
  lines: Array<{ product: number; quantity: number; unitPrice: number; taxRate: number; net: number; tax: number; reservation: import('./books.ts').Reservation; allocationId: string }>;
}

interface OpenTransfer {
  id: string;
  number: string;
  from: BookLocation;
  to: YearStore;
  shippedAt: Date;
  createdAt: Date;
  arriveOn: number;
  short: boolean;
  lines: Array<{ product: number; quantity: number; reservationId: string; value: number }>;
}

interface SupplierInfo {
  vendor: number;
  unitCost: number;
  moq: number;
  multiple: number;
  leadTime: number;
}

interface Vendor {
  id: string;
  code: string;
  name: string;
  leadTime: number;
  reliable: boolean;
  terms: number;
  family: Family;
}

interface OpenPurchase {
  id: string;
  number: string;
  vendor: Vendor;
  warehouse: BookLocation;
  sentAt: Date;
  createdAt: Date;
  expectedAt: Date;
  arriveOn: number;
  lines: Array<{ product: number; quantity: number; unitCost: number; leadTime: number; received: number }>;
}

/** Yearly shape: a summer lull, an autumn build, the December peak, January sales. */
function season(dayOfYear: number): number {
  return 1 + 0.12 * Math.cos(((dayOfYear - 350) / 365) * 2 * Math.PI) + 0.25 * Math.exp(-(((dayOfYear - 352) / 12) ** 2));
}

/** Promotions: a few windows a year with a spike (Black Friday the biggest). */
function promotion(date: Date): number {
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  if (m === 10 && d >= 24 && d <= 30) return 1.9; // Black Friday week
  if (m === 0 && d >= 2 && d <= 12) return 1.45; // January sale
  if (m === 4 && d >= 14 && d <= 18) return 1.35; // spring promotion
  if (m === 7 && d >= 20 && d <= 27) return 1.3; // back to school
  return 1;
}

/** Seasonal goods sell with the weather: coats in winter, swimwear in summer (one curve for the family). */
function familySeason(family: Family, dayOfYear: number): number {
  if (family !== 'seasonal') return 1;
  return 1 + 0.35 * Math.cos(((dayOfYear - 15) / 365) * 2 * Math.PI);
}

function bump(array: Int32Array, index: number, by: number): void {
  array[index] = (array[index] as number) + by;
}

const dayOfYear = (date: Date) => Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY);

export class YearHistory {
  readonly counts: YearCounts = {
    orders: 0, orderLines: 0, openOrders: 0, cancelled: 0, returns: 0, transfers: 0, transfersInTransit: 0, counts: 0,
    purchaseOrders: 0, receipts: 0, bills: 0, billsOnHold: 0, landedCosts: 0, approvedNotSent: 0, cashSessions: 0, vendors: 0, reorderRules: 0,
  };
  readonly #start: number;
  readonly #ranges: number[][] = [];
  readonly #storeTables: Array<WeightedTable<number>> = [];
  readonly #rate: Float64Array;
  readonly #target: Float64Array;
  readonly #returnable: CompletedSale[] = [];
  readonly #shipments: OpenShipment[] = [];
  readonly #transfers: OpenTransfer[] = [];
  readonly #purchases: OpenPurchase[] = [];
  readonly #onOrder: Int32Array;
  readonly #vendors: Vendor[] = [];
  readonly #supplier: SupplierInfo[] = [];
  readonly #webTable: WeightedTable<number>;
  readonly #marketTable: WeightedTable<number>;

  constructor(
    readonly books: Books,
    readonly random: Random,
    readonly products: readonly DemoProduct[],
    readonly stores: readonly YearStore[],
    readonly warehouses: readonly BookLocation[],
    readonly places: { customer: BookLocation; supplier: BookLocation; gain: BookLocation; loss: BookLocation; transit: BookLocation },
    readonly options: YearOptions,
  ) {
    this.#start = options.end.getTime() - options.days * DAY;
    this.#rate = new Float64Array(products.length * books.slots);
    this.#target = new Float64Array(products.length * books.slots);
    this.#onOrder = new Int32Array(products.length * books.slots);
    const weight = (channel: 'web' | 'marketplace') => products.map((p, item) => ({ item, weight: p.weight * CHANNEL_FAMILY[channel][p.family] * (p.hot ? 0.3 : 1) }));
    this.#webTable = new WeightedTable(weight('web'));
    this.#marketTable = new WeightedTable(weight('marketplace'));
  }

  #date(day: number, hour: number, minute = 0): Date {
    return new Date(this.#start + day * DAY + hour * HOUR + minute * 60_000);
  }

  run(): void {
    this.#suppliers();
    this.#opening();
    for (let day = 0; day < this.options.days; day++) this.#day(day);
    this.#finish();
  }

  // ---- set-up: vendors, supplier info, reorder rules, opening stock -------------------------------------------

  #suppliers(): void {
    const r = this.random.fork('vendors');
    const at = new Date(this.#start - DAY + 6 * HOUR).toISOString();
    const names: Array<[Family, string, boolean]> = [
      ['basics', 'Northern Cotton Mills', true], ['basics', 'Porto Knitwear', false],
      ['seasonal', 'Atelier Milano', true], ['seasonal', 'Dhaka Garments Co.', false],
      ['electronics', 'Shenzhen Audio Works', true], ['electronics', 'EuroTech Distribution', true],
      ['home', 'Terra Ceramics', false], ['home', 'Nordic Living Supply', true],
    ];
    for (const [i, [family, name, reliable]] of names.entries()) {
      const vendor: Vendor = {
        id: randomUUID(), code: `V${String(i + 1).padStart(2, '0')}`, name, family, reliable,
        leadTime: family === 'electronics' ? r.int(10, 21) : family === 'seasonal' ? r.int(14, 28) : r.int(5, 12),
        terms: r.pick([14, 30, 30, 45, 60]),
      };
      this.#vendors.push(vendor);
      this.books.rows.vendor.add(vendor.id, vendor.code, name, vendor.terms, vendor.leadTime, `${name.split(' ')[0]} sales desk`,
        `orders@${name.toLowerCase().replace(/[^a-z]+/g, '')}.example`, true, at, at);
    }
    this.counts.vendors = this.#vendors.length;
    for (const [index, product] of this.products.entries()) {
      const candidates = this.#vendors.map((v, i) => [v, i] as const).filter(([v]) => v.family === product.family);
      const [first, second] = r.chance(0.5) ? candidates : [...candidates].reverse();
      for (const [n, pair] of [first, second].entries()) {
        if (!pair || (n === 1 && !r.chance(0.35))) continue;
        const [vendor, vendorIndex] = pair;
        const multiple = product.maxQuantity > 2 ? r.pick([6, 12, 12, 24]) : r.pick([1, 2, 4, 6]);
        const info: SupplierInfo = {
          vendor: vendorIndex,
          unitCost: n === 0 ? product.input.cost : Math.round(product.input.cost * r.between(0.95, 1.08)),
          moq: multiple * r.int(1, 3),
          multiple,
          leadTime: Math.max(2, vendor.leadTime + r.int(-2, 4)),
        };
        if (n === 0) this.#supplier[index] = info;
        const sku = this.products[index]?.input.sku as string;
        this.books.rows.supplier_product.add(vendor.id, this.books.products[index]?.id as string, `${vendor.code}-${sku}`, info.unitCost, info.moq, info.multiple,
          info.leadTime, n === 0, at);
      }
    }
  }

  #opening(): void {
    const r = this.random.fork('opening');
    const at = new Date(this.#start - DAY + 7 * HOUR);
    const ruleAt = new Date(this.#start - DAY + 6.5 * HOUR).toISOString();
    const volume = this.options.volume;
    for (const store of this.stores) {
      const carried: number[] = [];
      for (const [index, product] of this.products.entries()) {
        if (r.chance(Math.min(0.9, 0.12 + 0.5 * store.size * Math.sqrt(product.weight)))) carried.push(index);
      }
      this.#ranges[store.location.slot] = carried;
      const weights = carried.map((index) => (this.products[index] as DemoProduct).weight * CHANNEL_FAMILY.store[(this.products[index] as DemoProduct).family]);
      this.#storeTables[store.location.slot] = new WeightedTable(carried.map((item, i) => ({ item, weight: weights[i] as number })));
      const total = weights.reduce((sum, w) => sum + w, 0);
      const unitsPerDay = 4.2 * volume * store.size * 2.9;
      for (const [i, index] of carried.entries()) {
        const slot = this.books.at(index, store.location);
        this.#rate[slot] = (unitsPerDay * (weights[i] as number)) / total;
        this.#target[slot] = Math.max(5, Math.ceil((this.#rate[slot] as number) * 42));
      }
    }
    const web = this.#webTable.total;
    const market = this.#marketTable.total;
    for (const warehouse of this.warehouses) {
      for (const [index, product] of this.products.entries()) {
        let demand = (22 * volume * 1.5 * (product.weight * CHANNEL_FAMILY.web[product.family])) / web / 2;
        demand += (8 * volume * 1.2 * (product.weight * CHANNEL_FAMILY.marketplace[product.family])) / market / 2;
        for (const store of this.stores) if (store.warehouse === warehouse) demand += this.#rate[this.books.at(index, store.location)] as number;
        const slot = this.books.at(index, warehouse);
        this.#rate[slot] = demand;
        this.#target[slot] = Math.max(6, Math.ceil(demand * 45));
      }
    }
    // Reorder rules at every location: stores from their warehouse, warehouses from the preferred vendor.
    for (const location of [...this.warehouses, ...this.stores.map((s) => s.location)]) {
      const store = this.stores.find((s) => s.location === location);
      const items = store ? (this.#ranges[location.slot] as number[]) : this.products.map((_, i) => i);
      for (const index of items) {
        const slot = this.books.at(index, location);
        const max = Math.max(1, Math.round(this.#target[slot] as number));
        const min = Math.max(0, Math.floor(max / 2));
        const info = this.#supplier[index];
        this.books.rows.reorder_rule.add(randomUUID(), this.books.products[index]?.id as string, location.id, min, max, store ? 1 : (info?.multiple ?? 1),
          'auto', store ? 'transfer' : 'purchase', store ? store.warehouse.id : null, null, true, ruleAt, ruleAt);
        this.counts.reorderRules += 1;
      }
    }
    // One opening adjustment per warehouse and store.
    for (const location of [...this.warehouses, ...this.stores.map((s) => s.location)]) {
      const store = this.stores.find((s) => s.location === location);
      const items = store ? (this.#ranges[location.slot] as number[]) : this.products.map((_, i) => i);
      const lines = items.map((index) => ({ index, delta: Math.max(1, Math.round((this.#target[this.books.at(index, location)] as number) * r.between(0.7, 1.1))) }));
      this.#adjust(location, 'opening', lines, at);
    }
  }

  #adjust(location: BookLocation, reason: string, lines: Array<{ index: number; delta: number }>, at: Date): void {
    if (lines.length === 0) return;
    const id = randomUUID();
    const number = this.books.number('ADJ');
    this.books.rows.inventory_adjustment.add(id, number, location.id, reason, ACTOR, at.toISOString());
    const values = this.books.move(
      lines.map(({ index, delta }) =>
        delta > 0
          ? { product: index, from: this.places.gain, to: location, quantity: delta, inboundValue: (this.books.products[index]?.cost as number) * delta }
          : { product: index, from: location, to: this.places.loss, quantity: -delta },
      ),
      { type: 'adjustment', id },
      at,
    );
    lines.forEach(({ index, delta }, i) => this.books.rows.inventory_adjustment_line.add(id, i + 1, this.books.products[index]?.id as string, delta, values[i] as number));
    this.books.post(
      postingForStockChange({
        kind: 'adjustment', documentId: number, locationId: location.id, opening: reason === 'opening',
        lines: lines.map(({ index, delta }, i) => ({ productId: this.books.products[index]?.id as string, change: delta, value: values[i] as number })),
      }),
      at,
    );
  }

  // ---- a day ----------------------------------------------------------------------------------------------------

  #day(day: number): void {
    const r = this.random.fork(`day ${day}`);
    const date = this.#date(day, 0);
    const weekday = date.getUTCDay();
    const shape = season(dayOfYear(date)) * promotion(date) * (0.92 + (0.16 * day) / Math.max(1, this.options.days));
    // 06:00 warehouse run: online orders of the last days ship, transfers and purchase orders arrive and leave.
    this.#ship(day, this.#date(day, 6));
    this.#arrive(day, this.#date(day, 6, 30));
    this.#receive(day, r, this.#date(day, 7));
    if (weekday === 1) this.#replenish(day, r, this.#date(day, 5));
    if (weekday === 2) this.#purchase(day, r, this.#date(day, 10));
    // Stores: a cash session per store, till sales 09:00–20:00, returns at the counter.
    for (const store of this.stores) this.#trade(day, r, store, shape * (STORE_WEEKDAY[weekday] as number));
    // Online: web and marketplace orders through the day, shipped from the warehouses one or two days later.
    this.#online(day, r, shape * (WEB_WEEKDAY[weekday] as number));
    if (date.getUTCDate() === 15 || (weekday === 3 && day % 28 === 3)) this.#count(day, r, this.#date(day, 20, 30));
    if (weekday === 5) this.#damage(day, r, this.#date(day, 20, 45));
  }

  #trade(day: number, r: Random, store: YearStore, shape: number): void {
    const open = this.#date(day, 8);
    const session = { id: randomUUID(), number: this.books.number('CS'), float: 15_000, cash: 0 };
    this.books.post(postingForCashFloat({ sessionId: session.number, locationId: store.location.id, float: session.float }), open);
    const sales = r.poisson(3.75 * this.options.volume * store.size * shape);
    const table = this.#storeTables[store.location.slot] as WeightedTable<number>;
    for (let i = 0; i < sales; i++) {
      const at = this.#date(day, 9, Math.floor((i + r.next()) * (660 / Math.max(1, sales))));
      const wanted = 1 + Math.min(9, r.poisson(4.1));
      const lines: Array<{ product: number; quantity: number }> = [];
      for (let n = 0; n < wanted; n++) {
        const product = table.draw(r);
        if (lines.some((l) => l.product === product)) continue;
        const p = this.products[product] as DemoProduct;
        const quantity = Math.min(this.books.available(product, store.location), p.maxQuantity > 1 && r.chance(0.3) ? r.int(2, p.maxQuantity) : 1);
        if (quantity > 0) lines.push({ product, quantity });
      }
      if (lines.length === 0) continue;
      const method = r.chance(0.22) ? 'cash' : 'card';
      const sale = this.#tillSale(store, lines, method, at);
      if (method === 'cash') session.cash += sale;
    }
    // Returns at the counter: some earlier sales come back.
    this.#returns(day, r, store);
    const close = this.#date(day, 21, 30);
    const expected = session.float + session.cash - this.#refundedCash.get(store.location.id)!;
    this.#refundedCash.set(store.location.id, 0);
    const counted = r.chance(0.12) ? expected + r.pick([-500, -200, -100, -50, 50, 100]) : expected;
    this.books.rows.cash_session.add(session.id, session.number, store.location.id, 'closed', session.float, open.toISOString(), ACTOR, close.toISOString(), ACTOR,
      expected, Math.max(0, counted), Math.max(0, counted) - expected);
    this.books.post(postingForCashCount({ sessionId: session.number, locationId: store.location.id, expected, counted: Math.max(0, counted) }), close);
    this.counts.cashSessions += 1;
  }

  readonly #refundedCash = new Map<string, number>();

  #priced(product: number, quantity: number): { unitPrice: number; taxRate: number; net: number; tax: number; total: number } {
    const p = this.products[product] as DemoProduct;
    const taxRate = p.input.taxRate ?? 2100;
    const priced = priceLine({ quantity, unitPrice: p.input.price, discount: 0, taxRate });
    return { unitPrice: p.input.price, taxRate, net: priced.net, tax: priced.tax, total: priced.total };
  }

  /** A till sale as completeCarryOut writes it; returns the total paid. */
  #tillSale(store: YearStore, wanted: Array<{ product: number; quantity: number }>, method: 'cash' | 'card', at: Date): number {
    const id = randomUUID();
    const costs = this.books.move(wanted.map((l) => ({ product: l.product, from: store.location, to: this.places.customer, quantity: l.quantity })), { type: 'order', id }, at);
    const number = this.books.number('SO');
    const lines: SoldLine[] = wanted.map((l, i) => ({ ...l, ...this.#priced(l.product, l.quantity), cost: costs[i] as number }));
    const subtotal = lines.reduce((s, l) => s + l.net, 0);
    const tax = lines.reduce((s, l) => s + l.tax, 0);
    const when = at.toISOString();
    const rows = this.books.rows;
    rows.sales_order.add(id, number, 'store', 'carry_out', 'completed', store.location.id, null, null, null, subtotal, 0, tax, subtotal + tax, ACTOR, when, when, null);
    lines.forEach((l, i) => {
      const productId = this.books.products[l.product]?.id as string;
      rows.order_line.add(id, i + 1, productId, l.quantity, l.unitPrice, 0, l.taxRate, l.tax, l.cost);
      rows.order_allocation.add(randomUUID(), id, i + 1, store.location.id, l.quantity, 'fulfilled', null, l.cost, when, when);
    });
    const payment = { method, amount: subtotal + tax, locationId: store.location.id };
    rows.order_payment.add(randomUUID(), id, 'payment', method, subtotal + tax, store.location.id, when);
    rows.order_event.add(id, when, 'placed', JSON.stringify({ channel: 'store', fulfillment: 'carry_out', total: subtotal + tax }));
    rows.order_event.add(id, when, 'completed', JSON.stringify({ at: store.location.code }));
    this.books.post(
      postingForSale({
        orderId: number, channel: 'store', carryOut: true, tenders: [payment], locationIds: [store.location.id],
        lines: lines.map((l) => ({ productId: this.books.products[l.product]?.id as string, net: l.net, tax: l.tax, cost: l.cost })),
      }),
      at,
    );
    this.counts.orders += 1;
    this.counts.orderLines += lines.length;
    this.#returnable.push({ id, number, channel: 'store', method, at, saleLocationId: store.location.id, store, lines });
    return subtotal + tax;
  }

  #online(day: number, r: Random, shape: number): void {
    for (const channel of ['web', 'marketplace'] as const) {
      const orders = r.poisson((channel === 'web' ? 22 : 8) * this.options.volume * shape);
      const table = channel === 'web' ? this.#webTable : this.#marketTable;
      for (let i = 0; i < orders; i++) {
        const at = this.#date(day, 7, Math.floor((i + r.next()) * (16 * 60 / Math.max(1, orders))));
        const wanted = channel === 'marketplace' ? 1 + (r.chance(0.2) ? 1 : 0) : 1 + Math.min(4, r.poisson(1.3));
        // Sourcing: the warehouse that holds every line (North first), else the order is not taken (no backorders here).
        const products: number[] = [];
        for (let n = 0; n < wanted; n++) {
          const product = table.draw(r);
          if (!products.includes(product)) products.push(product);
        }
        const warehouse = this.warehouses.find((w) => products.every((p) => this.books.available(p, w) >= 1));
        if (!warehouse) continue;
        this.#placeShipment(day, r, channel, warehouse, products.map((product) => ({ product, quantity: 1 })), at);
      }
    }
  }

  #placeShipment(day: number, r: Random, channel: 'web' | 'marketplace', warehouse: BookLocation, wanted: Array<{ product: number; quantity: number }>, at: Date): void {
    const id = randomUUID();
    const number = this.books.number('SO');
    const when = at.toISOString();
    const lines = wanted.map((l) => ({
      ...l, ...this.#priced(l.product, l.quantity),
      reservation: this.books.reserve(l.product, warehouse, l.quantity, { type: 'order', id }, at),
      allocationId: randomUUID(),
    }));
    const subtotal = lines.reduce((s, l) => s + l.net, 0);
    const tax = lines.reduce((s, l) => s + l.tax, 0);
    const total = subtotal + tax;
    const rows = this.books.rows;
    const customer = r.int(1, 40_000);
    const shipment: OpenShipment = { id, number, channel, placedAt: at, shipOn: day + (r.chance(0.6) ? 1 : 2), cancel: r.chance(0.03), warehouse, total, lines };
    (shipment as OpenShipment & { customer: number }).customer = customer;
    rows.order_payment.add(randomUUID(), id, 'payment', 'online', total, null, when);
    rows.order_event.add(id, when, 'placed', JSON.stringify({ channel, fulfillment: 'ship', total }));
    rows.order_event.add(id, when, 'reserved', JSON.stringify({}));
    this.books.post(postingForOrderPlaced({ orderId: number, channel, fulfillment: 'ship', locationId: null, total, payment: { method: 'online', amount: total, locationId: null } }), at);
    this.#shipments.push(shipment);
  }

  /** Ships (fulfils) the online orders due today, or cancels the few the customer called off. */
  #ship(day: number, at: Date): void {
    const due = this.#shipments.filter((s) => s.shipOn <= day);
    if (due.length === 0) return;
    const waiting = this.#shipments.filter((s) => s.shipOn > day);
    this.#shipments.length = 0;
    this.#shipments.push(...waiting);
    for (const [i, s] of due.entries()) this.#closeShipment(s, new Date(at.getTime() + i * 1000), s.cancel ? 'cancelled' : 'completed');
  }

  #closeShipment(s: OpenShipment, at: Date, outcome: 'cancelled' | 'completed' | 'open'): void {
    const rows = this.books.rows;
    const when = at.toISOString();
    const placed = s.placedAt.toISOString();
    const customer = (s as OpenShipment & { customer: number }).customer;
    const subtotal = s.lines.reduce((sum, l) => sum + l.net, 0);
    const tax = s.lines.reduce((sum, l) => sum + l.tax, 0);
    let costs: number[] = [];
    if (outcome === 'completed') {
      costs = this.books.move(s.lines.map((l) => ({ product: l.product, from: s.warehouse, to: this.places.customer, quantity: l.quantity, reservation: true })), { type: 'order', id: s.id }, at);
    }
    if (outcome === 'cancelled') for (const l of s.lines) bump(this.books.reserved, this.books.at(l.product, s.warehouse), -l.quantity);
    const status = outcome === 'open' ? 'reserved' : outcome;
    rows.sales_order.add(s.id, s.number, s.channel, 'ship', status, null, null, `customer${customer}@example.com`, `Customer ${customer}`, subtotal, 0, tax, s.total, ACTOR, placed,
      outcome === 'completed' ? when : null, outcome === 'cancelled' ? when : null);
    s.lines.forEach((l, i) => {
      const productId = this.books.products[l.product]?.id as string;
      rows.order_line.add(s.id, i + 1, productId, l.quantity, l.unitPrice, 0, l.taxRate, l.tax, outcome === 'completed' ? (costs[i] as number) : null);
      const allocationStatus = outcome === 'completed' ? 'fulfilled' : outcome === 'cancelled' ? 'released' : 'reserved';
      rows.order_allocation.add(l.allocationId, s.id, i + 1, s.warehouse.id, l.quantity, allocationStatus, l.reservation.id, outcome === 'completed' ? (costs[i] as number) : null, placed,
        outcome === 'completed' ? when : null);
      this.books.closeReservation(l.reservation, outcome === 'completed' ? 'consumed' : outcome === 'cancelled' ? 'released' : 'active', outcome === 'open' ? null : at);
    });
    this.counts.orders += 1;
    this.counts.orderLines += s.lines.length;
    if (outcome === 'open') {
      this.counts.openOrders += 1;
      return;
    }
    if (outcome === 'cancelled') {
      rows.order_event.add(s.id, when, 'cancelled', JSON.stringify({}));
      rows.order_payment.add(randomUUID(), s.id, 'refund', 'online', s.total, null, when);
      this.books.post(postingForCancellation({ orderId: s.number, refund: { method: 'online', amount: s.total, locationId: null } }), at);
      this.counts.cancelled += 1;
      return;
    }
    rows.order_event.add(s.id, when, 'completed', JSON.stringify({ fulfillment: 'ship' }));
    const lines: SoldLine[] = s.lines.map((l, i) => ({ product: l.product, quantity: l.quantity, unitPrice: l.unitPrice, taxRate: l.taxRate, net: l.net, tax: l.tax, cost: costs[i] as number }));
    this.books.post(
      postingForSale({
        orderId: s.number, channel: s.channel, carryOut: false, tenders: [{ method: 'online', amount: s.total, locationId: null }], locationIds: [s.warehouse.id],
        lines: lines.map((l) => ({ productId: this.books.products[l.product]?.id as string, net: l.net, tax: l.tax, cost: l.cost })),
      }),
      at,
    );
    this.#returnable.push({ id: s.id, number: s.number, channel: s.channel, method: 'online', at, saleLocationId: s.warehouse.id, store: undefined, lines });
  }

  // ---- returns ----------------------------------------------------------------------------------------------

  #returns(day: number, r: Random, store: YearStore): void {
    if (!this.#refundedCash.has(store.location.id)) this.#refundedCash.set(store.location.id, 0);
    const expected = 0.9 * store.size * this.options.volume;
    const count = r.poisson(expected);
    for (let n = 0; n < count && this.#returnable.length > 0; n++) {
      // A sale of the last five weeks, at this store or online (web orders come back at a store).
      const pick = this.#returnable[this.#returnable.length - 1 - Math.min(this.#returnable.length - 1, Math.floor(r.next() * Math.min(this.#returnable.length, 40 * this.stores.length)))] as CompletedSale;
      if (pick.store && pick.store !== store && !r.chance(0.15)) continue;
      if (pick.at.getTime() > this.#date(day, 9).getTime() - HOUR || (pick as CompletedSale & { returned?: boolean }).returned) continue;
      const line = r.pick(pick.lines);
      const p = this.products[line.product] as DemoProduct;
      if (!r.chance(RETURN_RATE[p.family] * 4)) continue;
      (pick as CompletedSale & { returned?: boolean }).returned = true;
      const lineNo = pick.lines.indexOf(line) + 1;
      const quantity = line.quantity > 1 && r.chance(0.5) ? r.int(1, line.quantity) : line.quantity;
      const reasons = REASONS[p.family];
      const reason = reasons[r.weighted(reasons.map(([, w]) => w))]?.[0] as string;
      const disposition = reason === 'damaged' && r.chance(0.8) ? 'scrap' : 'restock';
      const at = this.#date(day, 10, r.int(0, 540));
      this.#acceptReturn(pick, lineNo, line, quantity, reason, disposition, store, at);
    }
  }

  #acceptReturn(sale: CompletedSale, lineNo: number, line: SoldLine, quantity: number, reason: string, disposition: 'restock' | 'scrap', store: YearStore, at: Date): void {
    const id = randomUUID();
    const number = this.books.number('RET');
    const share = returnShare({ quantity: line.quantity, net: line.net, tax: line.tax, cost: line.cost }, quantity, 0);
    const refund = { method: sale.method, amount: share.net + share.tax, locationId: sale.method === 'cash' ? store.location.id : null };
    const when = at.toISOString();
    const rows = this.books.rows;
    const productId = this.books.products[line.product]?.id as string;
    rows.return_document.add(id, number, sale.id, store.location.id, refund.amount, refund.method, ACTOR, when);
    if (disposition === 'restock') this.books.move([{ product: line.product, from: this.places.customer, to: store.location, quantity, inboundValue: share.cost }], { type: 'return', id }, at);
    rows.return_line.add(id, 1, sale.id, lineNo, productId, quantity, reasonCode(reason), reason, disposition, share.net, share.tax, share.cost);
    rows.order_payment.add(randomUUID(), sale.id, 'refund', refund.method, refund.amount, refund.locationId, when);
    rows.order_event.add(sale.id, when, 'returned', JSON.stringify({ return: number, location: store.location.code, refund: refund.amount }));
    this.books.post(
      postingForReturn({
        returnId: number, orderId: sale.number, locationId: store.location.id, refund,
        lines: [{ productId, disposition, net: share.net, tax: share.tax, cost: share.cost }],
        sale: { channel: sale.channel, locationId: sale.saleLocationId },
      }),
      at,
    );
    if (refund.method === 'cash') this.#refundedCash.set(store.location.id, (this.#refundedCash.get(store.location.id) ?? 0) + refund.amount);
    this.counts.returns += 1;
  }

  // ---- transfers: twice a week each store is topped up from its warehouse -----------------------------------

  #replenish(day: number, r: Random, at: Date): void {
    for (const [n, store] of this.stores.entries()) {
      const lines: Array<{ product: number; quantity: number }> = [];
      for (const product of this.#ranges[store.location.slot] as number[]) {
        const slot = this.books.at(product, store.location);
        const target = this.#target[slot] as number;
        const position = (this.books.onHand[slot] as number) + (this.#onOrder[slot] as number);
        if (position > target / 3) continue;
        const quantity = Math.min(Math.round(target - position), this.books.available(product, store.warehouse) - 2);
        if (quantity > 0) lines.push({ product, quantity });
      }
      if (lines.length === 0) continue;
      const created = new Date(at.getTime() + n * 60_000);
      const shipped = new Date(created.getTime() + HOUR);
      const id = randomUUID();
      const number = this.books.number('TRF');
      const reservations = lines.map((l) => this.books.reserve(l.product, store.warehouse, l.quantity, { type: 'transfer', id }, created));
      const values = this.books.move(lines.map((l) => ({ product: l.product, from: store.warehouse, to: this.places.transit, quantity: l.quantity, reservation: true })), { type: 'transfer', id }, shipped);
      for (const reservation of reservations) this.books.closeReservation(reservation, 'consumed', shipped);
      for (const l of lines) bump(this.#onOrder, this.books.at(l.product, store.location), l.quantity);
      const south = store.warehouse !== this.warehouses[0];
      // Now and then a van is days late; in the last fortnight one in six has not arrived at all (overdue at "now").
      const late = day >= this.options.days - 14 && r.chance(0.16) ? this.options.days : r.chance(0.06) ? r.int(2, 4) : 0;
      this.#transfers.push({
        id, number, from: store.warehouse, to: store, createdAt: created, shippedAt: shipped, arriveOn: day + (south ? 2 : 1) + late, short: r.chance(0.05),
        lines: lines.map((l, i) => ({ ...l, reservationId: (reservations[i] as { id: string }).id, value: values[i] as number })),
      });
    }
  }

  #arrive(day: number, at: Date): void {
    const due = this.#transfers.filter((t) => t.arriveOn <= day);
    if (due.length === 0) return;
    const waiting = this.#transfers.filter((t) => t.arriveOn > day);
    this.#transfers.length = 0;
    this.#transfers.push(...waiting);
    for (const [i, t] of due.entries()) this.#closeTransfer(t, new Date(at.getTime() + i * 30_000), true);
  }

  #closeTransfer(t: OpenTransfer, at: Date, received: boolean): void {
    const rows = this.books.rows;
    const when = at.toISOString();
    const outcome = t.lines.map((l, i) => {
      const got = received ? (t.short && i === 0 ? l.quantity - 1 : l.quantity) : null;
      return { ...l, received: got, missing: got === null ? 0 : l.quantity - got };
    });
    if (received) {
      const arrivals = outcome.filter((o) => (o.received as number) > 0).map((o) => ({ product: o.product, from: this.places.transit, to: t.to.location, quantity: o.received as number }));
      const losses = outcome.filter((o) => o.missing > 0);
      const values = this.books.move([...arrivals, ...losses.map((o) => ({ product: o.product, from: this.places.transit, to: this.places.loss, quantity: o.missing }))], { type: 'transfer', id: t.id }, at);
      const shortfall = losses.map((o, i) => ({ productId: this.books.products[o.product]?.id as string, quantity: o.missing, value: values[arrivals.length + i] as number }));
      if (shortfall.length > 0) this.books.post(postingForTransferShortfall({ transferId: t.number, transitLocationId: this.places.transit.id, shortfall }), at);
    }
    for (const l of t.lines) bump(this.#onOrder, this.books.at(l.product, t.to.location), -l.quantity);
    rows.transfer.add(t.id, t.number, t.from.id, t.to.location.id, received ? 'received' : 'in_transit', ACTOR, null, t.createdAt.toISOString(), t.createdAt.toISOString(),
      t.shippedAt.toISOString(), received ? when : null, received ? when : null);
    outcome.forEach((o, i) => rows.transfer_line.add(t.id, i + 1, this.books.products[o.product]?.id as string, o.quantity, o.reservationId, o.value, o.received));
    this.counts.transfers += 1;
    if (!received) this.counts.transfersInTransit += 1;
  }

  // ---- purchasing: every Tuesday each warehouse orders what fell below its reorder point ----------------------

  #purchase(day: number, r: Random, at: Date): void {
    for (const warehouse of this.warehouses) {
      const byVendor = new Map<number, Array<{ product: number; quantity: number; info: SupplierInfo }>>();
      for (const [product] of this.products.entries()) {
        const info = this.#supplier[product];
        if (!info) continue;
        const slot = this.books.at(product, warehouse);
        const target = this.#target[slot] as number;
        const position = (this.books.onHand[slot] as number) + (this.#onOrder[slot] as number);
        if (position > target * 0.55) continue;
        let quantity = Math.max(info.moq, Math.ceil((target * 1.2 - position) / info.multiple) * info.multiple);
        quantity = Math.ceil(quantity / info.multiple) * info.multiple;
        byVendor.set(info.vendor, [...(byVendor.get(info.vendor) ?? []), { product, quantity, info }]);
      }
      for (const [vendorIndex, lines] of byVendor) {
        const vendor = this.#vendors[vendorIndex] as Vendor;
        const created = new Date(at.getTime() + vendorIndex * 120_000 + (warehouse === this.warehouses[0] ? 0 : HOUR));
        const sent = new Date(created.getTime() + 2 * HOUR);
        const leadTime = Math.max(...lines.map((l) => l.info.leadTime));
        const delay = vendor.reliable ? (r.chance(0.1) ? 1 : 0) : r.chance(0.45) ? r.int(2, 9) : 0;
        const id = randomUUID();
        const number = this.books.number('PO');
        for (const l of lines) bump(this.#onOrder, this.books.at(l.product, warehouse), l.quantity);
        this.#purchases.push({
          id, number, vendor, warehouse, createdAt: created, sentAt: sent, expectedAt: new Date(sent.getTime() + leadTime * DAY), arriveOn: day + leadTime + delay,
          lines: lines.map((l) => ({ product: l.product, quantity: l.quantity, unitCost: l.info.unitCost, leadTime: l.info.leadTime, received: 0 })),
        });
        this.counts.purchaseOrders += 1;
      }
    }
  }

  /** Purchase orders arriving today: received (in full, short or over), billed a few days later. */
  #receive(day: number, r: Random, at: Date): void {
    const due = this.#purchases.filter((p) => p.arriveOn <= day);
    if (due.length === 0) return;
    const waiting = this.#purchases.filter((p) => p.arriveOn > day);
    this.#purchases.length = 0;
    this.#purchases.push(...waiting);
    for (const [i, po] of due.entries()) {
      const when = new Date(at.getTime() + i * 60_000);
      const unreliable = !po.vendor.reliable;
      for (const l of po.lines) {
        const roll = r.next();
        l.received = unreliable && roll < 0.15 ? Math.max(1, l.quantity - r.int(1, Math.max(1, Math.floor(l.quantity / 3)))) : unreliable && roll < 0.2 ? l.quantity + Math.max(1, Math.floor(l.quantity * 0.04)) : l.quantity;
        l.received = Math.min(l.received, Math.floor((l.quantity * 10_500) / 10_000));
        bump(this.#onOrder, this.books.at(l.product, po.warehouse), -l.quantity);
      }
      const receiptId = randomUUID();
      const receiptNumber = this.books.number('RCP');
      const received = po.lines.map((l, index) => ({ ...l, lineNo: index + 1, value: l.received * l.unitCost }));
      const value = received.reduce((sum, l) => sum + l.value, 0);
      this.books.rows.receipt.add(receiptId, receiptNumber, po.id, po.warehouse.id, value, ACTOR, when.toISOString());
      this.books.move(received.map((l) => ({ product: l.product, from: this.places.supplier, to: po.warehouse, quantity: l.received, inboundValue: l.value })), { type: 'receipt', id: receiptId }, when);
      this.books.post(postingForReceipt({ receiptId: receiptNumber, locationId: po.warehouse.id, lines: received.map((l) => ({ productId: this.books.products[l.product]?.id as string, value: l.value })) }), when);
      // Freight on a third of the receipts from abroad-ish vendors, entered half a minute after the goods.
      const landed = r.chance(po.vendor.family === 'basics' ? 0.15 : 0.35) ? this.#landedCost(po, receiptId, received, r, new Date(when.getTime() + 30_000)) : undefined;
      received.forEach((l, index) => this.books.rows.receipt_line.add(receiptId, index + 1, l.lineNo, this.books.products[l.product]?.id as string, l.received, l.unitCost, l.value, landed?.[index] ?? 0));
      this.counts.receipts += 1;
      const complete = received.every((l) => l.received >= l.quantity);
      // The bill: two to five days later, unless the receipt is too recent.
      const billOn = day + r.int(2, 5);
      const billAt = new Date(this.#date(billOn, 14).getTime() + i * 60_000);
      const billed = billOn < this.options.days;
      let status = complete ? 'received' : 'partially_received';
      let billedAt: Date | null = null;
      if (billed) {
        const mismatch = r.chance(unreliable ? 0.18 : 0.04);
        const bill = this.#bill(po, received, mismatch, billAt);
        if (bill === 'posted' && complete) {
          status = 'billed';
          billedAt = billAt;
        }
      }
      this.#writePurchase(po, status, received, when, billedAt);
    }
  }

  /** A freight landed cost on one receipt, as postLandedCost posts it; returns each receipt line's share. */
  #landedCost(po: OpenPurchase, receiptId: string, lines: Array<{ product: number; received: number; value: number }>, r: Random, at: Date): number[] {
    const amount = Math.max(1000, Math.round(lines.reduce((sum, l) => sum + l.value, 0) * r.between(0.02, 0.05)));
    const allocated = allocateLandedCost(amount, lines.map((l) => ({ quantity: l.received, value: l.value })), 'value');
    const id = randomUUID();
    const number = this.books.number('LC');
    // One line per product (a purchase order names a product once): the cost is capitalized for the units still held.
    const results = lines.map((l, index) => {
      const value = allocated[index] as number;
      const capitalized = value > 0 ? capitalizableShare(value, l.received, this.books.valueQuantity[l.product] as number) : 0;
      this.books.value[l.product] = (this.books.value[l.product] as number) + capitalized;
      return { productId: this.books.products[l.product]?.id as string, value, capitalized, expensed: value - capitalized };
    });
    const capitalized = results.reduce((sum, x) => sum + x.capitalized, 0);
    this.books.rows.landed_cost.add(id, number, 'freight', 'value', amount, capitalized, amount - capitalized, po.vendor.id, `FRT-${po.number.slice(3)}`, ACTOR, at.toISOString());
    results.forEach((x, index) => this.books.rows.landed_cost_line.add(id, index + 1, receiptId, index + 1, x.productId, x.value, x.capitalized, x.expensed));
    this.books.post(postingForLandedCost({ landedCostId: number, amount, lines: results.filter((x) => x.value > 0).map(({ productId, capitalized: c, expensed }) => ({ productId, capitalized: c, expensed })) }), at);
    this.counts.landedCosts += 1;
    return allocated;
  }

  #bill(po: OpenPurchase, lines: Array<{ product: number; quantity: number; unitCost: number; received: number; lineNo: number }>, mismatch: boolean, at: Date): 'posted' | 'on_hold' {
    const rows = this.books.rows;
    const id = randomUUID();
    const number = this.books.number('BILL');
    const matched = lines.map((l, index) => {
      // A mismatched bill charges the first line dearer than ordered (beyond the 2 % tolerance).
      const unitCost = mismatch && index === 0 ? Math.round(l.unitCost * 1.06) + 1 : l.unitCost;
      const facts = { ordered: l.quantity, received: l.received, billedBefore: 0, orderUnitCost: l.unitCost };
      return { l, unitCost, facts, match: matchBillLine({ ...facts, quantity: l.received, unitCost }, { quantity: 0, price: 200 }) };
    });
    const totals = billTotals(matched.map((m) => m.match));
    const held = matched.some((m) => m.match.exceptions.length > 0);
    const when = at.toISOString();
    const due = new Date(at.getTime() + po.vendor.terms * DAY).toISOString();
    rows.vendor_bill.add(id, number, po.vendor.id, po.id, `INV-${po.vendor.code}-${po.number.slice(3)}`, held ? 'on_hold' : 'posted', totals.subtotal, 0, totals.subtotal,
      held ? 0 : totals.receivedValue, held ? 0 : totals.priceVariance, due, ACTOR, when, held ? null : when);
    matched.forEach((m, index) => {
      rows.vendor_bill_line.add(id, index + 1, m.l.lineNo, this.books.products[m.l.product]?.id as string, m.l.received, m.unitCost, m.match.amount, m.facts.ordered, m.facts.received,
        0, m.facts.orderUnitCost, m.match.receivedValue);
      for (const e of m.match.exceptions) rows.vendor_bill_exception.add(id, index + 1, e.kind, e.expected, e.actual, 'open', when);
    });
    this.counts.bills += 1;
    if (held) {
      this.counts.billsOnHold += 1;
      return 'on_hold';
    }
    for (const l of lines) (l as { billed?: number }).billed = l.received;
    this.books.post(postingForBill({ billId: number, locationId: po.warehouse.id, receivedValue: totals.receivedValue, priceVariance: totals.priceVariance, tax: 0, total: totals.subtotal }), at);
    return 'posted';
  }

  #writePurchase(po: OpenPurchase, status: string, lines: Array<{ product: number; quantity: number; unitCost: number; leadTime: number; received: number }> | null, receivedAt: Date | null, billedAt: Date | null): void {
    const rows = this.books.rows;
    const total = po.lines.reduce((sum, l) => sum + l.quantity * l.unitCost, 0);
    const sent = status === 'approved' ? null : po.sentAt.toISOString();
    // The promised date: order date (sent, else created) + lead time.
    const ordered = status === 'approved' ? po.createdAt : po.sentAt;
    const expectedAt = status === 'approved' ? new Date(ordered.getTime() + (po.expectedAt.getTime() - po.sentAt.getTime())) : po.expectedAt;
    rows.purchase_order.add(po.id, po.number, po.vendor.id, po.warehouse.id, status, 'manual', total, null, expectedAt.toISOString(), ACTOR, po.createdAt.toISOString(),
      po.createdAt.toISOString(), po.createdAt.toISOString(), sent, status === 'received' || status === 'billed' ? receivedAt?.toISOString() ?? null : null, billedAt?.toISOString() ?? null, null);
    po.lines.forEach((l, index) => {
      const received = lines ? l.received : 0;
      const billed = (l as { billed?: number }).billed ?? 0;
      rows.purchase_order_line.add(po.id, index + 1, this.books.products[l.product]?.id as string, l.quantity, l.unitCost, l.leadTime,
        new Date(ordered.getTime() + l.leadTime * DAY).toISOString(), received, billed, received > 0 ? (receivedAt?.toISOString() ?? null) : null,
        received >= l.quantity ? (receivedAt?.toISOString() ?? null) : null);
    });
  }

  // ---- counts and damage --------------------------------------------------------------------------------------

  #count(day: number, r: Random, at: Date): void {
    const locations = [r.pick(this.warehouses), ...[0, 1, 2].map(() => (r.pick(this.stores) as YearStore).location)];
    for (const [n, location] of [...new Set(locations)].entries()) {
      const store = this.stores.find((s) => s.location === location);
      const items = store ? (this.#ranges[location.slot] as number[]) : this.products.map((_, i) => i);
      const chosen = [...new Set(Array.from({ length: 40 }, () => r.pick(items)))];
      const when = new Date(at.getTime() + n * 60_000);
      const id = randomUUID();
      const number = this.books.number('CNT');
      this.books.rows.inventory_count.add(id, number, location.id, ACTOR, when.toISOString());
      const counted = chosen.map((product) => {
        const slot = this.books.at(product, location);
        const onHand = this.books.onHand[slot] as number;
        const reserved = this.books.reserved[slot] as number;
        const variance = r.chance(0.15) ? r.pick([-2, -1, -1, -1, 1]) : 0;
        return { product, onHand, counted: Math.max(reserved, onHand + variance) };
      });
      const changes = counted.filter((c) => c.counted !== c.onHand);
      const moved = this.books.move(
        changes.map((c) =>
          c.counted > c.onHand
            ? { product: c.product, from: this.places.gain, to: location, quantity: c.counted - c.onHand, inboundValue: (this.books.products[c.product]?.cost as number) * (c.counted - c.onHand) }
            : { product: c.product, from: location, to: this.places.loss, quantity: c.onHand - c.counted },
        ),
        { type: 'count', id },
        when,
      );
      const valueOf = new Map(changes.map((c, i) => [c.product, moved[i] as number]));
      counted.forEach((c, i) => this.books.rows.inventory_count_line.add(id, i + 1, this.books.products[c.product]?.id as string, c.counted, c.onHand, valueOf.get(c.product) ?? 0));
      this.books.post(
        postingForStockChange({
          kind: 'count', documentId: number, locationId: location.id,
          lines: counted.map((c) => ({ productId: this.books.products[c.product]?.id as string, change: c.counted - c.onHand, value: valueOf.get(c.product) ?? 0 })),
        }),
        when,
      );
      this.counts.counts += 1;
    }
  }

  #damage(day: number, r: Random, at: Date): void {
    for (const [n, store] of [r.pick(this.stores), r.pick(this.stores)].entries()) {
      const items = (this.#ranges[(store as YearStore).location.slot] as number[]).filter((p) => this.books.available(p, (store as YearStore).location) > 0);
      if (items.length === 0) continue;
      this.#adjust((store as YearStore).location, 'damaged', [{ index: r.pick(items), delta: -1 }], new Date(at.getTime() + n * 60_000));
    }
  }

  // ---- the end: what is still open at "now" ------------------------------------------------------------------

  #finish(): void {
    const now = new Date(this.options.end.getTime() - 60_000);
    for (const s of this.#shipments) this.#closeShipment(s, now, 'open');
    for (const t of this.#transfers) this.#closeTransfer(t, now, false);
    for (const po of this.#purchases) {
      // Those ordered in the last four days are approved but not yet sent to the vendor.
      const fresh = po.createdAt.getTime() > this.options.end.getTime() - 4 * DAY;
      if (fresh) this.counts.approvedNotSent += 1;
      this.#writePurchase(po, fresh ? 'approved' : 'sent', null, null, null);
    }
  }
}
