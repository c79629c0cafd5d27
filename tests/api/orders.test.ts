// Contract tests of orders through HTTP: till sales, ship and pickup orders, fulfil and cancel, prices and
// tax per line, validation, refusals that reserve nothing, reading with the timeline, roles and scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { type Level, stockLevel } from '../support/stock-level.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let associateS1: string;
let associateS2: string;
let managerS1: string;

// Prices chosen so tax rounding shows: 3 × 999 at 20 % = 599.4 → 599; 25 at 10 % = 2.5 → 3; 2 × 1005 at 7.5 % = 150.75 → 151.
const PRODUCTS = [
  { sku: 'TEE', name: 'Classic tee', cost: 400, price: 999, taxRate: 2000 },
  { sku: 'MUG', name: 'Mug', cost: 10, price: 25, taxRate: 1000 },
  { sku: 'CAP', name: 'Cap', cost: 500, price: 1005, taxRate: 750 },
  { sku: 'BAG', name: 'Tote bag', cost: 200, price: 1500, taxRate: 2000 },
];

beforeAll(async () => {
  t = await startTestApp();
  for (const location of [
    { code: 'W1', name: 'Central warehouse', kind: 'warehouse' },
    { code: 'S1', name: 'High Street', kind: 'store' },
    { code: 'S2', name: 'Riverside', kind: 'store' },
  ]) {
    expect((await t.post('/api/v1/locations', location)).status).toBe(201);
  }
  for (const product of PRODUCTS) expect((await t.post('/api/v1/products', product)).status).toBe(201);
  for (const location of ['W1', 'S1', 'S2']) {
    const stock = await t.post('/api/v1/inventory/adjustments', {
      location,
      reason: 'opening stock',
      lines: PRODUCTS.map((product) => ({ sku: product.sku, delta: 20 })),
    });
    expect(stock.status).toBe(201);
  }
  [associateS1, associateS2, managerS1] = await Promise.all([
    t.tokenFor('store_associate', ['S1']),
    t.tokenFor('store_associate', ['S2']),
    t.tokenFor('store_manager', ['S1']),
  ]);
});

afterAll(() => t.close());

const level = (sku: string, location: string) => stockLevel(t, sku, location);

async function levels(skus: string[], locations: string[]): Promise<Record<string, Level>> {
  const result: Record<string, Level> = {};
  for (const sku of skus) for (const location of locations) result[`${sku}@${location}`] = await level(sku, location);
  return result;
}

function order(body: unknown, token?: string, headers?: Record<string, string>) {
  return t.post('/api/v1/orders', body, { ...(token ? { token } : {}), ...(headers ? { headers } : {}) });
}

