// The KPIs under a random concurrent workload over several days: every available KPI, for two periods and every
// cut, must equal an independent model built only from what the API answered (orders, fulfilments, returns,
// adjustments, counts, transfers, and the stock levels read at the end of each day).
// A failure prints the seed: SIM_SEED=<seed> npx vitest run tests/api/kpis-workload.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Random, seededRandom, seedFromEnvironment } from '../support/random.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const DAYS = ['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06'];
const OPS_PER_DAY = Number(process.env.SIM_OPS ?? 40);
const WORKERS = 4;
const PRODUCTS = [
  { sku: 'KW-1', category: 'tops', cost: 300, price: 1000 },
  { sku: 'KW-2', category: 'tops', cost: 450, price: 999 },
  { sku: 'KW-3', category: 'shoes', cost: 1200, price: 2500 },
  { sku: 'KW-4', category: 'shoes', cost: 700, price: 1750 },
];
const STORES = ['KS1', 'KS2'];
const LOCATIONS = ['KW1', ...STORES];
const CUSTOMER = '@customer';
const costOf = new Map(PRODUCTS.map((p) => [p.sku, p.cost]));
const familyOf = new Map(PRODUCTS.map((p) => [p.sku, p.category]));

/** One contribution of the model: a day, a location code, a SKU (or none), a channel (or none) and named measures. */
interface Entry {
  day: string;
  location: string;
  sku: string | null;
  channel: string | null;
  m: Record<string, number>;
}

interface Sold {
  id: string;
  channel: string;
  day: string;
  lines: Array<{ sku: string; quantity: number; net: number; returned: number; soldFrom: string }>;
}

const seed = seedFromEnvironment();
let t: TestApp;
let today = DAYS[0] as string;
const clock = { now: () => new Date(`${today}T10:00:00Z`) };
const entries: Entry[] = [];
/** on hand per `${location}|${sku}` at the end of each day (key 'opening' = before the first day). */
const levels = new Map<string, Map<string, number>>();
let locationIds = new Map<string, string>();

const add = (day: string, location: string, sku: string | null, channel: string | null, m: Record<string, number>) => entries.push({ day, location, sku, channel, m });

async function snapshot(key: string) {
  const response = await t.get('/api/v1/inventory/levels?limit=500');
  expect(response.status).toBe(200);
  const map = new Map<string, number>();
  for (const item of response.body.items) if (LOCATIONS.includes(item.location)) map.set(`${item.location}|${item.sku}`, item.onHand);
  levels.set(key, map);
}

/** Shares a line's net over its locations like the contract's facts: by location id order, cumulative floors. */
function splitNet(net: number, quantity: number, parts: Array<{ location: string; quantity: number }>) {
  const byLocation = new Map<string, number>();
  for (const part of parts) byLocation.set(part.location, (byLocation.get(part.location) ?? 0) + part.quantity);
  let cumulative = 0;
  return [...byLocation.entries()]
    .sort(([a], [b]) => ((locationIds.get(a) as string) < (locationIds.get(b) as string) ? -1 : 1))
    .map(([location, units]) => {
      const before = Math.floor((net * cumulative) / quantity);
      cumulative += units;
      return { location, units, net: Math.floor((net * cumulative) / quantity) - before };
    });
}

function recordSale(order: any, placedDay: string): Sold {
  const lines = order.lines.map((line: any) => {
    const net = line.quantity * line.unitPrice - line.discount;
    const parts = order.allocations.filter((a: any) => a.sku === line.sku).map((a: any) => ({ location: a.location, quantity: a.quantity }));
    const shares = splitNet(net, line.quantity, parts);
    for (const share of shares) add(today, share.location, line.sku, order.channel, { sold: share.units, net: share.net, cogs: share.units * (costOf.get(line.sku) as number) });
    const soldFrom = shares.map((s) => s.location).sort((a, b) => ((locationIds.get(a) as string) < (locationIds.get(b) as string) ? -1 : 1))[0] as string;
    return { sku: line.sku, quantity: line.quantity, net, returned: 0, soldFrom };
  });
  const home = order.fulfillment === 'carry_out' ? order.allocations[0].location : (order.home as string);
  add(placedDay, home, null, order.channel, { filled: order.lines.length });
  const lineCount = order.lines.length;
  add(today, home, null, order.channel, { leadLines: lineCount, leadSeconds: lineCount * 86_400 * ((Date.parse(today) - Date.parse(placedDay)) / 86_400_000) });
  return { id: order.id, channel: order.channel, day: today, lines };
}

