// Store roles fit store work: a store manager reads the sales and margin of their own stores, store staff
// receive transfers at their store (associates create, approve and ship none), and unit costs and stock
// values are hidden from roles with no business seeing them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/kernel/actor.ts';
import { roleAllows } from '../../src/modules/identity/index.ts';
import { checkBooks } from '../invariants/books-checker.ts';
import { stockLevel } from '../support/stock-level.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const BARCODE = '4006381333931';

describe('store roles', () => {
  let t: TestApp;
  const ok = async (response: Promise<{ status: number; body: any }>, status = 200) => {
    const r = await response;
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    return r.body;
  };
  const sell = (location: string, quantity: number) =>
    ok(t.post('/api/v1/orders', { channel: 'store', location, fulfillment: 'carry_out', tender: 'cash', lines: [{ sku: 'SR-TEE', quantity }] }), 201);

  beforeAll(async () => {
    t = await startTestApp();
    for (const location of [
      { code: 'SR-W1', name: 'Warehouse', kind: 'warehouse' },
      { code: 'SR-S1', name: 'Store one', kind: 'store' },
      { code: 'SR-S2', name: 'Store two', kind: 'store' },
    ]) await ok(t.post('/api/v1/locations', location), 201);
    await ok(t.post('/api/v1/products', { sku: 'SR-TEE', name: 'Tee', barcode: BARCODE, cost: 400, price: 1000, taxRate: 0 }), 201);
    for (const location of ['SR-W1', 'SR-S1', 'SR-S2']) {
      await ok(t.post('/api/v1/inventory/adjustments', { location, reason: 'opening', lines: [{ sku: 'SR-TEE', delta: 50 }] }), 201);
    }
    await sell('SR-S1', 3);
    await sell('SR-S2', 5);
    const web = await ok(t.post('/api/v1/orders', { channel: 'web', fulfillment: 'ship', location: 'SR-W1', lines: [{ sku: 'SR-TEE', quantity: 2 }] }), 201);
    await ok(t.post(`/api/v1/orders/${web.id}/fulfill`));
  });
  afterAll(async () => {
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
    await t.close();
  });

  describe('sales and margin for store managers', () => {
    const MARGIN = '/api/v1/accounting/reports/gross-margin';

    it('shows a store manager only their own stores, without a filter and with one', async () => {
      const manager = await t.tokenFor('store_manager', ['SR-S1']);
      const mine = await ok(t.get(`${MARGIN}?by=location`, manager));
      expect(mine.items).toEqual([{ location: 'SR-S1', revenue: 3000, cogs: 1200, grossMargin: 1800, marginBasisPoints: 6000 }]);
      expect(mine.totals).toEqual({ revenue: 3000, cogs: 1200, grossMargin: 1800, marginBasisPoints: 6000 });
      expect((await ok(t.get(`${MARGIN}?by=channel&location=SR-S1`, manager))).items).toEqual([
        { channel: 'store', revenue: 3000, cogs: 1200, grossMargin: 1800, marginBasisPoints: 6000 },
      ]);
      const csv = await t.request('GET', `${MARGIN}?by=location&format=csv`, { token: manager });
      expect(csv.status).toBe(200);
      expect(String(csv.body)).toContain('SR-S1');
      expect(String(csv.body)).not.toContain('SR-S2');
    });

    it('answers 404 — never an empty report — for a location the manager may not see', async () => {
      const manager = await t.tokenFor('store_manager', ['SR-S1']);
      for (const location of ['SR-S2', 'SR-W1', 'NOWHERE', '@customer']) {
        const response = await t.get(`${MARGIN}?location=${encodeURIComponent(location)}`, manager);
        expect(response.status, location).toBe(404);
        expect(response.body.code).toBe('not_found');
      }
    });

    it('still shows finance and analysts every location, and filters for them too', async () => {
      for (const role of ['finance', 'analyst']) {
        const token = await t.tokenFor(role);
        const all = await ok(t.get(`${MARGIN}?by=location`, token));
        expect(all.items.map((item: { location: string }) => item.location)).toEqual(['SR-S1', 'SR-S2', 'SR-W1']);
        expect((await ok(t.get(`${MARGIN}?by=location&location=SR-S2`, token))).totals.revenue).toBe(5000);
      }
    });

    it('opens only this report to store managers, not the books; associates get none', async () => {
      const manager = await t.tokenFor('store_manager', ['SR-S1']);
      for (const url of ['/api/v1/accounting/reports/profit-and-loss', '/api/v1/accounting/reports/stock-valuation', '/api/v1/accounting/trial-balance']) {
        expect((await t.get(url, manager)).status, url).toBe(403);
      }
      const associate = await t.tokenFor('store_associate', ['SR-S1']);
      const refused = await t.get(MARGIN, associate);
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toBe('A store associate may not read sales and margin reports.');
    });
  });

  describe('receiving transfers at the store', () => {
    const transferTo = async (to: string, from = 'SR-W1') => {
      const created = await ok(t.post('/api/v1/transfers', { from, to, lines: [{ sku: 'SR-TEE', quantity: 4 }] }), 201);
      return created.id as string;
    };

    it('lets a store associate receive a transfer to their store, and nothing else of transfers', async () => {
      const associate = await t.tokenFor('store_associate', ['SR-S1']);
      const id = await transferTo('SR-S1');
      expect((await t.post(`/api/v1/transfers/${id}/ship`, undefined, { token: associate })).status).toBe(403);
      expect((await t.post('/api/v1/transfers', { from: 'SR-W1', to: 'SR-S1', lines: [{ sku: 'SR-TEE', quantity: 1 }] }, { token: associate })).status).toBe(403);
      await ok(t.post(`/api/v1/transfers/${id}/ship`));

      const before = await stockLevel(t, 'SR-TEE', 'SR-S1');
      const received = await ok(t.post(`/api/v1/transfers/${id}/receive`, undefined, { token: associate }));
      expect(received.status).toBe('received');
      expect((await stockLevel(t, 'SR-TEE', 'SR-S1')).onHand).toBe(before.onHand + 4);
    });

    it('does not let an associate approve a request, nor receive at another store', async () => {
      const associate = await t.tokenFor('store_associate', ['SR-S1']);
      const request = await ok(t.post('/api/v1/transfers', { from: 'SR-S1', to: 'SR-S2', lines: [{ sku: 'SR-TEE', quantity: 1 }] }, { token: await t.tokenFor('store_manager', ['SR-S2']) }), 201);
      expect(request.status).toBe('requested');
      expect((await t.post(`/api/v1/transfers/${request.id}/approve`, undefined, { token: associate })).status).toBe(403);

      // Leaving their store for another: they may see it, but only SR-S2 receives it.
      const outgoing = await transferTo('SR-S2', 'SR-S1');
      await ok(t.post(`/api/v1/transfers/${outgoing}/ship`));
      expect((await t.post(`/api/v1/transfers/${outgoing}/receive`, undefined, { token: associate })).status).toBe(403);
      // Between two places they have nothing to do with: not even its existence is shown.
      const elsewhere = await transferTo('SR-S2');
      await ok(t.post(`/api/v1/transfers/${elsewhere}/ship`));
      expect((await t.post(`/api/v1/transfers/${elsewhere}/receive`, undefined, { token: associate })).status).toBe(404);
      await ok(t.post(`/api/v1/transfers/${elsewhere}/receive`, undefined, { token: await t.tokenFor('store_associate', ['SR-S2']) }));
    });

    it('still lets store managers and warehouse operators receive', async () => {
      for (const [role, location] of [['store_manager', 'SR-S1'], ['warehouse_operator', 'SR-W1']] as const) {
        const id = await transferTo(location, location === 'SR-W1' ? 'SR-S2' : 'SR-W1');
        await ok(t.post(`/api/v1/transfers/${id}/ship`));
        expect((await ok(t.post(`/api/v1/transfers/${id}/receive`, undefined, { token: await t.tokenFor(role, [location]) }))).status).toBe('received');
      }
    });
  });

  describe('unit costs', () => {
    const productRoutes = ['/api/v1/products/SR-TEE', `/api/v1/products/by-barcode/${BARCODE}`];

    it.each([
      ['store_associate', ['SR-S1']],
      ['service_agent', undefined],
    ] as const)('are absent from every product a %s reads', async (role, locations) => {
      const token = await t.tokenFor(role, locations ? [...locations] : undefined);
      for (const url of productRoutes) {
        const product = await ok(t.get(url, token));
        expect(product, url).not.toHaveProperty('cost');
        expect(product).toMatchObject({ sku: 'SR-TEE', price: 1000 });
      }
      const list = await ok(t.get('/api/v1/products?q=SR-', token));
      expect(list.items).toHaveLength(1);
      expect(list.items[0]).not.toHaveProperty('cost');
      expect(JSON.stringify(list)).not.toContain('"cost"');
    });

    it.each(['store_manager', 'buyer', 'warehouse_operator', 'finance', 'analyst'])('are shown to a %s', async (role) => {
      const token = await t.tokenFor(role, role === 'store_manager' ? ['SR-S1'] : role === 'warehouse_operator' ? ['SR-W1'] : undefined);
      for (const url of productRoutes) expect((await ok(t.get(url, token))).cost, url).toBe(400);
      expect((await ok(t.get('/api/v1/products?q=SR-', token))).items[0].cost).toBe(400);
    });

    it('hide stock values from the count history an associate reads', async () => {
      await ok(t.post('/api/v1/inventory/counts', { location: 'SR-S1', lines: [{ sku: 'SR-TEE', counted: 40 }] }), 201);
      const associate = await ok(t.get('/api/v1/inventory/counts?location=SR-S1', await t.tokenFor('store_associate', ['SR-S1'])));
      expect(associate.items[0].lines[0]).toEqual({ sku: 'SR-TEE', counted: 40, onHandAtCount: expect.any(Number), variance: expect.any(Number) });
      const manager = await ok(t.get('/api/v1/inventory/counts?location=SR-S1', await t.tokenFor('store_manager', ['SR-S1'])));
      expect(manager.items[0].lines[0].value).toEqual(expect.any(Number));
    });

    it('are optional in the OpenAPI product schema', async () => {
      const openapi = await ok(t.get('/api/v1/openapi.json', null));
      const product = openapi.paths['/api/v1/products/{sku}'].get.responses['200'].content['application/json'].schema;
      expect(Object.keys(product.properties)).toContain('cost');
      expect(product.required).not.toContain('cost');
    });

    it('are readable by every role whose work shows them anyway (writes with values, purchasing, the books)', () => {
      for (const role of ROLES) {
        const showsCosts = ['products.write', 'inventory.adjust', 'inventory.count', 'purchasing.read', 'accounting.read', 'reports.sales'].some((action) => roleAllows(role, action));
        if (showsCosts) expect(roleAllows(role, 'costs.read'), role).toBe(true);
      }
      expect(roleAllows('store_associate', 'costs.read')).toBe(false);
      expect(roleAllows('service_agent', 'costs.read')).toBe(false);
    });
  });
});