async function orderOk(body: unknown, token?: string) {
  const response = await order(body, token);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

describe('a till sale (carry_out)', () => {
  let sale: any;

  it('answers 201 completed, with lines and totals per contract', async () => {
    const before = await levels(['TEE', 'MUG', 'CAP'], ['S1']);
    const response = await order(
      {
        channel: 'store',
        location: 'S1',
        fulfillment: 'carry_out',
        lines: [
          { sku: 'TEE', quantity: 3 },
          { sku: 'MUG', quantity: 1 },
          { sku: 'CAP', quantity: 2 },
        ],
      },
      associateS1,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    sale = response.body;
    expect(sale).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      number: expect.any(String),
      channel: 'store',
      status: 'completed',
      fulfillment: 'carry_out',
    });
    expect(sale.lines).toEqual([
      expect.objectContaining({ sku: 'TEE', quantity: 3, unitPrice: 999, discount: 0, tax: 599 }),
      expect.objectContaining({ sku: 'MUG', quantity: 1, unitPrice: 25, discount: 0, tax: 3 }),
      expect.objectContaining({ sku: 'CAP', quantity: 2, unitPrice: 1005, discount: 0, tax: 151 }),
    ]);
    expect(sale.totals).toEqual({ subtotal: 2997 + 25 + 2010, discount: 0, tax: 599 + 3 + 151, total: 5032 + 753 });
    expect(sale.allocations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sku: 'TEE', location: 'S1', quantity: 3 }),
        expect.objectContaining({ sku: 'MUG', location: 'S1', quantity: 1 }),
        expect.objectContaining({ sku: 'CAP', location: 'S1', quantity: 2 }),
      ]),
    );

    // The stock left the store now.
    const after = await levels(['TEE', 'MUG', 'CAP'], ['S1']);
    expect(after['TEE@S1']?.onHand).toBe((before['TEE@S1']?.onHand ?? 0) - 3);
    expect(after['MUG@S1']?.onHand).toBe((before['MUG@S1']?.onHand ?? 0) - 1);
    expect(after['CAP@S1']?.onHand).toBe((before['CAP@S1']?.onHand ?? 0) - 2);
    expect(after['TEE@S1']?.reserved).toBe(0);
  });

  it('keeps every line and the totals consistent: line = quantity × unitPrice − discount + tax, totals are sums', () => {
    const lineTotal = (line: { quantity: number; unitPrice: number; discount: number; tax: number }) => line.quantity * line.unitPrice - line.discount + line.tax;
    const sum = (pick: (line: any) => number) => sale.lines.reduce((total: number, line: any) => total + pick(line), 0);
    expect(sale.totals.subtotal).toBe(sum((line) => line.quantity * line.unitPrice));
    expect(sale.totals.discount).toBe(sum((line) => line.discount));
    expect(sale.totals.tax).toBe(sum((line) => line.tax));
    expect(sale.totals.total).toBe(sale.totals.subtotal - sale.totals.discount + sale.totals.tax);
    expect(sale.totals.total).toBe(sum(lineTotal));
  });

  it('reads back by id and by number, with the shape and a timeline of { at, type, detail }', async () => {
    const byId = await t.get(`/api/v1/orders/${sale.id}`);
    expect(byId.status).toBe(200);
    const { events, ...rest } = byId.body;
    expect(rest).toEqual(sale);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event).toEqual({ at: expect.any(String), type: expect.any(String), detail: expect.any(Object) });
      expect(Number.isNaN(Date.parse(event.at))).toBe(false);
    }
    expect(events.map((event: { type: string }) => event.type)).toContain('completed');

    const byNumber = await t.get(`/api/v1/orders/${sale.number}`);
    expect(byNumber.status).toBe(200);
    expect(byNumber.body).toEqual(byId.body);
  });

  it('cannot be cancelled (409 invalid_state) nor fulfilled again', async () => {
    const cancel = await t.post(`/api/v1/orders/${sale.id}/cancel`);
    expect(cancel.status).toBe(409);
    expect(cancel.body.code).toBe('invalid_state');
    const fulfil = await t.post(`/api/v1/orders/${sale.id}/fulfill`);
    expect(fulfil.status).toBe(409);
    expect(fulfil.body.code).toBe('invalid_state');
    expect((await t.get(`/api/v1/orders/${sale.id}`)).body.status).toBe('completed');
  });

  it('takes a product’s tax rate from the catalog, including the company default', async () => {
    const plain = await t.post('/api/v1/products', { sku: 'PLAIN', name: 'No own rate', cost: 100, price: 1001 });
    expect(plain.status).toBe(201);
    await t.post('/api/v1/inventory/adjustments', { location: 'S1', reason: 'stock', lines: [{ sku: 'PLAIN', delta: 1 }] });
    const sold = await orderOk({ channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'PLAIN', quantity: 1 }] });
    const expectedTax = Math.floor((1001 * plain.body.taxRate) / 10_000 + 0.5);
    expect(sold.lines[0]).toMatchObject({ unitPrice: 1001, tax: expectedTax });
    expect(sold.totals.total).toBe(1001 + expectedTax);
  });
});

