// Filtering the order list: by placing time (from/to), channel, status and location, with bad values refused
// (400) and a location outside the caller's scope answered 404 rather than with an empty list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let now = new Date('2026-03-01T10:00:00.000Z');
const placed: Record<string, string> = {};

async function place(name: string, at: string, body: Record<string, unknown>) {
  now = new Date(at);
  const response = await t.post('/api/v1/orders', { lines: [{ sku: 'FLT-TEE', quantity: 1 }], ...body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  placed[response.body.id] = name;
  return response.body;
}

/** The names of the listed orders, newest first. */
async function listed(query: string, token?: string): Promise<string[]> {
  const response = await t.get(`/api/v1/orders?limit=500&${query}`, token);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.items.map((item: { id: string }) => placed[item.id] ?? item.id);
}

beforeAll(async () => {
  t = await startTestApp({ clock: { now: () => now } });
  for (const location of [
    { code: 'FW1', name: 'Warehouse', kind: 'warehouse' },
    { code: 'FS1', name: 'Store one', kind: 'store' },
    { code: 'FS2', name: 'Store two', kind: 'store' },
  ]) {
    expect((await t.post('/api/v1/locations', location)).status).toBe(201);
  }
  expect((await t.post('/api/v1/products', { sku: 'FLT-TEE', name: 'Tee', cost: 400, price: 999 })).status).toBe(201);
  for (const location of ['FW1', 'FS1', 'FS2']) {
    expect((await t.post('/api/v1/inventory/adjustments', { location, reason: 'opening', lines: [{ sku: 'FLT-TEE', delta: 20 }] })).status).toBe(201);
  }
  await place('sale-fs1', '2026-03-01T10:00:00.000Z', { channel: 'store', location: 'FS1', fulfillment: 'carry_out' });
  await place('web-ship', '2026-03-02T23:30:00.000Z', { channel: 'web', fulfillment: 'ship', location: 'FW1', customer: { email: 'ada@example.com', name: 'Ada' } });
  await place('sale-fs2', '2026-03-03T08:00:00.000Z', { channel: 'store', location: 'FS2', fulfillment: 'carry_out' });
  const pickup = await place('pickup-fs2', '2026-03-03T09:00:00.000Z', { channel: 'marketplace', fulfillment: 'pickup', pickupLocation: 'FS2' });
  expect((await t.post(`/api/v1/orders/${pickup.id}/cancel`, { reason: 'changed mind' })).status).toBe(200);
});

afterAll(() => t.close());

describe('by placing time', () => {
  it('takes a from date as the start of that day and a to date as the whole day', async () => {
    expect(await listed('from=2026-03-02')).toEqual(['pickup-fs2', 'sale-fs2', 'web-ship']);
    expect(await listed('to=2026-03-02')).toEqual(['web-ship', 'sale-fs1']);
    expect(await listed('from=2026-03-02&to=2026-03-02')).toEqual(['web-ship']);
    expect(await listed('to=2026-02-28')).toEqual([]);
  });

  it('takes date-times as inclusive bounds, with offsets', async () => {
    expect(await listed('from=2026-03-02T23:30:00Z&to=2026-03-02T23:30:00Z')).toEqual(['web-ship']);
    expect(await listed('to=2026-03-02T23:29:59.999Z')).toEqual(['sale-fs1']);
    // 09:30 at +02:00 is 07:30 UTC, before the FS2 sale.
    expect(await listed(`from=${encodeURIComponent('2026-03-03T09:30:00+02:00')}`)).toEqual(['pickup-fs2', 'sale-fs2']);
  });

  it('refuses from after to with 400 at /query/from', async () => {
    for (const query of ['from=2026-03-03&to=2026-03-02', 'from=2026-03-02T12:00:00Z&to=2026-03-02T11:59:59Z']) {
      const response = await t.get(`/api/v1/orders?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors).toEqual([expect.objectContaining({ path: '/query/from' })]);
    }
  });

  it.each(['from=yesterday', 'from=2026-02-30', 'to=2026-03-02T25:00:00Z', 'to=03/02/2026', 'from='])('refuses %s with 400', async (query) => {
    const response = await t.get(`/api/v1/orders?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
  });
});

describe('by channel, status and location', () => {
  it('filters by channel', async () => {
    expect(await listed('channel=store')).toEqual(['sale-fs2', 'sale-fs1']);
    expect(await listed('channel=marketplace')).toEqual(['pickup-fs2']);
  });

  it('filters by status', async () => {
    expect(await listed('status=completed')).toEqual(['sale-fs2', 'sale-fs1']);
    expect(await listed('status=cancelled')).toEqual(['pickup-fs2']);
    expect(await listed('status=reserved')).toEqual(['web-ship']);
  });

  it('filters by location: sold, shipped or picked up there', async () => {
    expect(await listed('location=FS2')).toEqual(['pickup-fs2', 'sale-fs2']);
    expect(await listed('location=FW1')).toEqual(['web-ship']);
  });

  it('combines filters', async () => {
    expect(await listed('location=FS2&status=completed&from=2026-03-03')).toEqual(['sale-fs2']);
    expect(await listed('channel=store&to=2026-03-02')).toEqual(['sale-fs1']);
  });

  it.each(['channel=phone', 'status=lost', 'fulfillment=drone', 'channel=', 'location='])('refuses %s with 400', async (query) => {
    const response = await t.get(`/api/v1/orders?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
  });

  it('answers 404 for an unknown location rather than an empty list', async () => {
    const response = await t.get('/api/v1/orders?location=NOWHERE');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('not_found');
  });
});

describe('location scope', () => {
  it('answers 404 when a store associate names a location outside their scope, and lists their own', async () => {
    const associate = await t.tokenFor('store_associate', ['FS1']);
    const foreign = await t.get('/api/v1/orders?location=FS2', associate);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('not_found');
    expect(await listed('location=FS1', associate)).toEqual(['sale-fs1']);
    expect(await listed('', associate)).toEqual(['sale-fs1']);
  });
});
