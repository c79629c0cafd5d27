// A quote prices an order exactly as placing it would — jurisdiction tax, per-line rounding, totals — and writes
// nothing: no order, no stock movement, no journal entry, no document number taken. Bad input is refused as
// placing refuses it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, seedFromEnvironment } from '../support/random.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let finance: string;
const ok = async (response: Promise<{ status: number; body: any }>, status = 200) => {
  const r = await response;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
};

const PRODUCTS = [
  { sku: 'QT-BOOK', name: 'Novel', category: 'books', cost: 800, price: 1999, taxRate: 2000 },
  { sku: 'QT-TEE', name: 'Tee', category: 'apparel', cost: 400, price: 1001, taxRate: 2000 },
  { sku: 'QT-MUG', name: 'Mug', category: 'home', cost: 150, price: 333, taxRate: 700 },
];

/** What a quote writes if it writes anything: rows of the tables every order touches. */
async function footprint() {
  const orders = await ok(t.get('/api/v1/orders?limit=500'));
  const entries = await ok(t.get('/api/v1/accounting/journal-entries?limit=500', finance));
  const levels = await ok(t.get('/api/v1/inventory/levels?limit=500'));
  return { orders: orders.items.length, entries: entries.items.length, levels: levels.items };
}

beforeAll(async () => {
  t = await startTestApp();
  finance = await t.tokenFor('finance');
  for (const location of [
    { code: 'QS1', name: 'Store in Zedland', kind: 'store' },
    { code: 'QS2', name: 'Store elsewhere', kind: 'store' },
  ]) await ok(t.post('/api/v1/locations', location), 201);
  for (const product of PRODUCTS) await ok(t.post('/api/v1/products', product), 201);
  for (const location of ['QS1', 'QS2']) {
    await ok(t.post('/api/v1/inventory/adjustments', { location, reason: 'opening', lines: PRODUCTS.map((p) => ({ sku: p.sku, delta: 500 })) }), 201);
  }
  await ok(t.post('/api/v1/accounting/tax/jurisdictions', { code: 'QZED', name: 'Zedland' }, { token: finance }), 201);
  await ok(t.post('/api/v1/accounting/tax/rules', { jurisdiction: 'QZED', taxCategory: 'books', rate: 550 }, { token: finance }));
  await ok(t.post('/api/v1/accounting/tax/jurisdictions/QZED/locations', { location: 'QS1' }, { token: finance }));
});
afterAll(() => t.close());

describe('a quote', () => {
  it('charges what placing the same basket charges, for random baskets at both stores', async () => {
    const seed = seedFromEnvironment();
    const random = seededRandom(seed);
    for (let round = 0; round < 12; round++) {
      const lines = Array.from({ length: random.int(1, 4) }, () => ({ sku: random.pick(PRODUCTS).sku, quantity: random.int(1, 7) }));
      const body = { channel: 'store', location: random.pick(['QS1', 'QS2']), fulfillment: 'carry_out', tender: 'cash', lines };
      const quote = await ok(t.post('/api/v1/orders/quote', body));
      const placed = await ok(t.post('/api/v1/orders', body), 201);
      const context = `seed ${seed}, round ${round}`;
      expect(quote.totals, context).toEqual(placed.totals);
      expect(quote.lines.map(({ name, total, ...line }: any) => line), context).toEqual(placed.lines);
      for (const line of quote.lines) expect(line.total, context).toBe(line.quantity * line.unitPrice - line.discount + line.tax);
      expect(quote.lines.map((line: any) => line.name), context).toEqual(lines.map((line) => PRODUCTS.find((p) => p.sku === line.sku)?.name));
    }
  });

  it('takes the jurisdiction’s rate, as the sale will', async () => {
    const quote = await ok(t.post('/api/v1/orders/quote', { channel: 'store', location: 'QS1', fulfillment: 'carry_out', lines: [{ sku: 'QT-BOOK', quantity: 3 }] }));
    // 3 × 1999 = 5997 at 5.5 % is 329.835, rounded half up once per line.
    expect(quote).toMatchObject({ location: 'QS1', lines: [{ sku: 'QT-BOOK', taxRate: 550, tax: 330, total: 6327 }], totals: { subtotal: 5997, tax: 330, total: 6327 } });
  });

  it('writes nothing: no order, stock move, journal entry or order number', async () => {
    const before = await footprint();
    const numberBefore = (await ok(t.post('/api/v1/orders', { channel: 'store', location: 'QS2', fulfillment: 'carry_out', lines: [{ sku: 'QT-MUG', quantity: 1 }] }), 201)).number;
    const afterSale = await footprint();
    for (let i = 0; i < 5; i++) {
      await ok(t.post('/api/v1/orders/quote', { channel: 'web', fulfillment: 'ship', location: 'QS2', lines: [{ sku: 'QT-MUG', quantity: 2 }] }));
    }
    expect(await footprint()).toEqual(afterSale);
    expect(afterSale.orders).toBe(before.orders + 1);
    const next = (await ok(t.post('/api/v1/orders', { channel: 'store', location: 'QS2', fulfillment: 'carry_out', lines: [{ sku: 'QT-MUG', quantity: 1 }] }), 201)).number;
    expect(Number(next.split('-')[1])).toBe(Number(numberBefore.split('-')[1]) + 1);
  });
});

describe('bad input to a quote', () => {
  it('names an unknown product by its line (422) and an empty basket (400)', async () => {
    const unknown = await t.post('/api/v1/orders/quote', { channel: 'store', location: 'QS1', fulfillment: 'carry_out', lines: [{ sku: 'QT-TEE', quantity: 1 }, { sku: 'QT-NOPE', quantity: 1 }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('unknown_reference');
    expect(JSON.stringify(unknown.body)).toContain('/lines/1/sku');
    const empty = await t.post('/api/v1/orders/quote', { channel: 'store', location: 'QS1', fulfillment: 'carry_out', lines: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('validation_failed');
  });

  it('refuses an incoherent order as placing does (400), and another store’s till (403)', async () => {
    const incoherent = await t.post('/api/v1/orders/quote', { channel: 'web', location: 'QS1', fulfillment: 'carry_out', lines: [{ sku: 'QT-TEE', quantity: 1 }] });
    expect(incoherent.status).toBe(400);
    const associate = await t.tokenFor('store_associate', ['QS1']);
    const elsewhere = await t.post('/api/v1/orders/quote', { channel: 'store', location: 'QS2', fulfillment: 'carry_out', lines: [{ sku: 'QT-TEE', quantity: 1 }] }, { token: associate });
    expect(elsewhere.status).toBe(403);
    const overridden = await t.post('/api/v1/orders/quote', { channel: 'store', location: 'QS1', fulfillment: 'carry_out', lines: [{ sku: 'QT-TEE', quantity: 1, unitPrice: 1 }] }, { token: associate });
    expect(overridden.status).toBe(403);
    const own = await ok(t.post('/api/v1/orders/quote', { channel: 'store', location: 'QS1', fulfillment: 'carry_out', lines: [{ sku: 'QT-TEE', quantity: 1 }] }, { token: associate }));
    expect(own.totals.total).toBe(1001 + 200);
  });

  it('is refused to roles that may not place orders (403)', async () => {
    const analyst = await t.tokenFor('analyst');
    const refused = await t.post('/api/v1/orders/quote', { channel: 'store', location: 'QS1', fulfillment: 'carry_out', lines: [{ sku: 'QT-TEE', quantity: 1 }] }, { token: analyst });
    expect(refused.status).toBe(403);
  });
});
