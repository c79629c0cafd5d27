// Contract tests of supplier performance and delayed receipts through HTTP, on a clock the test moves: OTIF
// against promised dates, fill rate, lead time actual vs promised (mean, p90), price variance, and the list of
// order lines past their promised date with units still to come.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const DAY = 86_400_000;
const START = Date.parse('2026-03-02T09:00:00Z');
let now = START;
const day = (n: number) => new Date(START + n * DAY).toISOString();

let t: TestApp;

async function ok(path: string, body: unknown, status = 201) {
  const response = await t.post(path, body);
  expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBe(status);
  return response.body;
}

async function placeAndSend(vendor: string, lines: Array<{ sku: string; quantity: number; unitCost: number }>) {
  const order = await ok('/api/v1/purchase-orders', { vendor, location: 'W1', lines });
  await ok(`/api/v1/purchase-orders/${order.id}/submit`, undefined, 200);
  await ok(`/api/v1/purchase-orders/${order.id}/approve`, undefined, 200);
  return ok(`/api/v1/purchase-orders/${order.id}/send`, undefined, 200);
}

let tees: any;
let socks: any;
let mugs: any;

beforeAll(async () => {
  t = await startTestApp({ clock: { now: () => new Date(now) } });
  await ok('/api/v1/locations', { code: 'W1', name: 'Central warehouse', kind: 'warehouse' });
  await ok('/api/v1/locations', { code: 'W2', name: 'North warehouse', kind: 'warehouse' });
  for (const sku of ['TEE', 'SOCK', 'MUG']) await ok('/api/v1/products', { sku, name: sku, cost: 100, price: 500 });
  await ok('/api/v1/vendors', { code: 'ACME', name: 'Acme' });
  await ok('/api/v1/vendors', { code: 'SLOWCO', name: 'Slow Co' });
  await ok('/api/v1/vendors/ACME/products', { sku: 'TEE', unitCost: 250, leadTimeDays: 7 }, 200);
  await ok('/api/v1/vendors/ACME/products', { sku: 'SOCK', unitCost: 100, leadTimeDays: 7 }, 200);
  await ok('/api/v1/vendors/SLOWCO/products', { sku: 'MUG', unitCost: 400, leadTimeDays: 3 }, 200);

  // Day 0: ACME is sent two orders due on day 7; day 1: SLOWCO one due on day 4.
  tees = await placeAndSend('ACME', [{ sku: 'TEE', quantity: 10, unitCost: 250 }]);
  socks = await placeAndSend('ACME', [{ sku: 'SOCK', quantity: 10, unitCost: 100 }]);
  now = START + 1 * DAY;
  mugs = await placeAndSend('SLOWCO', [{ sku: 'MUG', quantity: 20, unitCost: 400 }]);
  // Day 5: the T-shirts arrive in full, early. Days 9 and 12: the socks, late, in two parts.
  now = START + 5 * DAY;
  await ok('/api/v1/receipts', { purchaseOrder: tees.number, lines: [{ sku: 'TEE', quantity: 10 }] });
  now = START + 9 * DAY;
  await ok('/api/v1/receipts', { purchaseOrder: socks.number, lines: [{ sku: 'SOCK', quantity: 6 }] });
  now = START + 12 * DAY;
  await ok('/api/v1/receipts', { purchaseOrder: socks.number, lines: [{ sku: 'SOCK', quantity: 4 }] });
  // Billed 1 % dearer than ordered (within tolerance): price variance 20 on 2,500 received.
  await ok('/api/v1/vendor-bills', { purchaseOrder: tees.number, reference: 'A-1', lines: [{ sku: 'TEE', quantity: 10, unitCost: 252 }] });
  now = START + 20 * DAY;
});

afterAll(() => t.close());

describe('supplier performance', () => {
  it('measures OTIF, fill rate, lead time against promise and price variance per vendor', async () => {
    const response = await t.get(`/api/v1/supplier-performance?from=${day(0).slice(0, 10)}&to=${day(20).slice(0, 10)}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const [acme, slow] = response.body.items;
    expect(acme).toEqual({
      vendor: 'ACME',
      name: 'Acme',
      linesDue: 2,
      linesOnTimeInFull: 1,
      otifBasisPoints: 5000,
      unitsOrdered: 20,
      unitsReceived: 20,
      fillRateBasisPoints: 10_000,
      // Receipt lines after 5, 9 and 12 days against 7 promised.
      leadTimeDays: { receiptLines: 3, actualMean: 8.67, actualP90: 11.4, promisedMean: 7, varianceMean: 1.67, varianceP90: 4.4 },
      bills: 1,
      priceVariance: 20,
      priceVarianceBasisPoints: 80,
    });
    expect(slow).toMatchObject({ vendor: 'SLOWCO', linesDue: 1, linesOnTimeInFull: 0, otifBasisPoints: 0, fillRateBasisPoints: 0, leadTimeDays: expect.objectContaining({ receiptLines: 0, actualMean: null }) });
  });

  it('filters by vendor and period, and refuses a period that ends before it starts', async () => {
    const acme = await t.get('/api/v1/supplier-performance?vendor=ACME');
    expect(acme.body.items.map((item: any) => item.vendor)).toEqual(['ACME']);
    const early = await t.get(`/api/v1/supplier-performance?from=${day(0)}&to=${day(6)}`);
    // By day 6 only SLOWCO's line was due (day 4); ACME had only its early T-shirt receipt.
    expect(early.body.items).toEqual([
      expect.objectContaining({ vendor: 'ACME', linesDue: 0, otifBasisPoints: null, leadTimeDays: expect.objectContaining({ receiptLines: 1, actualMean: 5 }) }),
      expect.objectContaining({ vendor: 'SLOWCO', linesDue: 1, otifBasisPoints: 0 }),
    ]);
    expect((await t.get(`/api/v1/supplier-performance?from=${day(5)}&to=${day(1)}`)).status).toBe(400);
  });
});

describe('delayed receipts', () => {
  it('lists lines past their promised date with units outstanding, most overdue first', async () => {
    const response = await t.get('/api/v1/purchasing/delayed-receipts');
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      { purchaseOrder: mugs.number, vendor: 'SLOWCO', location: 'W1', sku: 'MUG', ordered: 20, received: 0, outstanding: 20, sentAt: day(1), expectedAt: day(4), daysLate: 16 },
    ]);
    expect((await t.get('/api/v1/purchasing/delayed-receipts?vendor=ACME')).body.items).toEqual([]);
    const elsewhere = await t.get('/api/v1/purchasing/delayed-receipts', await t.tokenFor('warehouse_operator', ['W2']));
    expect(elsewhere.body.items).toEqual([]);
  });
});