interface World {
  open: Array<{ id: string; day: string; home: string }>;
  sold: Sold[];
}

const take = <T>(r: Random, list: T[]) => (list.length > 0 ? list.splice(r.int(0, list.length - 1), 1)[0] : undefined);
const someLines = (r: Random) => [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(PRODUCTS).sku))].map((sku) => ({ sku, quantity: r.int(1, 3) }));

type Step = (r: Random, w: World) => Promise<void>;

const STEPS: Array<[number, Step]> = [
  [10, async (r, w) => {
    const response = await t.post('/api/v1/orders', { channel: 'store', location: r.pick(STORES), fulfillment: 'carry_out', lines: someLines(r) });
    if (response.status !== 201) return;
    add(today, response.body.allocations[0].location, null, 'store', { placed: response.body.lines.length });
    w.sold.push(recordSale(response.body, today));
  }],
  [6, async (r, w) => {
    const fulfillment = r.pick(['ship', 'pickup']);
    const store = r.pick(STORES);
    const body = fulfillment === 'ship' ? { channel: r.pick(['web', 'marketplace']), fulfillment, location: store, lines: someLines(r) } : { channel: 'web', fulfillment, pickupLocation: store, lines: someLines(r) };
    const response = await t.post('/api/v1/orders', body);
    if (response.status !== 201) return;
    add(today, store, null, body.channel, { placed: response.body.lines.length });
    w.open.push({ id: response.body.id, day: today, home: store });
  }],
  [6, async (r, w) => {
    const order = take(r, w.open);
    if (!order) return;
    const response = await t.post(`/api/v1/orders/${order.id}/fulfill`);
    if (response.status === 200) w.sold.push(recordSale({ ...response.body, home: order.home }, order.day));
    else w.open.push(order);
  }],
  [2, async (r, w) => {
    const order = take(r, w.open);
    if (!order) return;
    const response = await t.post(`/api/v1/orders/${order.id}/cancel`);
    if (response.status !== 200) w.open.push(order);
  }],
  [5, async (r, w) => {
    const sale = w.sold.length > 0 ? r.pick(w.sold) : undefined;
    const line = sale ? r.pick(sale.lines) : undefined;
    if (!sale || !line || line.returned >= line.quantity) return;
    const quantity = r.int(1, line.quantity - line.returned);
    line.returned += quantity; // claimed before the await, so concurrent steps never over-return in the model
    const location = r.pick(LOCATIONS);
    const disposition = r.pick(['restock', 'scrap']);
    const response = await t.post('/api/v1/returns', { order: sale.id, location, lines: [{ sku: line.sku, quantity, reason: 'workload', disposition }] });
    if (response.status !== 201) {
      line.returned -= quantity;
      return;
    }
    const cogs = quantity * (costOf.get(line.sku) as number);
    add(today, location, line.sku, sale.channel, { returned: quantity, returnsValue: response.body.refund.amount, returnsCogs: cogs, ...(disposition === 'scrap' ? { loss: cogs } : { arrived: quantity }) });
    add(sale.day, line.soldFrom, line.sku, sale.channel, { returnedOfSold: quantity });
  }],
  [4, async (r) => {
    const location = r.pick(LOCATIONS);
    const sku = r.pick(PRODUCTS).sku;
    const delta = r.pick([-2, -1, 4, 6]);
    const response = await t.post('/api/v1/inventory/adjustments', { location, reason: 'workload', lines: [{ sku, delta }] });
    if (response.status === 201) add(today, location, sku, null, delta < 0 ? { loss: -delta * (costOf.get(sku) as number) } : { arrived: delta });
  }],
  [3, async (r) => {
    const location = r.pick(LOCATIONS);
    const sku = r.pick(PRODUCTS).sku;
    const response = await t.post('/api/v1/inventory/counts', { location, lines: [{ sku, counted: r.int(0, 20) }] });
    if (response.status !== 201) return;
    const line = response.body.lines[0];
    add(today, location, sku, null, { counted: line.counted, variance: Math.abs(line.counted - line.onHandAtCount), ...(line.counted < line.onHandAtCount ? { loss: (line.onHandAtCount - line.counted) * (costOf.get(sku) as number) } : { arrived: line.counted - line.onHandAtCount }) });
  }],
  [3, async (r) => {
    const to = r.pick(STORES);
    const sku = r.pick(PRODUCTS).sku;
    const quantity = r.int(1, 4);
    const created = await t.post('/api/v1/transfers', { from: 'KW1', to, lines: [{ sku, quantity }] });
    if (created.status !== 201) return;
    expect((await t.post(`/api/v1/transfers/${created.body.id}/ship`)).status).toBe(200);
    const received = r.chance(0.3) ? r.int(0, quantity - 1) : quantity;
    const response = await t.post(`/api/v1/transfers/${created.body.id}/receive`, { lines: [{ sku, quantity: received }] });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    add(today, to, sku, null, { received, arrived: received, ...(received < quantity ? { loss: (quantity - received) * (costOf.get(sku) as number) } : {}) });
  }],
];

