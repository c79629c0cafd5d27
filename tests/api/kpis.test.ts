// Contract tests of the KPI catalogue: each KPI against a hand-computed example (two stores, three days, a till
// sale, a web order fulfilled a day later, a cancelled pickup, a return at the other store, a loss and a count),
// bad input, scoping, CSV, and the set-based backfill rebuilding exactly the facts the subscribers wrote.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillInsightFacts } from '../../src/modules/insights/index.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let now = new Date('2026-03-02T09:00:00Z');
const clock = { now: () => now };
const PERIOD = 'from=2026-03-03&to=2026-03-04';

async function ok(response: Promise<{ status: number; body: any }>, status = 201) {
  const answer = await response;
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return answer.body;
}

beforeAll(async () => {
  t = await startTestApp({ clock });
  await ok(t.post('/api/v1/locations', { code: 'S1', name: 'High Street', kind: 'store' }));
  await ok(t.post('/api/v1/locations', { code: 'S2', name: 'Riverside', kind: 'store', shipsToCustomers: true, pickupPoint: true }));
  await ok(t.post('/api/v1/products', { sku: 'A', name: 'Shirt', category: 'tops', cost: 500, price: 1000, taxRate: 0 }));
  await ok(t.post('/api/v1/products', { sku: 'B', name: 'Jeans', category: 'bottoms', cost: 200, price: 400, taxRate: 0 }));
  // Day 1, before the period: opening stock (S1: value 7000, S2: 2500).
  await ok(t.post('/api/v1/inventory/adjustments', { location: 'S1', reason: 'opening', lines: [{ sku: 'A', delta: 10 }, { sku: 'B', delta: 10 }] }));
  await ok(t.post('/api/v1/inventory/adjustments', { location: 'S2', reason: 'opening', lines: [{ sku: 'A', delta: 5 }] }));
  // Reorder rules: B at S1 (always in stock), Z at S1 (never any).
  await ok(t.post('/api/v1/products', { sku: 'Z', name: 'Scarf', category: 'misc', cost: 100, price: 200, taxRate: 0 }));
  await ok(t.post('/api/v1/reorder-rules', { sku: 'B', location: 'S1', min: 2, max: 10 }), 200);
  await ok(t.post('/api/v1/reorder-rules', { sku: 'Z', location: 'S1', min: 2, max: 10 }), 200);

  // Day 2: a till sale at S1 (A×2 net 2000 cogs 1000, B×1 net 400 cogs 200), a web order from S2, a pickup cancelled.
  now = new Date('2026-03-03T10:00:00Z');
  const till = await ok(t.post('/api/v1/orders', { channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'A', quantity: 2 }, { sku: 'B', quantity: 1 }] }));
  const web = await ok(t.post('/api/v1/orders', { channel: 'web', location: 'S2', fulfillment: 'ship', lines: [{ sku: 'A', quantity: 1 }] }));
  const pickup = await ok(t.post('/api/v1/orders', { channel: 'web', fulfillment: 'pickup', pickupLocation: 'S2', lines: [{ sku: 'A', quantity: 1 }] }));
  await ok(t.post(`/api/v1/orders/${pickup.id}/cancel`), 200);

  // Day 3: the web order ships (24 h later); one A of the till sale comes back at S2; S1 loses a B and counts A.
  now = new Date('2026-03-04T10:00:00Z');
  await ok(t.post(`/api/v1/orders/${web.id}/fulfill`), 200);
  await ok(t.post('/api/v1/returns', { order: till.id, location: 'S2', lines: [{ sku: 'A', quantity: 1, reason: 'too small', disposition: 'restock' }] }));
  await ok(t.post('/api/v1/inventory/adjustments', { location: 'S1', reason: 'damaged', lines: [{ sku: 'B', delta: -1 }] }));
  await ok(t.post('/api/v1/inventory/counts', { location: 'S1', lines: [{ sku: 'A', counted: 7 }] }));
  now = new Date('2026-03-05T10:00:00Z');
});

afterAll(() => t.close());

async function kpi(name: string, query = '', token?: string) {
  return ok(t.get(`/api/v1/kpis/${name}?${PERIOD}${query}`, token), 200);
}

const rowsOf = (answer: any) => Object.fromEntries(answer.rows.map((row: any) => [row.key, row.value]));

describe('the catalogue', () => {
  it('lists every KPI name of the contract and of KPIS.md, the unfinished ones as not available', async () => {
    const { items } = await ok(t.get('/api/v1/kpis'), 200);
    const contract = ['net_sales', 'gross_margin', 'sell_through', 'stock_aging', 'weeks_of_cover', 'stockout_rate', 'fill_rate', 'otif', 'lead_time', 'return_rate', 'inventory_accuracy', 'shrink', 'gmroi', 'promotion_lift', 'forecast_accuracy'];
    const beyondTheContract = ['purchase_lead_time', 'lead_time_variance', 'promotion_incremental_margin'];
    expect(items.map((item: any) => item.name).sort()).toEqual([...contract, ...beyondTheContract].sort());
    const available = Object.fromEntries(items.map((item: any) => [item.name, item.available]));
    expect(available.promotion_lift).toBe(false);
    expect(available.forecast_accuracy).toBe(false);
    expect(available.promotion_incremental_margin).toBe(false);
    expect(available.net_sales).toBe(true);
    expect(available.lead_time_variance).toBe(true);
    expect(items.find((item: any) => item.name === 'net_sales').cuts).toEqual(['channel', 'location', 'family', 'day']);
  });
});