describe('ship and pickup orders', () => {
  let shipped: any;
  let pickup: any;

  it('reserves a ship order at the named location: 201 reserved, allocation there', async () => {
    const before = await level('TEE', 'W1');
    shipped = await orderOk({ channel: 'web', fulfillment: 'ship', location: 'W1', customer: { email: 'ada@example.com', name: 'Ada' }, lines: [{ sku: 'TEE', quantity: 2 }] });
    expect(shipped).toMatchObject({ channel: 'web', status: 'reserved', fulfillment: 'ship' });
    expect(shipped.allocations).toEqual([expect.objectContaining({ sku: 'TEE', location: 'W1', quantity: 2 })]);
    expect(shipped.totals).toEqual({ subtotal: 1998, discount: 0, tax: 400, total: 2398 });
    expect(await level('TEE', 'W1')).toEqual({ onHand: before.onHand, reserved: before.reserved + 2, available: before.available - 2 });
  });

  it('reserves a pickup order at the pickup location', async () => {
    const before = await level('BAG', 'S2');
    pickup = await orderOk({ channel: 'marketplace', fulfillment: 'pickup', pickupLocation: 'S2', lines: [{ sku: 'BAG', quantity: 4 }] });
    expect(pickup).toMatchObject({ channel: 'marketplace', status: 'reserved', fulfillment: 'pickup' });
    expect(pickup.allocations).toEqual([expect.objectContaining({ sku: 'BAG', location: 'S2', quantity: 4 })]);
    expect(await level('BAG', 'S2')).toEqual({ onHand: before.onHand, reserved: before.reserved + 4, available: before.available - 4 });
  });

  it('fulfils: completed, and the reserved stock leaves the allocated location', async () => {
    const before = await level('TEE', 'W1');
    const response = await t.post(`/api/v1/orders/${shipped.id}/fulfill`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.status).toBe('completed');
    expect(await level('TEE', 'W1')).toEqual({ onHand: before.onHand - 2, reserved: before.reserved - 2, available: before.available });
    const read = await t.get(`/api/v1/orders/${shipped.id}`);
    expect(read.body.events.map((event: { type: string }) => event.type)).toEqual(expect.arrayContaining(['placed', 'completed']));
  });

  it('cancels: cancelled, and the reservation is released', async () => {
    const before = await level('BAG', 'S2');
    const response = await t.post(`/api/v1/orders/${pickup.id}/cancel`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.status).toBe('cancelled');
    expect(await level('BAG', 'S2')).toEqual({ onHand: before.onHand, reserved: before.reserved - 4, available: before.available + 4 });
    expect((await t.get(`/api/v1/orders/${pickup.id}`)).body.events.map((event: { type: string }) => event.type)).toContain('cancelled');
  });

  it('refuses to fulfil or cancel a cancelled order (409 invalid_state), changing nothing', async () => {
    const before = await level('BAG', 'S2');
    for (const verb of ['fulfill', 'cancel']) {
      const response = await t.post(`/api/v1/orders/${pickup.id}/${verb}`);
      expect(response.status, verb).toBe(409);
      expect(response.body.code, verb).toBe('invalid_state');
    }
    expect(await level('BAG', 'S2')).toEqual(before);
  });

  it('refuses to cancel a completed ship order (409 invalid_state)', async () => {
    const response = await t.post(`/api/v1/orders/${shipped.id}/cancel`);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('invalid_state');
  });

  it('answers 404 to fulfil or cancel an unknown order', async () => {
    expect((await t.post('/api/v1/orders/00000000-0000-4000-8000-0000000000ff/fulfill')).status).toBe(404);
    expect((await t.post('/api/v1/orders/SO-9999999/cancel')).status).toBe(404);
  });
});

describe('price overrides', () => {
  const tillSale = (unitPrice: number) => ({ channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'TEE', quantity: 2, unitPrice }] });

  it('refuses an explicit unitPrice from a store associate (403), selling nothing', async () => {
    const before = await level('TEE', 'S1');
    const response = await order(tillSale(500), associateS1);
    expect(response.status).toBe(403);
    expect(response.body.detail).toBe('A store associate may not sell at a price other than the product’s. The line of TEE asks for another price.');
    expect(await level('TEE', 'S1')).toEqual(before);
  });

  it('accepts one from a store manager and prices the line with it', async () => {
    const sold = await orderOk(tillSale(500), managerS1);
    expect(sold.lines[0]).toMatchObject({ sku: 'TEE', quantity: 2, unitPrice: 500, discount: 0, tax: 200 });
    expect(sold.totals).toEqual({ subtotal: 1000, discount: 0, tax: 200, total: 1200 });
  });

  it('accepts one from an admin, even zero', async () => {
    const sold = await orderOk(tillSale(0));
    expect(sold.lines[0]).toMatchObject({ unitPrice: 0, tax: 0 });
    expect(sold.totals.total).toBe(0);
  });

  it('answers 400 for a negative or fractional unitPrice', async () => {
    expect((await order(tillSale(-1))).status).toBe(400);
    expect((await order(tillSale(9.99))).status).toBe(400);
  });
});

