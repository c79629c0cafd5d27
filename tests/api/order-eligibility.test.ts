// Where orders may be placed and who may follow them: till sales happen in stores, and whoever placed an
// order can read it even when sourcing took the stock from locations outside their scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('order eligibility and visibility', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.post('/api/v1/locations', { code: 'EW1', name: 'Warehouse', kind: 'warehouse' });
    await t.post('/api/v1/locations', { code: 'ES1', name: 'Store 1', kind: 'store' });
    await t.post('/api/v1/locations', { code: 'ES2', name: 'Store 2', kind: 'store' });
    await t.post('/api/v1/products', { sku: 'EL-1', name: 'Lamp', cost: 1000, price: 2500 });
    await t.post('/api/v1/inventory/adjustments', { location: 'EW1', reason: 'stock', lines: [{ sku: 'EL-1', delta: 10 }] });
  });
  afterAll(() => t.close());

  it('refuses a till sale at a warehouse with 409 location_not_eligible and moves nothing', async () => {
    const response = await t.post('/api/v1/orders', { channel: 'store', location: 'EW1', fulfillment: 'carry_out', lines: [{ sku: 'EL-1', quantity: 1 }] });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('location_not_eligible');
    const level = await t.get('/api/v1/inventory/levels?sku=EL-1&location=EW1');
    expect(level.body.items[0].onHand).toBe(10);
  });

  it('lets a scoped associate follow the ship order they placed, while colleagues elsewhere cannot see it', async () => {
    const associate = await t.tokenFor('store_associate', ['ES1']);
    const other = await t.tokenFor('store_associate', ['ES2']);
    const placed = await t.post('/api/v1/orders', { channel: 'store', fulfillment: 'ship', lines: [{ sku: 'EL-1', quantity: 1 }] }, { token: associate });
    expect(placed.status).toBe(201);
    expect(placed.body.allocations).toEqual([{ sku: 'EL-1', location: 'EW1', quantity: 1, status: 'reserved' }]);
    expect((await t.get(`/api/v1/orders/${placed.body.id}`, associate)).status).toBe(200);
    expect((await t.get(`/api/v1/orders/${placed.body.id}`, other)).status).toBe(404);
  });
});