async function runDay(r: Random, w: World) {
  const weights = STEPS.reduce((sum, [weight]) => sum + weight, 0);
  const plan = Array.from({ length: OPS_PER_DAY }, () => {
    let pick = r.int(1, weights);
    for (const [weight, step] of STEPS) {
      pick -= weight;
      if (pick <= 0) return step;
    }
    return (STEPS[0] as [number, Step])[1];
  });
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, worker) => {
      for (let index = worker; index < plan.length; index += WORKERS) await (plan[index] as Step)(r, w);
    }),
  );
}

beforeAll(async () => {
  t = await startTestApp({ clock });
  for (const code of LOCATIONS) {
    const kind = code === 'KW1' ? 'warehouse' : 'store';
    expect((await t.post('/api/v1/locations', { code, name: code, kind, shipsToCustomers: kind === 'store', pickupPoint: kind === 'store' })).status).toBe(201);
  }
  locationIds = new Map(((await t.get('/api/v1/locations?limit=500')).body.items as Array<{ id: string; code: string }>).map((l) => [l.code, l.id]));
  for (const p of PRODUCTS) expect((await t.post('/api/v1/products', { ...p, name: p.sku, taxRate: 0 })).status).toBe(201);
  today = '2026-03-31';
  for (const location of LOCATIONS) {
    const lines = PRODUCTS.map((p) => ({ sku: p.sku, delta: location === 'KW1' ? 60 : 15 }));
    expect((await t.post('/api/v1/inventory/adjustments', { location, reason: 'opening', lines })).status).toBe(201);
    for (const line of lines) add(today, location, line.sku, null, { arrived: line.delta });
  }
  // Reorder rules on every SKU at the first store: the stockout rate's population.
  for (const p of PRODUCTS) expect((await t.post('/api/v1/reorder-rules', { sku: p.sku, location: 'KS1', min: 2, max: 20 })).status).toBe(200);
  await snapshot(today);
  const r = seededRandom(seed);
  const w: World = { open: [], sold: [] };
  for (const day of DAYS) {
    today = day;
    await runDay(r, w);
    await snapshot(day);
  }
  today = '2026-04-10';
}, 600_000);

afterAll(() => t?.close());

// ── The model ──────────────────────────────────────────────────────────────────────────────────────────────
type Cut = 'channel' | 'location' | 'family' | 'day' | null;

