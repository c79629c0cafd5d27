// The flash sale: 300 concurrent one-unit orders from every channel for 100 units → exactly 100 accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { checkLedger } from './ledger-checker.ts';

describe('flash sale', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.post('/api/v1/locations', { code: 'FW', name: 'Flash warehouse', kind: 'warehouse' });
    await t.post('/api/v1/locations', { code: 'FS', name: 'Flash store', kind: 'store', shipsToCustomers: true });
    await t.post('/api/v1/products', { sku: 'FLASH-1', name: 'Limited sneaker', cost: 4000, price: 9900 });
    await t.post('/api/v1/inventory/adjustments', { location: 'FW', reason: 'drop', lines: [{ sku: 'FLASH-1', delta: 60 }] });
    await t.post('/api/v1/inventory/adjustments', { location: 'FS', reason: 'drop', lines: [{ sku: 'FLASH-1', delta: 40 }] });
  });
  afterAll(() => t.close());

  it('accepts exactly as many one-unit orders as there are units, across channels', async () => {
    const attempts = Array.from({ length: 300 }, (_, i) => {
      const kind = i % 3;
      const body =
        kind === 0
          ? { channel: 'web', fulfillment: 'ship', lines: [{ sku: 'FLASH-1', quantity: 1 }] }
          : kind === 1
            ? { channel: 'marketplace', fulfillment: 'pickup', pickupLocation: 'FS', lines: [{ sku: 'FLASH-1', quantity: 1 }] }
            : { channel: 'store', location: 'FS', fulfillment: 'carry_out', lines: [{ sku: 'FLASH-1', quantity: 1 }] };
      return t.post('/api/v1/orders', body);
    });
    const responses = await Promise.all(attempts);
    const accepted = responses.filter((response) => response.status === 201);
    const refused = responses.filter((response) => response.status === 409);
    expect(accepted).toHaveLength(100);
    expect(refused).toHaveLength(200);
    expect(new Set(refused.map((response) => response.body.code))).toEqual(new Set(['insufficient_stock']));

    const levels = await t.get('/api/v1/inventory/levels?sku=FLASH-1');
    const available = levels.body.items.reduce((sum: number, item: { available: number }) => sum + item.available, 0);
    expect(available).toBe(0);
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
  });
});
