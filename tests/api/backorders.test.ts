// Contract tests of backorders through HTTP: allowBackorder reserves what is there and backorders the rest;
// stock arriving later (adjustment, transfer receipt, restocked return) goes to the oldest backorder first;
// a backordered order cannot be fulfilled, and cancelling it releases everything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { stockLevel } from '../support/stock-level.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  for (const location of [
    { code: 'W1', name: 'Central warehouse', kind: 'warehouse' },
    { code: 'S1', name: 'High Street (pickup point)', kind: 'store', pickupPoint: true, shipsToCustomers: false },
    { code: 'SX', name: 'Outlet (neither ships nor hands out)', kind: 'store', pickupPoint: false, shipsToCustomers: false },
  ]) {
    expect((await t.post('/api/v1/locations', location)).status).toBe(201);
  }
  for (const sku of ['B1', 'B2', 'B3', 'B4']) {
    expect((await t.post('/api/v1/products', { sku, name: `Product ${sku}`, cost: 300, price: 999, taxRate: 2000 })).status).toBe(201);
  }
});

afterAll(() => t.close());

const level = (sku: string, location: string) => stockLevel(t, sku, location);

async function adjust(location: string, sku: string, delta: number) {
  const response = await t.post('/api/v1/inventory/adjustments', { location, reason: 'delivery', lines: [{ sku, delta }] });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
}