const keyOf = (cut: Cut, e: { day: string; location: string; sku: string | null; channel: string | null }) =>
  cut === null ? 'total' : cut === 'channel' ? e.channel : cut === 'location' ? e.location : cut === 'family' ? (e.sku ? familyOf.get(e.sku) : null) : e.day;

const inPeriod = (day: string, from: string, to: string) => day >= from && day <= to;
const dayBefore = (day: string) => new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);

/** On hand per (location, sku) at the end of `day`: the last snapshot on or before it. */
function onHandAt(day: string): Map<string, number> {
  const keys = [...levels.keys()].filter((k) => k <= day).sort();
  return levels.get(keys[keys.length - 1] as string) ?? new Map();
}

function stockEntries(day: string, measure: string, withValue = false): Entry[] {
  return [...onHandAt(day).entries()].map(([key, units]) => {
    const [location, sku] = key.split('|') as [string, string];
    return { day, location, sku, channel: null, m: { [measure]: withValue ? units * (costOf.get(sku) as number) : units } };
  });
}

/** For each KPI: contributions (numerator, denominator) for the period, and how the value follows from them. */
function modelRows(name: string, from: string, to: string): { rows: Array<{ e: Entry; n: number; d: number }>; value: (n: number, d: number) => number | null } {
  const period = entries.filter((e) => inPeriod(e.day, from, to));
  const pick = (list: Entry[], n: (m: Record<string, number>) => number, d: (m: Record<string, number>) => number) => list.map((e) => ({ e, n: n(e.m), d: d(e.m) }));
  const v = (m: Record<string, number>, k: string) => m[k] ?? 0;
  const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
  switch (name) {
    case 'net_sales':
      return { rows: pick(period, (m) => v(m, 'net') - v(m, 'returnsValue'), () => 0), value: (n) => n };
    case 'gross_margin':
      return { rows: pick(period, (m) => v(m, 'net') - v(m, 'returnsValue') - v(m, 'cogs') + v(m, 'returnsCogs'), () => 0), value: (n) => n };
    case 'return_rate':
      return { rows: pick(period, (m) => v(m, 'returnedOfSold'), (m) => v(m, 'sold')), value: ratio };
    case 'sell_through':
      return { rows: [...pick(period, (m) => v(m, 'sold'), (m) => v(m, 'received')), ...pick(stockEntries(dayBefore(from), 'units'), () => 0, (m) => v(m, 'units'))], value: ratio };
    case 'shrink':
      return { rows: pick(period, (m) => v(m, 'loss'), (m) => v(m, 'net') - v(m, 'returnsValue')), value: ratio };
    case 'gmroi':
      return {
        rows: [
          ...pick(period, (m) => v(m, 'net') - v(m, 'returnsValue') - v(m, 'cogs') + v(m, 'returnsCogs'), () => 0),
          ...pick(stockEntries(dayBefore(from), 'value', true), () => 0, (m) => v(m, 'value') / 2),
          ...pick(stockEntries(to, 'value', true), () => 0, (m) => v(m, 'value') / 2),
        ],
        value: ratio,
      };
    case 'weeks_of_cover': {
      const window = entries.filter((e) => inPeriod(e.day, new Date(Date.parse(to) - 55 * 86_400_000).toISOString().slice(0, 10), to));
      return { rows: [...pick(stockEntries(to, 'units'), (m) => v(m, 'units'), () => 0), ...pick(window, () => 0, (m) => v(m, 'sold') / 8)], value: ratio };
    }
    case 'inventory_accuracy':
      return { rows: pick(period.filter((e) => v(e.m, 'counted') + v(e.m, 'variance') > 0), (m) => v(m, 'variance'), (m) => v(m, 'counted')), value: (n, d) => (d === 0 ? null : 1 - n / d) };
    case 'fill_rate':
      return { rows: pick(period.filter((e) => v(e.m, 'placed') + v(e.m, 'filled') > 0), (m) => v(m, 'filled'), (m) => v(m, 'placed')), value: ratio };
    case 'lead_time':
      return { rows: pick(period.filter((e) => v(e.m, 'leadLines') > 0), (m) => v(m, 'leadSeconds') / 3600, (m) => v(m, 'leadLines')), value: ratio };
    case 'stockout_rate': {
      const rows: Array<{ e: Entry; n: number; d: number }> = [];
      for (let day = from; day <= to; day = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10)) {
        const held = onHandAt(day);
        for (const p of PRODUCTS) rows.push({ e: { day, location: 'KS1', sku: p.sku, channel: null, m: {} }, n: (held.get(`KS1|${p.sku}`) ?? 0) <= 0 ? 1 : 0, d: 1 });
      }
      return { rows, value: ratio };
    }
    case 'stock_aging': {
      // FIFO: the units held at the end of `to` are the newest arrivals at their location.
      const rows: Array<{ e: Entry; n: number; d: number }> = [];
      for (const [key, units] of onHandAt(to)) {
        const [location, sku] = key.split('|') as [string, string];
        let left = units;
        const arrivals = entries.filter((e) => e.location === location && e.sku === sku && v(e.m, 'arrived') > 0 && e.day <= to).sort((a, b) => (a.day < b.day ? 1 : -1));
        for (const arrival of arrivals) {
          if (left <= 0) break;
          const held = Math.min(left, v(arrival.m, 'arrived'));
          left -= held;
          rows.push({ e: arrival, n: held * ((Date.parse(to) - Date.parse(arrival.day)) / 86_400_000), d: held });
        }
      }
      return { rows, value: ratio };
    }
    case 'otif':
    case 'purchase_lead_time':
    case 'lead_time_variance':
      return { rows: [], value: ratio }; // no purchase orders in this workload: checked by tests/api/kpis-purchasing.test.ts and kpis-purchase-lead-times.test.ts
    default:
      throw new Error(name);
  }
}

