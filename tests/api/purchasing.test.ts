// Contract tests of purchase orders through HTTP: manual creation, approval policies (automatic, one buyer,
// buyer then head of purchasing), the approval inbox and audited decisions, sending with promised dates, and
// receipts — partial and multiple, over-receipt tolerance, scope, average cost, backorders allocated oldest
// first — with the ledger and books checkers.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let buyer: string;
let head: string;
let headEmail: string;
let operatorW1: string;
let operatorW2: string;
let finance: string;

async function ok(path: string, body: unknown, status = 201, token?: string) {
  const response = await t.post(path, body, token ? { token } : {});
  expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBe(status);
  return response.body;
}

async function valuation(sku: string): Promise<{ quantity: number; value: number }> {
  const result = await sql<{ quantity: number; value: number }>`SELECT v.quantity, v.value FROM product_valuation v JOIN product p ON p.id = v.product_id
    WHERE p.sku = ${sku}`.execute(t.app.database.kysely);
  const row = result.rows[0];
  return { quantity: Number(row?.quantity ?? 0), value: Number(row?.value ?? 0) };
}

async function level(sku: string, location: string) {
  const item = (await t.get(`/api/v1/inventory/levels?sku=${sku}&location=${location}`)).body.items[0];
  return item ? { onHand: item.onHand, reserved: item.reserved } : { onHand: 0, reserved: 0 };
}

beforeAll(async () => {
  t = await startTestApp();
  for (const location of [
    { code: 'W1', name: 'Central warehouse', kind: 'warehouse' },
    { code: 'W2', name: 'North warehouse', kind: 'warehouse' },
    { code: 'S1', name: 'High Street', kind: 'store' },
  ]) {
    await ok('/api/v1/locations', location);
  }
  await ok('/api/v1/products', { sku: 'TEE', name: 'T-shirt', category: 'basics', cost: 300, price: 999, taxRate: 2000 });
  await ok('/api/v1/products', { sku: 'SOCK', name: 'Socks', category: 'basics', cost: 100, price: 399, taxRate: 2000 });
  await ok('/api/v1/products', { sku: 'MUG', name: 'Mug', category: 'home', cost: 500, price: 1299, taxRate: 2000 });
  await ok('/api/v1/products', { sku: 'LAMP', name: 'Lamp', category: 'electronics', cost: 2000, price: 4999, taxRate: 2000 });
  await ok('/api/v1/vendors', { code: 'ACME', name: 'Acme', leadTimeDays: 10 });
  await ok('/api/v1/vendors/ACME/products', { sku: 'TEE', unitCost: 250, leadTimeDays: 7, preferred: true }, 200);
  await ok('/api/v1/vendors/ACME/products', { sku: 'MUG', unitCost: 500 }, 200);
  headEmail = `head.${process.pid}@test.emporium.dev`;
  await ok('/api/v1/users', { email: headEmail, name: 'Head of purchasing', role: 'buyer', password: 'correct horse battery' });
  head = (await t.post('/api/v1/auth/tokens', { email: headEmail, password: 'correct horse battery' }, { token: null })).body.token;
  [buyer, operatorW1, operatorW2, finance] = await Promise.all([
    t.tokenFor('buyer'),
    t.tokenFor('warehouse_operator', ['W1']),
    t.tokenFor('warehouse_operator', ['W2']),
    t.tokenFor('finance'),
  ]);
  // Opening stock of TEE at W1: 10 at 300.
  await ok('/api/v1/inventory/adjustments', { location: 'W1', reason: 'opening', lines: [{ sku: 'TEE', delta: 10 }] });
});

afterAll(() => t.close());

describe('approval policies', () => {
  it('are created by an admin, and every approver must be able to approve', async () => {
    await ok('/api/v1/purchasing/approval-policies', { name: 'Core basics', priority: 10, category: 'basics', maxAmount: 50_000, steps: [] });
    await ok('/api/v1/purchasing/approval-policies', { name: 'Buyer', priority: 20, maxAmount: 500_000, steps: [{ role: 'buyer' }], approvalHours: 24 });
    const twoLevels = await ok('/api/v1/purchasing/approval-policies', { name: 'Two levels', priority: 30, minAmount: 500_000, steps: [{ role: 'buyer' }, { user: headEmail }] });
    expect(twoLevels.steps).toEqual([
      { role: 'buyer', user: null },
      { role: null, user: headEmail },
    ]);
    expect((await t.post('/api/v1/purchasing/approval-policies', { name: 'x', steps: [{ role: 'analyst' }] })).body.code).toBe('approver_cannot_approve');
    expect((await t.post('/api/v1/purchasing/approval-policies', { name: 'y', steps: [{ user: 'nobody@example.com' }] })).status).toBe(422);
    expect((await t.post('/api/v1/purchasing/approval-policies', { name: 'Buyer', steps: [] })).body.code).toBe('already_exists');
    expect((await t.post('/api/v1/purchasing/approval-policies', { name: 'z', steps: [] }, { token: buyer })).status).toBe(403);
    expect((await t.get('/api/v1/purchasing/approval-policies', buyer)).body.items.map((p: any) => p.name)).toEqual(['Core basics', 'Buyer', 'Two levels']);
  });
});