describe('each KPI against the hand-computed example', () => {
  it('net sales: sales where goods left, returns where taken back', async () => {
    const answer = await kpi('net_sales', '&by=location');
    expect(answer).toMatchObject({ name: 'net_sales', unit: 'money', from: '2026-03-03', to: '2026-03-04', total: 2400 });
    expect(rowsOf(answer)).toEqual({ S1: 2400, S2: 0 });
    expect(rowsOf(await kpi('net_sales', '&by=channel'))).toEqual({ store: 1400, web: 1000 });
    expect(rowsOf(await kpi('net_sales', '&by=family'))).toEqual({ tops: 2000, bottoms: 400 });
    expect(rowsOf(await kpi('net_sales', '&by=day'))).toEqual({ '2026-03-03': 2400, '2026-03-04': 0 });
  });

  it('gross margin: net sales − cost of goods, returns reversed', async () => {
    const answer = await kpi('gross_margin', '&by=location');
    expect(answer.totals).toEqual({ value: 1200, numerator: 1200, denominator: 2400 });
    expect(rowsOf(answer)).toEqual({ S1: 1200, S2: 0 });
  });

  it('return rate: attributed to the sale', async () => {
    const answer = await kpi('return_rate', '&by=channel');
    expect(answer.total).toBe(0.25);
    expect(rowsOf(answer)).toEqual({ store: 1 / 3, web: 0 });
    expect(rowsOf(await kpi('return_rate', '&by=location'))).toEqual({ S1: 1 / 3, S2: 0 });
  });

  it('sell-through: sold ÷ (on hand at start + received)', async () => {
    const answer = await kpi('sell_through', '&by=location');
    expect(rowsOf(answer)).toEqual({ S1: 3 / 20, S2: 1 / 5 });
    expect(answer.totals).toEqual({ value: 4 / 25, numerator: 4, denominator: 25 });
  });

  it('shrink: losses ÷ net sales', async () => {
    const answer = await kpi('shrink', '&by=location');
    expect(answer.totals).toEqual({ value: 700 / 2400, numerator: 700, denominator: 2400 });
    expect(rowsOf(answer)).toEqual({ S1: 700 / 2400, S2: null });
  });

  it('GMROI: margin ÷ average inventory at cost', async () => {
    const answer = await kpi('gmroi', '&by=location');
    expect(rowsOf(answer)).toEqual({ S1: 1200 / 6050, S2: 0 });
    expect(answer.totals).toEqual({ value: 1200 / 8550, numerator: 1200, denominator: 8550 });
  });

  it('weeks of cover: on hand at the end ÷ weekly sales over 8 weeks', async () => {
    const answer = await kpi('weeks_of_cover', '&by=family');
    // tops: on hand 7 (S1) + 5 (S2), sold 3 → 12 / (3/8) = 32; bottoms: 8 on hand, 1 sold → 64.
    expect(rowsOf(answer)).toEqual({ tops: 32, bottoms: 64 });
    expect(answer.total).toBe(40);
    const before = await ok(t.get('/api/v1/kpis/weeks_of_cover?from=2026-03-01&to=2026-03-02'), 200);
    expect(before.totals).toEqual({ value: null, numerator: 25, denominator: 0 });
  });

  it('inventory accuracy: 1 − Σ|difference| ÷ Σ counted', async () => {
    const answer = await kpi('inventory_accuracy', '&by=location');
    expect(rowsOf(answer)).toEqual({ S1: 1 - 1 / 7 });
    expect(answer.totals).toEqual({ value: 1 - 1 / 7, numerator: 1, denominator: 7 });
  });

  it('fill rate: lines filled at first shipment ÷ lines placed', async () => {
    const answer = await kpi('fill_rate', '&by=channel');
    expect(answer.total).toBe(0.75);
    expect(rowsOf(answer)).toEqual({ store: 1, web: 0.5 });
  });

  it('lead time: mean, p50 and p90 hours per line', async () => {
    const answer = await kpi('lead_time', '&by=channel');
    expect(answer.totals).toMatchObject({ value: 8, numerator: 24, denominator: 3 });
    expect(answer.rows).toEqual([
      { key: 'store', value: 0, numerator: 0, denominator: 2, p50: 0, p90: 0 },
      { key: 'web', value: 24, numerator: 24, denominator: 1, p50: 24, p90: 24 },
    ]);
  });

  it('stockout rate: days with nothing on hand among SKU-locations with a reorder rule', async () => {
    const answer = await kpi('stockout_rate', '&by=family');
    expect((await t.get(`/api/v1/kpis/stockout_rate?${PERIOD}&by=day`)).status).toBe(400);
    expect(answer.totals).toEqual({ value: 0.5, numerator: 2, denominator: 4 });
    expect(rowsOf(answer)).toEqual({ bottoms: 0, misc: 1 });
  });

  it('stock aging: on hand FIFO by arrival at the location, average age and buckets', async () => {
    const answer = await kpi('stock_aging', '&by=location');
    expect(answer.rows.map((row: any) => [row.key, row.value, row.numerator, row.denominator])).toEqual([
      ['S1', 2, 30, 15],
      ['S2', 1.6, 8, 5],
    ]);
    expect(answer.totals.buckets).toEqual([
      { bucket: '0-30', units: 20, value: 7600 },
      { bucket: '31-60', units: 0, value: 0 },
      { bucket: '61-90', units: 0, value: 0 },
      { bucket: '91-180', units: 0, value: 0 },
      { bucket: '>180', units: 0, value: 0 },
    ]);
    const later = await ok(t.get('/api/v1/kpis/stock_aging?to=2026-05-20&by=family'), 200);
    expect(later.rows.find((row: any) => row.key === 'bottoms').buckets.find((b: any) => b.bucket === '61-90')).toEqual({ bucket: '61-90', units: 8, value: 1600 });
  });

  it('unavailable KPIs answer with no rows', async () => {
    expect(await kpi('promotion_lift')).toMatchObject({ available: false, rows: [], total: null });
  });

  it('exports CSV', async () => {
    const response = await t.get(`/api/v1/kpis/net_sales?${PERIOD}&by=location&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    expect(response.body).toBe('location,value,numerator,denominator\r\nS1,2400,2400,\r\nS2,0,0,\r\ntotal,2400,2400,\r\n');
  });
});

describe('bad input and scope', () => {
  it('unknown KPI 404, unsupported cut 400 naming the cuts, bad periods 400', async () => {
    expect((await t.get('/api/v1/kpis/happiness')).body.code).toBe('not_found');
    const cut = await t.get('/api/v1/kpis/sell_through?by=channel');
    expect(cut.status).toBe(400);
    expect(cut.body.code).toBe('validation_failed');
    expect(cut.body.detail).toContain('location, family');
    for (const query of ['from=2026-03-05&to=2026-03-01', 'from=2020-01-01&to=2026-01-01', 'from=yesterday', 'to=2026-02-30']) {
      const response = await t.get(`/api/v1/kpis/net_sales?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.code).toBe('validation_failed');
    }
  });

  it('a store manager sees only their stores; an associate not at all', async () => {
    const manager = await t.tokenFor('store_manager', ['S2']);
    const answer = await kpi('net_sales', '&by=location', manager);
    expect(rowsOf(answer)).toEqual({ S2: 0 });
    expect(answer.total).toBe(0);
    expect((await kpi('inventory_accuracy', '', manager)).totals).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect((await t.get('/api/v1/kpis', await t.tokenFor('store_associate', ['S1']))).status).toBe(403);
  });
});

