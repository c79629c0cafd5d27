// Contract tests of sourcing through HTTP: a ship order without a location is filled from one location when
// one can (warehouses by priority number, then ship-from-store locations), else split across the fewest;
// allowSplit: false refuses a split; stores that do not ship to customers are never used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;

// WB is preferred over WA (lower priority number) although its code sorts later; stores come after
// warehouses whatever their priority; SN holds plenty but does not ship to customers.
const LOCATIONS = [
  { code: 'WA', name: 'Warehouse A', kind: 'warehouse', priority: 20 },
  { code: 'WB', name: 'Warehouse B', kind: 'warehouse', priority: 10 },
  { code: 'SS1', name: 'Ship-from-store 1', kind: 'store', shipsToCustomers: true, priority: 5 },
  { code: 'SS2', name: 'Ship-from-store 2', kind: 'store', shipsToCustomers: true, priority: 1 },
  { code: 'SN', name: 'Store that does not ship', kind: 'store', shipsToCustomers: false, priority: 0 },
];
const CODES = LOCATIONS.map((location) => location.code);

/** Stock per SKU and location, each SKU a scenario of its own. */
const STOCK: Record<string, Record<string, number>> = {
  'P-BOTH': { WA: 10, WB: 10, SS1: 10, SS2: 10, SN: 100 },
  'P-ONE': { WA: 10, WB: 3, SN: 100 },
  'P-STORE': { WA: 2, WB: 2, SS1: 5, SS2: 5, SN: 100 },
  'P-FEWEST': { WB: 1, WA: 4, SS1: 5, SN: 100 },
  'P-THREE': { WB: 3, WA: 3, SS2: 3, SN: 100 },
  'P-NOSPLIT': { WA: 3, WB: 3 },
  'P-NOSHIP': { WA: 1, SN: 100 },
  'P-LINE1': { WB: 5, WA: 5 },
  'P-LINE2': { WA: 5 },
};