describe('refusals that reserve nothing', () => {
  it('answers 409 insufficient_stock for a pickup order that one line cannot fill, reserving no line', async () => {
    const before = await levels(['TEE', 'MUG'], ['S1']);
    const response = await order({
      channel: 'web',
      fulfillment: 'pickup',
      pickupLocation: 'S1',
      lines: [
        { sku: 'TEE', quantity: 1 },
        { sku: 'MUG', quantity: 1000 },
      ],
    });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ status: 409, code: 'insufficient_stock' });
    expect(await levels(['TEE', 'MUG'], ['S1'])).toEqual(before);
  });

  it('answers 409 insufficient_stock for a till sale beyond the store’s stock, selling no line', async () => {
    const before = await levels(['TEE', 'MUG'], ['S2']);
    const response = await order({
      channel: 'store',
      location: 'S2',
      fulfillment: 'carry_out',
      lines: [
        { sku: 'TEE', quantity: 1 },
        { sku: 'MUG', quantity: 21 },
      ],
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('insufficient_stock');
    // Says how many are available, per short line, in words and as a member a client can act on.
    const mugs = before['MUG@S2']?.available;
    expect(response.body.lines).toEqual([{ sku: 'MUG', requested: 21, available: mugs }]);
    expect(response.body.detail).toBe(`Not enough available stock at S2 (MUG: 21 requested, ${mugs} available).`);
    expect(response.body.errors).toEqual([{ path: '/lines/1/quantity', message: `only ${mugs} available` }]);
    expect(await levels(['TEE', 'MUG'], ['S2'])).toEqual(before);
  });

  it('answers 409 insufficient_stock for a ship order no location can fill', async () => {
    const before = await levels(['CAP'], ['W1', 'S1', 'S2']);
    const response = await order({ channel: 'web', fulfillment: 'ship', lines: [{ sku: 'CAP', quantity: 500 }] });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('insufficient_stock');
    expect(await levels(['CAP'], ['W1', 'S1', 'S2'])).toEqual(before);
  });

  it('answers 400 naming an unknown field (a line "discount") instead of charging full price without a word', async () => {
    const before = await levels(['TEE'], ['S2']);
    const response = await order({ channel: 'store', location: 'S2', fulfillment: 'carry_out', lines: [{ sku: 'TEE', quantity: 1, discount: 500 }] });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual([{ path: '/lines/0/discount', message: 'is not a known field' }]);
    expect(await levels(['TEE'], ['S2'])).toEqual(before);
  });

  it('answers 422 unknown_reference for an unknown SKU, pointing at the line', async () => {
    const response = await order({
      channel: 'web',
      fulfillment: 'pickup',
      pickupLocation: 'S1',
      lines: [
        { sku: 'TEE', quantity: 1 },
        { sku: 'NO-SUCH-SKU', quantity: 1 },
      ],
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('unknown_reference');
    expect(response.body.errors).toEqual([expect.objectContaining({ path: '/lines/1/sku' })]);
  });

  it('answers 422 unknown_reference for an unknown location', async () => {
    const response = await order({ channel: 'store', location: 'NOWHERE', fulfillment: 'carry_out', lines: [{ sku: 'TEE', quantity: 1 }] });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('unknown_reference');
  });

  it.each([
    ['0', 0],
    ['-1', -1],
    ['1.5', 1.5],
    ['"2"', '2'],
    ['null', null],
  ])('answers 400 validation_failed for quantity %s', async (_name, quantity) => {
    const before = await level('TEE', 'S1');
    const response = await order({ channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'TEE', quantity }] });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/lines/0/quantity' })]));
    expect(await level('TEE', 'S1')).toEqual(before);
  });

  it.each([
    ['empty lines', { channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [] }, '/lines'],
    ['an unknown channel', { channel: 'phone', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'TEE', quantity: 1 }] }, '/channel'],
    ['an unknown fulfillment', { channel: 'web', fulfillment: 'teleport', lines: [{ sku: 'TEE', quantity: 1 }] }, '/fulfillment'],
    ['a customer email that is not one', { channel: 'web', fulfillment: 'ship', customer: { email: 'nope' }, lines: [{ sku: 'TEE', quantity: 1 }] }, '/customer/email'],
    ['a till sale without its store', { channel: 'store', fulfillment: 'carry_out', lines: [{ sku: 'TEE', quantity: 1 }] }, '/location'],
    ['a pickup without its pickup location', { channel: 'web', fulfillment: 'pickup', lines: [{ sku: 'TEE', quantity: 1 }] }, '/pickupLocation'],
  ])('answers 400 validation_failed for %s', async (_name, body, path) => {
    const response = await order(body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });

  it('answers 4xx, never 5xx, for a line whose amount is beyond safe integers', async () => {
    const response = await order({ channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'TEE', quantity: 1_000_000_000, unitPrice: 9_000_000_000_000_000 }] });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe('roles and location scope', () => {
  let saleS2: any;
  beforeAll(async () => {
    saleS2 = await orderOk({ channel: 'store', location: 'S2', fulfillment: 'carry_out', lines: [{ sku: 'MUG', quantity: 1 }] }, associateS2);
  });

  it('hides an order of S2 from a store associate scoped to S1 (404), by id and by number', async () => {
    expect((await t.get(`/api/v1/orders/${saleS2.id}`, associateS1)).status).toBe(404);
    expect((await t.get(`/api/v1/orders/${saleS2.number}`, associateS1)).status).toBe(404);
    expect((await t.get(`/api/v1/orders/${saleS2.id}`, associateS2)).status).toBe(200);
  });

  it('leaves it out of that associate’s order list', async () => {
    const list = await t.get('/api/v1/orders?limit=500', associateS1);
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(saleS2.id);
  });

  it('refuses a till sale at another store (403), selling nothing', async () => {
    const before = await level('MUG', 'S2');
    const response = await order({ channel: 'store', location: 'S2', fulfillment: 'carry_out', lines: [{ sku: 'MUG', quantity: 1 }] }, associateS1);
    expect(response.status).toBe(403);
    expect(await level('MUG', 'S2')).toEqual(before);
  });

  it('refuses a pickup order at another store (403)', async () => {
    const response = await order({ channel: 'web', fulfillment: 'pickup', pickupLocation: 'S2', lines: [{ sku: 'MUG', quantity: 1 }] }, associateS1);
    expect(response.status).toBe(403);
  });

  it('lets a store associate cancel, but not another store’s order', async () => {
    const held = await orderOk({ channel: 'web', fulfillment: 'pickup', pickupLocation: 'S2', lines: [{ sku: 'MUG', quantity: 1 }] });
    const foreign = await t.post(`/api/v1/orders/${held.id}/cancel`, undefined, { token: associateS1 });
    expect([403, 404]).toContain(foreign.status);
    expect((await t.get(`/api/v1/orders/${held.id}`)).body.status).toBe('reserved');
    const own = await t.post(`/api/v1/orders/${held.id}/cancel`, undefined, { token: associateS2 });
    expect(own.status).toBe(200);
    expect(own.body.status).toBe('cancelled');
  });

  it('lets a service agent read any order but not create one (403)', async () => {
    const agent = await t.tokenFor('service_agent');
    const read = await t.get(`/api/v1/orders/${saleS2.id}`, agent);
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(saleS2.id);
    expect((await t.get('/api/v1/orders', agent)).status).toBe(200);
    const before = await level('TEE', 'W1');
    const create = await order({ channel: 'web', fulfillment: 'ship', lines: [{ sku: 'TEE', quantity: 1 }] }, agent);
    expect(create.status).toBe(403);
    expect(await level('TEE', 'W1')).toEqual(before);
  });

  it('answers 401 without a token', async () => {
    expect((await t.get(`/api/v1/orders/${saleS2.id}`, null)).status).toBe(401);
    const anonymous = await t.post('/api/v1/orders', { channel: 'web', fulfillment: 'ship', lines: [{ sku: 'TEE', quantity: 1 }] }, { token: null });
    expect(anonymous.status).toBe(401);
  });

  it('answers 404 for an unknown order', async () => {
    expect((await t.get('/api/v1/orders/00000000-0000-4000-8000-0000000000ff')).status).toBe(404);
    expect((await t.get('/api/v1/orders/SO-9999999')).status).toBe(404);
  });
});

describe('idempotent order creation', () => {
  const body = { channel: 'web', fulfillment: 'pickup', pickupLocation: 'S1', lines: [{ sku: 'CAP', quantity: 3 }] };

  it('returns the same order for the same key and body, with one reservation', async () => {
    const before = await level('CAP', 'S1');
    const headers = { 'idempotency-key': 'order-cap-3' };
    const first = await order(body, undefined, headers);
    const second = await order(body, undefined, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(await level('CAP', 'S1')).toEqual({ onHand: before.onHand, reserved: before.reserved + 3, available: before.available - 3 });
    const list = await t.get('/api/v1/orders?location=S1&status=reserved&limit=500');
    expect(list.body.items.filter((item: { id: string }) => item.id === first.body.id)).toHaveLength(1);
  });

  it('refuses the same key with another body (409 idempotency_key_reused), reserving nothing more', async () => {
    const before = await level('CAP', 'S1');
    const response = await order({ ...body, lines: [{ sku: 'CAP', quantity: 4 }] }, undefined, { 'idempotency-key': 'order-cap-3' });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('idempotency_key_reused');
    expect(await level('CAP', 'S1')).toEqual(before);
  });

  it('places a second order for a new key', async () => {
    const first = await order(body, undefined, { 'idempotency-key': 'order-cap-3-again' });
    expect(first.status).toBe(201);
    const earlier = await order(body, undefined, { 'idempotency-key': 'order-cap-3' });
    expect(first.body.id).not.toBe(earlier.body.id);
  });
});

describe('invariants', () => {
  it('leaves a consistent stock ledger and consistent books', async () => {
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
  });
});