describe('purchase orders and approvals', () => {
  it('creates a draft at the vendor’s prices and lead times, or the prices given', async () => {
    const order = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'TEE', quantity: 100 }, { sku: 'SOCK', quantity: 10, unitCost: 90 }] }, 201, buyer);
    expect(order).toMatchObject({ status: 'draft', origin: 'manual', vendor: 'ACME', location: 'W1', total: 100 * 250 + 10 * 90 });
    expect(order.lines).toEqual([
      expect.objectContaining({ sku: 'TEE', quantity: 100, unitCost: 250, leadTimeDays: 7, received: 0 }),
      expect.objectContaining({ sku: 'SOCK', quantity: 10, unitCost: 90, leadTimeDays: 10 }), // the vendor's lead time
    ]);
    expect(new Date(order.lines[0].expectedAt).getTime() - new Date(order.createdAt).getTime()).toBe(7 * 86_400_000);
    expect((await t.get(`/api/v1/purchase-orders/${order.number}`)).body.id).toBe(order.id);
  });

  it('refuses bad bodies (400), unknown references (422) and roles or locations it may not act for (403)', async () => {
    const bad = [
      { vendor: 'ACME', location: 'W1', lines: [] },
      { vendor: 'ACME', location: 'W1', lines: [{ sku: 'TEE', quantity: 0 }] },
      { vendor: 'ACME', location: 'W1', lines: [{ sku: 'TEE', quantity: 1 }, { sku: 'TEE', quantity: 2 }] },
      { vendor: 'ACME', location: 'W1', lines: [{ sku: 'TEE', quantity: 1, unitCost: -1 }] },
    ];
    for (const body of bad) expect((await t.post('/api/v1/purchase-orders', body)).body.code).toBe('validation_failed');
    expect((await t.post('/api/v1/purchase-orders', { vendor: 'NOPE', location: 'W1', lines: [{ sku: 'TEE', quantity: 1 }] })).status).toBe(422);
    expect((await t.post('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'NOPE', quantity: 1 }] })).status).toBe(422);
    expect((await t.post('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'TEE', quantity: 1 }] }, { token: operatorW1 })).status).toBe(403);
    const scopedBuyer = await t.tokenFor('buyer', ['W2']);
    expect((await t.post('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'TEE', quantity: 1 }] }, { token: scopedBuyer })).status).toBe(403);
    const mine = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W2', lines: [{ sku: 'TEE', quantity: 1 }] }, 201, scopedBuyer);
    const listed = (await t.get('/api/v1/purchase-orders', scopedBuyer)).body.items;
    expect(listed.map((o: any) => o.number)).toEqual([mine.number]);
  });

  it('approves core basics under the threshold automatically', async () => {
    const order = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'SOCK', quantity: 100, unitCost: 100 }] }, 201, buyer);
    const submitted = await ok(`/api/v1/purchase-orders/${order.id}/submit`, undefined, 200, buyer);
    expect(submitted).toMatchObject({ status: 'approved', approvalPolicy: 'Core basics', approvals: [] });
    const audit = (await t.get(`/api/v1/audit?entity=purchase_order&entityId=${order.id}`)).body.items;
    expect(audit.map((entry: any) => entry.action)).toContain('purchase_order.approved');
  });

  it('routes a mid-sized order to a buyer’s inbox; the decision is audited with who and why', async () => {
    const order = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'MUG', quantity: 100 }] }, 201, buyer);
    const submitted = await ok(`/api/v1/purchase-orders/${order.id}/submit`, undefined, 200, buyer);
    expect(submitted).toMatchObject({ status: 'to_approve', approvalPolicy: 'Buyer' });
    expect(submitted.approvals).toEqual([expect.objectContaining({ step: 1, approver: { role: 'buyer', user: null }, status: 'pending', dueAt: expect.any(String) })]);
    const inbox = (await t.get('/api/v1/purchasing/approvals/inbox', head)).body.items;
    expect(inbox).toEqual([expect.objectContaining({ number: order.number, step: 1, total: 50_000, overdue: false })]);
    expect((await t.get('/api/v1/purchasing/approvals/inbox', finance)).status).toBe(403);
    const approved = await ok(`/api/v1/purchase-orders/${order.id}/approve`, { note: 'seasonal top-up' }, 200, head);
    expect(approved.status).toBe('approved');
    expect(approved.approvals[0]).toMatchObject({ status: 'approved', decidedBy: headEmail, note: 'seasonal top-up' });
    const audit = (await t.get(`/api/v1/audit?entity=purchase_order&entityId=${order.id}&action=purchase_order.approved`)).body.items;
    expect(audit[0]).toMatchObject({ actor: { email: headEmail }, after: expect.objectContaining({ decision: expect.objectContaining({ note: 'seasonal top-up' }) }) });
    expect((await t.get('/api/v1/purchasing/approvals/inbox', head)).body.items).toEqual([]);
  });

  it('needs a buyer and then the head of purchasing above the higher amount; a rejection sends it back to draft', async () => {
    const order = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'LAMP', quantity: 300, unitCost: 2000 }] }, 201, buyer);
    await ok(`/api/v1/purchase-orders/${order.id}/submit`, undefined, 200, buyer);
    const first = await ok(`/api/v1/purchase-orders/${order.id}/approve`, { note: 'ok for me' }, 200, buyer);
    expect(first.status).toBe('to_approve');
    expect(first.approvals.map((s: any) => s.status)).toEqual(['approved', 'pending']);
    // The same buyer cannot decide the second step, even were it for its role.
    expect((await t.post(`/api/v1/purchase-orders/${order.id}/approve`, {}, { token: buyer })).status).toBe(403);
    expect((await t.get('/api/v1/purchasing/approvals/inbox', buyer)).body.items).toEqual([]);
    expect((await t.get('/api/v1/purchasing/approvals/inbox', head)).body.items).toEqual([expect.objectContaining({ number: order.number, step: 2, approver: { role: null, user: headEmail } })]);
    expect((await t.post(`/api/v1/purchase-orders/${order.id}/reject`, {}, { token: head })).status).toBe(400); // why is required
    const rejected = await ok(`/api/v1/purchase-orders/${order.id}/reject`, { note: 'too many lamps' }, 200, head);
    expect(rejected).toMatchObject({ status: 'draft', note: 'too many lamps' });
    expect(rejected.approvals.map((s: any) => [s.status, s.note])).toEqual([
      ['approved', 'ok for me'],
      ['rejected', 'too many lamps'],
    ]);
    await ok(`/api/v1/purchase-orders/${order.id}/submit`, undefined, 200, buyer);
    await ok(`/api/v1/purchase-orders/${order.id}/approve`, undefined, 200, buyer);
    const approved = await ok(`/api/v1/purchase-orders/${order.id}/approve`, { note: 'fine' }, 200, head);
    expect(approved.status).toBe('approved');
    const sent = await ok(`/api/v1/purchase-orders/${order.id}/send`, undefined, 200, buyer);
    expect(sent.status).toBe('sent');
    expect(new Date(sent.lines[0].expectedAt).getTime() - new Date(sent.sentAt).getTime()).toBe(10 * 86_400_000);
    expect((await ok(`/api/v1/purchase-orders/${order.id}/cancel`, { reason: 'vendor cannot deliver' }, 200, buyer)).status).toBe('cancelled');
  });

  it('refuses transitions its status does not allow (409 invalid_state)', async () => {
    const order = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'MUG', quantity: 1 }] }, 201, buyer);
    for (const verb of ['approve', 'send', 'close']) {
      const response = await t.post(`/api/v1/purchase-orders/${order.id}/${verb}`, {});
      expect(response.status, verb).toBe(409);
      expect(response.body.code).toBe('invalid_state');
    }
    expect((await t.post('/api/v1/receipts', { purchaseOrder: order.number, lines: [{ sku: 'MUG', quantity: 1 }] })).body.code).toBe('invalid_state');
    expect((await t.get('/api/v1/purchase-orders/PO-999999')).status).toBe(404);
  });
});