async function placeOk(body: Record<string, unknown>) {
  const response = await t.post('/api/v1/orders', { channel: 'web', customer: { email: 'waiting@example.com' }, ...body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function read(id: string) {
  const response = await t.get(`/api/v1/orders/${id}`);
  expect(response.status).toBe(200);
  return response.body;
}

const units = (entries: Array<{ quantity: number }>) => entries.reduce((sum, entry) => sum + entry.quantity, 0);

describe('placing with allowBackorder', () => {
  let order: any;

  it('refuses an order beyond the stock without allowBackorder (409 insufficient_stock)', async () => {
    await adjust('W1', 'B1', 2);
    const response = await t.post('/api/v1/orders', { channel: 'web', fulfillment: 'ship', lines: [{ sku: 'B1', quantity: 5 }] });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('insufficient_stock');
    expect(await level('B1', 'W1')).toEqual({ onHand: 2, reserved: 0, available: 2 });
  });

  it('reserves what is there and backorders the rest: 201 backordered, with `backorders` listed', async () => {
    order = await placeOk({ fulfillment: 'ship', allowBackorder: true, lines: [{ sku: 'B1', quantity: 5 }] });
    expect(order.status).toBe('backordered');
    expect(order.allocations).toEqual([expect.objectContaining({ sku: 'B1', location: 'W1', quantity: 2 })]);
    expect(order.backorders).toEqual([expect.objectContaining({ sku: 'B1', quantity: 3 })]);
    expect(await level('B1', 'W1')).toEqual({ onHand: 2, reserved: 2, available: 0 });
  });

  it('cannot be fulfilled while backordered (409 invalid_state), and nothing leaves', async () => {
    const before = await level('B1', 'W1');
    const response = await t.post(`/api/v1/orders/${order.id}/fulfill`);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('invalid_state');
    expect(await level('B1', 'W1')).toEqual(before);
    expect((await read(order.id)).status).toBe('backordered');
  });

  it('releases everything when cancelled: the reservation, and the backorder never gets later stock', async () => {
    const response = await t.post(`/api/v1/orders/${order.id}/cancel`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.status).toBe('cancelled');
    expect(response.body.backorders).toEqual([]);
    expect(await level('B1', 'W1')).toEqual({ onHand: 2, reserved: 0, available: 2 });

    await adjust('W1', 'B1', 5);
    expect(await level('B1', 'W1')).toEqual({ onHand: 7, reserved: 0, available: 7 });
    const after = await read(order.id);
    expect(after.status).toBe('cancelled');
    expect(after.backorders).toEqual([]);
    expect(after.allocations.filter((allocation: { status: string }) => allocation.status === 'reserved')).toEqual([]);
  });
});

describe('stock arriving by adjustment', () => {
  let older: any;
  let newer: any;

  beforeAll(async () => {
    older = await placeOk({ fulfillment: 'ship', allowBackorder: true, lines: [{ sku: 'B2', quantity: 3 }] });
    newer = await placeOk({ fulfillment: 'ship', allowBackorder: true, lines: [{ sku: 'B2', quantity: 3 }] });
  });

  it('backorders a whole order when there is no stock at all', () => {
    expect(older.status).toBe('backordered');
    expect(older.allocations).toEqual([]);
    expect(older.backorders).toEqual([expect.objectContaining({ sku: 'B2', quantity: 3 })]);
    expect(newer.status).toBe('backordered');
  });

  it('is not allocated when it arrives at a location that does not ship to customers', async () => {
    await adjust('SX', 'B2', 3);
    expect(await level('B2', 'SX')).toEqual({ onHand: 3, reserved: 0, available: 3 });
    expect((await read(older.id)).status).toBe('backordered');
  });

  it('goes to the older backorder first when there is enough for one', async () => {
    await adjust('W1', 'B2', 3);
    const first = await read(older.id);
    expect(first.status).toBe('reserved');
    expect(first.backorders).toEqual([]);
    expect(first.allocations).toEqual([expect.objectContaining({ sku: 'B2', location: 'W1', quantity: 3 })]);
    expect(first.events.map((event: { type: string }) => event.type)).toContain('allocated');

    const second = await read(newer.id);
    expect(second.status).toBe('backordered');
    expect(units(second.backorders)).toBe(3);
    expect(await level('B2', 'W1')).toEqual({ onHand: 3, reserved: 3, available: 0 });
  });

  it('allocates a partial arrival and keeps the order backordered for the rest', async () => {
    await adjust('W1', 'B2', 2);
    const second = await read(newer.id);
    expect(second.status).toBe('backordered');
    expect(units(second.allocations)).toBe(2);
    expect(units(second.backorders)).toBe(1);
    expect(await level('B2', 'W1')).toEqual({ onHand: 5, reserved: 5, available: 0 });

    await adjust('W1', 'B2', 1);
    const complete = await read(newer.id);
    expect(complete.status).toBe('reserved');
    expect(complete.backorders).toEqual([]);
    expect(units(complete.allocations)).toBe(3);
  });

  it('lets a formerly backordered order be fulfilled once reserved', async () => {
    const response = await t.post(`/api/v1/orders/${older.id}/fulfill`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.status).toBe('completed');
    const partly = await t.post(`/api/v1/orders/${newer.id}/fulfill`);
    expect(partly.status, JSON.stringify(partly.body)).toBe(200);
    expect(await level('B2', 'W1')).toEqual({ onHand: 0, reserved: 0, available: 0 });
  });
});

describe('stock arriving by transfer receipt', () => {
  let older: any;
  let newer: any;

  it('goes to the older pickup backorder at the receiving store', async () => {
    older = await placeOk({ fulfillment: 'pickup', pickupLocation: 'S1', allowBackorder: true, lines: [{ sku: 'B3', quantity: 2 }] });
    newer = await placeOk({ fulfillment: 'pickup', pickupLocation: 'S1', allowBackorder: true, lines: [{ sku: 'B3', quantity: 2 }] });
    expect(older.status).toBe('backordered');
    expect(older.backorders).toEqual([expect.objectContaining({ sku: 'B3', location: 'S1', quantity: 2 })]);

    // Stock at the outlet and at the warehouse does not serve a pickup at S1 …
    await adjust('SX', 'B3', 2);
    await adjust('W1', 'B3', 4);
    expect((await read(older.id)).status).toBe('backordered');

    // … until it is transferred there.
    const transfer = await t.post('/api/v1/transfers', { from: 'SX', to: 'S1', lines: [{ sku: 'B3', quantity: 2 }] });
    expect(transfer.status, JSON.stringify(transfer.body)).toBe(201);
    expect((await t.post(`/api/v1/transfers/${transfer.body.id}/ship`)).status).toBe(200);
    expect((await read(older.id)).status).toBe('backordered');
    const received = await t.post(`/api/v1/transfers/${transfer.body.id}/receive`);
    expect(received.status, JSON.stringify(received.body)).toBe(200);

    const first = await read(older.id);
    expect(first.status).toBe('reserved');
    expect(first.allocations).toEqual([expect.objectContaining({ sku: 'B3', location: 'S1', quantity: 2 })]);
    expect((await read(newer.id)).status).toBe('backordered');
    expect(await level('B3', 'S1')).toEqual({ onHand: 2, reserved: 2, available: 0 });
    expect(await level('B3', 'W1')).toEqual({ onHand: 4, reserved: 0, available: 4 });
  });

  it('cannot fulfil the newer one, still waiting (409 invalid_state); the older one can be collected', async () => {
    const waiting = await t.post(`/api/v1/orders/${newer.id}/fulfill`);
    expect(waiting.status).toBe(409);
    expect(waiting.body.code).toBe('invalid_state');
    const collected = await t.post(`/api/v1/orders/${older.id}/fulfill`);
    expect(collected.status).toBe(200);
    expect(await level('B3', 'S1')).toEqual({ onHand: 0, reserved: 0, available: 0 });
  });

  it('releases a backorder with nothing reserved when cancelled; later stock stays available', async () => {
    const cancelled = await t.post(`/api/v1/orders/${newer.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    await adjust('S1', 'B3', 2);
    expect(await level('B3', 'S1')).toEqual({ onHand: 2, reserved: 0, available: 2 });
    expect((await read(newer.id)).status).toBe('cancelled');
  });
});

describe('stock arriving by a restocked return', () => {
  it('goes to the older backorder at the return location; a scrapped return brings nothing', async () => {
    await adjust('S1', 'B4', 2);
    const sale = await placeOk({ channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'B4', quantity: 2 }] });
    expect(sale.status).toBe('completed');
    const older = await placeOk({ fulfillment: 'pickup', pickupLocation: 'S1', allowBackorder: true, lines: [{ sku: 'B4', quantity: 1 }] });
    const newer = await placeOk({ fulfillment: 'pickup', pickupLocation: 'S1', allowBackorder: true, lines: [{ sku: 'B4', quantity: 1 }] });
    expect(older.status).toBe('backordered');
    expect(newer.status).toBe('backordered');

    const scrapped = await t.post('/api/v1/returns', { order: sale.id, location: 'S1', lines: [{ sku: 'B4', quantity: 1, reason: 'damaged', disposition: 'scrap' }] });
    expect(scrapped.status, JSON.stringify(scrapped.body)).toBe(201);
    expect((await read(older.id)).status).toBe('backordered');
    expect(await level('B4', 'S1')).toEqual({ onHand: 0, reserved: 0, available: 0 });

    const restocked = await t.post('/api/v1/returns', { order: sale.number, location: 'S1', lines: [{ sku: 'B4', quantity: 1, reason: 'changed_mind', disposition: 'restock' }] });
    expect(restocked.status, JSON.stringify(restocked.body)).toBe(201);
    const first = await read(older.id);
    expect(first.status).toBe('reserved');
    expect(first.allocations).toEqual([expect.objectContaining({ sku: 'B4', location: 'S1', quantity: 1 })]);
    expect((await read(newer.id)).status).toBe('backordered');
    expect(await level('B4', 'S1')).toEqual({ onHand: 1, reserved: 1, available: 0 });
  });
});

describe('invariants', () => {
  it('leaves a consistent stock ledger and consistent books', async () => {
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
  });
});