describe('backfill', () => {
  it('rebuilds from the documents exactly the facts the subscribers wrote', async () => {
    const db = t.app.database.kysely;
    const snapshot = async () => {
      const tables: Record<string, unknown[]> = {};
      for (const table of ['sales_fact', 'stock_fact', 'fill_fact', 'fulfilment_fact', 'stock_position', 'lead_time_fact']) {
        tables[table] = (await sql.raw(`SELECT * FROM ${table} ORDER BY 1, 2, 3, 4`).execute(db)).rows.map((row) => JSON.stringify(row)).sort();
      }
      return tables;
    };
    const live = await snapshot();
    expect(live.sales_fact?.length).toBeGreaterThan(0);
    await backfillInsightFacts(db);
    expect(await snapshot()).toEqual(live);
  });
});

describe('CSV of KPIs with extra figures', () => {
  it('adds p50/p90 for lead time and the age buckets for stock aging', async () => {
    const lead = await t.get(`/api/v1/kpis/lead_time?${PERIOD}&by=channel&format=csv`);
    expect(lead.body.split('\r\n')[0]).toBe('channel,value,numerator,denominator,p50,p90');
    const aging = await t.get(`/api/v1/kpis/stock_aging?${PERIOD}&by=location&format=csv`);
    const lines = aging.body.split('\r\n');
    expect(lines[0]).toBe('location,value,numerator,denominator,units 0-30,value 0-30,units 31-60,value 31-60,units 61-90,value 61-90,units 91-180,value 91-180,units >180,value >180');
    expect(lines[1]).toBe('S1,2,30,15,15,5100,0,0,0,0,0,0,0,0');
  });
});