describe('receipts', () => {
  let order: any;
  let backorder: any;

  beforeAll(async () => {
    order = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'TEE', quantity: 100 }, { sku: 'SOCK', quantity: 20, unitCost: 100 }] }, 201, buyer);
    // 27,000 of basics: approved automatically by the core basics policy.
    expect((await ok(`/api/v1/purchase-orders/${order.id}/submit`, undefined, 200, buyer)).status).toBe('approved');
    await ok(`/api/v1/purchase-orders/${order.id}/send`, undefined, 200, buyer);
    // A web order waiting for TEE beyond the 10 on hand.
    backorder = await ok('/api/v1/orders', { channel: 'web', fulfillment: 'ship', allowBackorder: true, customer: { email: 'wait@example.com' }, lines: [{ sku: 'TEE', quantity: 15 }] });
    expect(backorder.status).toBe('backordered');
  });

  it('receives part of an order at the order’s unit cost, moving the average cost, and allocates backorders', async () => {
    expect(await valuation('TEE')).toEqual({ quantity: 10, value: 3000 });
    const receipt = await ok('/api/v1/receipts', { purchaseOrder: order.number, location: 'W1', lines: [{ sku: 'TEE', quantity: 40 }] }, 201, operatorW1);
    expect(receipt).toMatchObject({ purchaseOrder: order.number, vendor: 'ACME', location: 'W1', value: 40 * 250, purchaseOrderStatus: 'partially_received' });
    expect(receipt.lines).toEqual([{ sku: 'TEE', quantity: 40, unitCost: 250, value: 10_000, landedCost: 0 }]);
    expect(await valuation('TEE')).toEqual({ quantity: 50, value: 13_000 }); // average 260
    expect(await level('TEE', 'W1')).toEqual({ onHand: 50, reserved: 15 });
    expect((await t.get(`/api/v1/orders/${backorder.id}`)).body.status).toBe('reserved');
    const read = await t.get(`/api/v1/purchase-orders/${order.id}`);
    expect(read.body.lines[0]).toMatchObject({ sku: 'TEE', received: 40 });
  });

  it('refuses more than the order plus the tolerance (5 % by default): 409 over_receipt, nothing changes', async () => {
    const before = await level('TEE', 'W1');
    const over = await t.post('/api/v1/receipts', { purchaseOrder: order.id, lines: [{ sku: 'TEE', quantity: 66 }] }, { token: operatorW1 });
    expect(over.status).toBe(409);
    expect(over.body.code).toBe('over_receipt');
    expect(over.body.errors).toEqual([{ path: '/lines/0/quantity', message: 'at most 105 in all' }]);
    expect(await level('TEE', 'W1')).toEqual(before);
  });

  it('refuses receipts for another warehouse, at the wrong location, or of things not on the order', async () => {
    const body = { purchaseOrder: order.number, lines: [{ sku: 'TEE', quantity: 1 }] };
    expect((await t.post('/api/v1/receipts', body, { token: operatorW2 })).status).toBe(422);
    expect((await t.post('/api/v1/receipts', { ...body, location: 'W2' })).body.code).toBe('location_mismatch');
    expect((await t.post('/api/v1/receipts', { ...body, lines: [{ sku: 'MUG', quantity: 1 }] })).status).toBe(422);
    expect((await t.post('/api/v1/receipts', { ...body, purchaseOrder: 'PO-999999' })).status).toBe(422);
    expect((await t.post('/api/v1/receipts', body, { token: buyer })).status).toBe(403);
  });

  it('takes the rest in further receipts, within the tolerance, once per Idempotency-Key', async () => {
    const headers = { 'idempotency-key': `rcp-${order.id}` };
    const body = { purchaseOrder: order.number, lines: [{ sku: 'TEE', quantity: 65 }, { sku: 'SOCK', quantity: 20 }] };
    const first = await t.post('/api/v1/receipts', body, { token: operatorW1, headers });
    const again = await t.post('/api/v1/receipts', body, { token: operatorW1, headers });
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(first.body.purchaseOrderStatus).toBe('received');
    expect(await valuation('TEE')).toEqual({ quantity: 115, value: 13_000 + 65 * 250 });
    const receipts = (await t.get(`/api/v1/receipts?purchaseOrder=${order.number}`)).body.items;
    expect(receipts).toHaveLength(2);
    expect((await t.get(`/api/v1/receipts/${receipts[0].number}`, operatorW2)).status).toBe(404);
    expect((await t.post('/api/v1/receipts', { purchaseOrder: order.number, lines: [{ sku: 'TEE', quantity: 1 }] })).body.code).toBe('invalid_state');
  });

  it('cannot be cancelled once goods arrived, nor closed with received units not billed', async () => {
    expect((await t.post(`/api/v1/purchase-orders/${order.id}/cancel`, {})).body.code).toBe('invalid_state');
    expect((await t.post(`/api/v1/purchase-orders/${order.id}/close`, {})).body.code).toBe('unbilled_receipts');
  });

  it('keeps the ledger and the books right (inventory account = valuation)', async () => {
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
  });
});

describe('the OpenAPI document', () => {
  it('describes every purchasing route family', async () => {
    const paths = Object.keys((await t.get('/api/v1/openapi.json')).body.paths);
    for (const path of [
      '/api/v1/vendors',
      '/api/v1/vendors/{code}/products',
      '/api/v1/reorder-rules',
      '/api/v1/replenishment/runs',
      '/api/v1/replenishment/proposals',
      '/api/v1/purchase-orders/{id}/approve',
      '/api/v1/purchasing/approvals/inbox',
      '/api/v1/receipts',
      '/api/v1/vendor-bills',
      '/api/v1/vendor-bills/exceptions',
      '/api/v1/landed-costs',
      '/api/v1/supplier-performance',
      '/api/v1/purchasing/delayed-receipts',
    ]) {
      expect(paths).toContain(path);
    }
  });
});
