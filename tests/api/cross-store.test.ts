// Cross-store work through HTTP: a store associate looks up what any order may still return (a web order, another
// store's till sale) and takes it back; store and warehouse staff see stock available at every location. The
// order and stock-level reads themselves stay scoped to the caller's locations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let associateA: string;
let webOrder: any;
let tillSaleB: any;

beforeAll(async () => {
  t = await startTestApp();
  for (const location of [
    { code: 'XS-W1', name: 'Cross warehouse', kind: 'warehouse' },
    { code: 'XS-A', name: 'Store A', kind: 'store' },
    { code: 'XS-B', name: 'Store B', kind: 'store' },
    { code: 'XS-WEB', name: 'Web shop', kind: 'online' },
  ]) {
    expect((await t.post('/api/v1/locations', location)).status).toBe(201);
  }
  expect((await t.post('/api/v1/products', { sku: 'XS-TEE', name: 'Tee', barcode: '4006381333931', cost: 500, price: 999, taxRate: 2000 })).status).toBe(201);
  expect((await t.post('/api/v1/products', { sku: 'XS-CAP', name: 'Cap', cost: 300, price: 1005, taxRate: 750 })).status).toBe(201);
  for (const [location, delta] of [['XS-W1', 40], ['XS-B', 12]] as const) {
    const stocked = await t.post('/api/v1/inventory/adjustments', { location, reason: 'stock', lines: [{ sku: 'XS-TEE', delta }, { sku: 'XS-CAP', delta }] });
    expect(stocked.status, JSON.stringify(stocked.body)).toBe(201);
  }
  const placed = await t.post('/api/v1/orders', { channel: 'web', fulfillment: 'ship', location: 'XS-W1', customer: { email: 'cy@example.com' }, lines: [{ sku: 'XS-TEE', quantity: 3 }] });
  expect(placed.status, JSON.stringify(placed.body)).toBe(201);
  webOrder = (await t.post(`/api/v1/orders/${placed.body.id}/fulfill`)).body;
  expect(webOrder.status).toBe('completed');
  const sold = await t.post('/api/v1/orders', { channel: 'store', location: 'XS-B', fulfillment: 'carry_out', lines: [{ sku: 'XS-TEE', quantity: 1 }, { sku: 'XS-CAP', quantity: 2 }] });
  expect(sold.status, JSON.stringify(sold.body)).toBe(201);
  tillSaleB = sold.body;
  associateA = await t.tokenFor('store_associate', ['XS-A']);
});

afterAll(() => t.close());

const eligibility = (order: string, token?: string) => t.get(`/api/v1/returns/eligibility?order=${encodeURIComponent(order)}`, token);

describe('return eligibility', () => {
  it('shows a store associate of A what a web order may still return, and what it paid', async () => {
    const response = await eligibility(webOrder.number, associateA);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    // 3 × 999 = 2997 net, tax 599: 3596 paid for the line.
    expect(response.body).toEqual({
      order: webOrder.number,
      channel: 'web',
      status: 'completed',
      returnable: true,
      lines: [{ lineNo: 1, sku: 'XS-TEE', sold: 3, returned: 0, left: 3, paid: 3596, unitPaid: 1199, refundLeft: 3596 }],
    });
  });

  it('shows store B’s till sale (by id or number) though the associate may not read the order itself, and they take it back at A', async () => {
    expect((await t.get(`/api/v1/orders/${tillSaleB.id}`, associateA)).status).toBe(404);
    const before = await eligibility(tillSaleB.id, associateA);
    expect(before.status).toBe(200);
    expect(before.body.lines.map((line: any) => [line.sku, line.left])).toEqual([['XS-TEE', 1], ['XS-CAP', 2]]);
    const cap = before.body.lines[1];
    const taken = await t.post('/api/v1/returns', { order: tillSaleB.number, location: 'XS-A', lines: [{ sku: 'XS-CAP', quantity: 1, reason: 'changed_mind', disposition: 'restock' }] }, { token: associateA });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    const after = await eligibility(tillSaleB.number, associateA);
    expect(after.body.lines[1]).toMatchObject({ sku: 'XS-CAP', sold: 2, returned: 1, left: 1 });
    // What is left refunds the rest of the line: the two returns add up to what was paid.
    expect(taken.body.refund.amount + after.body.lines[1].refundLeft).toBe(cap.paid);
  });

  it('answers 404 for an unknown order', async () => {
    const response = await eligibility('NO-SUCH-ORDER', associateA);
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('not_found');
  });

  it('is refused (403) to roles that do not take returns', async () => {
    for (const role of ['service_agent', 'analyst', 'warehouse_operator', 'finance']) {
      const response = await eligibility(webOrder.number, await t.tokenFor(role));
      expect(response.status, role).toBe(403);
    }
  });
});

describe('stock availability', () => {
  it('shows a store associate of A what store B, the warehouse and A itself have available, without costs', async () => {
    const response = await t.get('/api/v1/inventory/availability?sku=XS-CAP', associateA);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    // B sold 2 caps and got 1 back at A; the warehouse still has its 40.
    expect(response.body).toEqual({
      sku: 'XS-CAP',
      name: 'Cap',
      locations: [
        { code: 'XS-W1', name: 'Cross warehouse', kind: 'warehouse', available: 40 },
        { code: 'XS-A', name: 'Store A', kind: 'store', available: 1 },
        { code: 'XS-B', name: 'Store B', kind: 'store', available: 10 },
      ],
    });
    // The stock levels themselves stay scoped: store B is not A's to read.
    expect((await t.get('/api/v1/inventory/levels?location=XS-B', associateA)).status).toBe(404);
  });

  it('finds the product by GTIN and filters one location, for a warehouse operator too', async () => {
    const operator = await t.tokenFor('warehouse_operator', ['XS-W1']);
    const response = await t.get('/api/v1/inventory/availability?sku=04006381333931&location=XS-B', operator);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.locations).toEqual([{ code: 'XS-B', name: 'Store B', kind: 'store', available: 11 }]);
  });

  it('answers 404 for an unknown product, an unknown location and one that holds no stock', async () => {
    expect((await t.get('/api/v1/inventory/availability?sku=NOPE', associateA)).status).toBe(404);
    expect((await t.get('/api/v1/inventory/availability?sku=XS-TEE&location=NOWHERE', associateA)).status).toBe(404);
    expect((await t.get('/api/v1/inventory/availability?sku=XS-TEE&location=XS-WEB', associateA)).status).toBe(404);
  });

  it('is refused (403) to roles without the action', async () => {
    for (const role of ['service_agent', 'analyst', 'finance', 'buyer']) {
      const response = await t.get('/api/v1/inventory/availability?sku=XS-TEE', await t.tokenFor(role));
      expect(response.status, role).toBe(403);
    }
  });
});