function model(name: string, from: string, to: string, cut: Cut): Map<string, number | null> {
  const { rows, value } = modelRows(name, from, to);
  const sums = new Map<string, { n: number; d: number }>();
  for (const { e, n, d } of rows) {
    const key = keyOf(cut, e);
    if (key === null || key === undefined) continue;
    const sum = sums.get(key) ?? { n: 0, d: 0 };
    sum.n += n;
    sum.d += d;
    sums.set(key, sum);
  }
  return new Map([...sums.entries()].map(([key, { n, d }]) => [key, value(n, d)]));
}

describe(`KPIs under a random workload (seed ${seed})`, () => {
  const periods: Array<[string, string]> = [
    ['2026-04-01', '2026-04-06'],
    ['2026-04-03', '2026-04-05'],
  ];
  it('every available KPI, every cut, two periods, equals the model built from API answers', async () => {
    const { items } = (await t.get('/api/v1/kpis')).body as { items: Array<{ name: string; cuts: Cut[]; available: boolean }> };
    let compared = 0;
    for (const kpi of items.filter((item) => item.available)) {
      for (const [from, to] of periods) {
        for (const cut of [null, ...kpi.cuts] as Cut[]) {
          const response = await t.get(`/api/v1/kpis/${kpi.name}?from=${from}&to=${to}${cut ? `&by=${cut}` : ''}`);
          expect(response.status, `${kpi.name} ${cut}`).toBe(200);
          const expected = model(kpi.name, from, to, cut);
          const actual: Map<string, number | null> = cut === null ? new Map([['total', response.body.total]]) : new Map(response.body.rows.map((row: any) => [row.key, row.value]));
          const where = `${kpi.name} ${from}..${to} by ${cut} (seed ${seed})`;
          for (const [key, value] of expected) {
            const got = actual.get(key);
            if (value === null) expect(got ?? null, `${where} ${key}`).toBeNull();
            else if (cut === null || actual.has(key)) expect(got as number, `${where} ${key}`).toBeCloseTo(value, 9);
            else expect(value, `${where} ${key} missing from the answer`).toBe(0);
            compared += 1;
          }
          for (const key of actual.keys()) if (!expected.has(key)) expect([0, null], `${where}: unexpected ${String(key)}`).toContain(actual.get(key));
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