beforeAll(async () => {
  t = await startTestApp();
  for (const location of LOCATIONS) {
    const created = await t.post('/api/v1/locations', location);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  for (const sku of Object.keys(STOCK)) {
    expect((await t.post('/api/v1/products', { sku, name: sku, cost: 100, price: 250, taxRate: 2000 })).status).toBe(201);
  }
  for (const code of CODES) {
    const lines = Object.entries(STOCK)
      .filter(([, at]) => (at[code] ?? 0) > 0)
      .map(([sku, at]) => ({ sku, delta: at[code] as number }));
    const stocked = await t.post('/api/v1/inventory/adjustments', { location: code, reason: 'opening stock', lines });
    expect(stocked.status, JSON.stringify(stocked.body)).toBe(201);
  }
});

afterAll(() => t.close());

/** Reserved units per location of one SKU, from the levels. */
async function reservedBy(sku: string): Promise<Record<string, number>> {
  const response = await t.get(`/api/v1/inventory/levels?sku=${sku}&limit=500`);
  expect(response.status).toBe(200);
  return Object.fromEntries(response.body.items.filter((item: { reserved: number }) => item.reserved > 0).map((item: { location: string; reserved: number }) => [item.location, item.reserved]));
}

/** The order's allocations summed per location and SKU. */
function allocated(order: { allocations: Array<{ sku: string; location: string; quantity: number }> }): Record<string, number> {
  const result: Record<string, number> = {};
  for (const allocation of order.allocations) result[`${allocation.sku}@${allocation.location}`] = (result[`${allocation.sku}@${allocation.location}`] ?? 0) + allocation.quantity;
  return result;
}

function ship(lines: Array<{ sku: string; quantity: number }>, extra: Record<string, unknown> = {}) {
  return t.post('/api/v1/orders', { channel: 'web', fulfillment: 'ship', customer: { email: 'buyer@example.com' }, lines, ...extra });
}

async function shipOk(lines: Array<{ sku: string; quantity: number }>, extra: Record<string, unknown> = {}) {
  const response = await ship(lines, extra);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  expect(response.body.status).toBe('reserved');
  return response.body;
}

describe('sourcing a ship order without a location', () => {
  it('fills it from the warehouse with the lower priority number when several can', async () => {
    const order = await shipOk([{ sku: 'P-BOTH', quantity: 5 }]);
    expect(allocated(order)).toEqual({ 'P-BOTH@WB': 5 });
    expect(await reservedBy('P-BOTH')).toEqual({ WB: 5 });
  });

  it('fills it from one warehouse that can rather than splitting from a preferred one that cannot', async () => {
    const order = await shipOk([{ sku: 'P-ONE', quantity: 5 }]);
    expect(allocated(order)).toEqual({ 'P-ONE@WA': 5 });
  });

  it('falls back to one ship-from-store location, by priority number, before splitting across warehouses', async () => {
    const order = await shipOk([{ sku: 'P-STORE', quantity: 4 }]);
    expect(allocated(order)).toEqual({ 'P-STORE@SS2': 4 });
  });

  it('takes every line from one location when one can fill the whole order', async () => {
    const order = await shipOk([
      { sku: 'P-LINE1', quantity: 2 },
      { sku: 'P-LINE2', quantity: 2 },
    ]);
    expect(allocated(order)).toEqual({ 'P-LINE1@WA': 2, 'P-LINE2@WA': 2 });
  });

  it('splits across the fewest locations when none can fill it alone', async () => {
    // WB 1 + WA 4 + SS1 5: in preference order that would take three locations; WA + SS1 is enough.
    const order = await shipOk([{ sku: 'P-FEWEST', quantity: 9 }]);
    expect(allocated(order)).toEqual({ 'P-FEWEST@WA': 4, 'P-FEWEST@SS1': 5 });
    expect(await reservedBy('P-FEWEST')).toEqual({ WA: 4, SS1: 5 });
  });

  it('splits across three locations when it takes three', async () => {
    const order = await shipOk([{ sku: 'P-THREE', quantity: 8 }]);
    const split = allocated(order);
    expect(Object.keys(split).sort()).toEqual(['P-THREE@SS2', 'P-THREE@WA', 'P-THREE@WB']);
    expect(Object.values(split).reduce((sum, units) => sum + units, 0)).toBe(8);
  });

  it('fulfils a split order from every allocated location', async () => {
    const order = await shipOk([{ sku: 'P-STORE', quantity: 6 }], { allowSplit: true });
    expect(Object.values(allocated(order)).reduce((sum, units) => sum + units, 0)).toBe(6);
    const fulfilled = await t.post(`/api/v1/orders/${order.id}/fulfill`);
    expect(fulfilled.status, JSON.stringify(fulfilled.body)).toBe(200);
    expect(fulfilled.body.status).toBe('completed');
    expect(await reservedBy('P-STORE')).toEqual({ SS2: 4 });
  });
});

describe('allowSplit: false', () => {
  it('refuses an order only a split could fill with 409 insufficient_stock, reserving nothing', async () => {
    const response = await ship([{ sku: 'P-NOSPLIT', quantity: 5 }], { allowSplit: false });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('insufficient_stock');
    expect(await reservedBy('P-NOSPLIT')).toEqual({});
  });

  it('still fills an order one location can fill', async () => {
    const order = await shipOk([{ sku: 'P-NOSPLIT', quantity: 3 }], { allowSplit: false });
    expect(allocated(order)).toEqual({ 'P-NOSPLIT@WB': 3 });
  });

  it('fills the next such order from the next warehouse, once the preferred one is empty', async () => {
    const order = await shipOk([{ sku: 'P-NOSPLIT', quantity: 3 }]);
    expect(allocated(order)).toEqual({ 'P-NOSPLIT@WA': 3 });
  });
});

describe('stores that do not ship to customers', () => {
  it('are never used, even when they alone hold enough: 409 insufficient_stock', async () => {
    const response = await ship([{ sku: 'P-NOSHIP', quantity: 5 }]);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('insufficient_stock');
    expect(await reservedBy('P-NOSHIP')).toEqual({});
  });

  it('are not used for the part of an order shipping locations cannot fill', async () => {
    const order = await shipOk([{ sku: 'P-NOSHIP', quantity: 1 }]);
    expect(allocated(order)).toEqual({ 'P-NOSHIP@WA': 1 });
  });

  it('never appear in any sourced allocation', async () => {
    const orders = await t.get('/api/v1/orders?fulfillment=ship&limit=500');
    expect(orders.status).toBe(200);
    expect(orders.body.items.length).toBeGreaterThan(5);
    for (const order of orders.body.items) for (const allocation of order.allocations) expect(allocation.location).not.toBe('SN');
    expect((await reservedBy('P-BOTH')).SN).toBeUndefined();
  });

  it('cannot be named as the ship-from location either', async () => {
    const response = await ship([{ sku: 'P-BOTH', quantity: 1 }], { location: 'SN' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect((await reservedBy('P-BOTH')).SN).toBeUndefined();
  });
});

describe('invariants', () => {
  it('leaves a consistent stock ledger and consistent books', async () => {
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
  });
});
