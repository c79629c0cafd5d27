// Contract tests of vendor bills and landed costs through HTTP: the three-way match (ordered, received, billed;
// quantity and price with tolerances), the exception list and how a held bill is approved or rejected, the
// postings each event carries; landed costs allocated by quantity or value, moving the average cost of goods
// still held and expensing the share already sold — with the ledger checker and the books checker.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillPosted, LandedCostPosted, ReceiptPosted } from '../../src/modules/purchasing/index.ts';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let finance: string;
let order: any;
let firstReceipt: any;
let secondReceipt: any;
const posted: { receipts: ReceiptPosted['payload'][]; bills: BillPosted['payload'][]; landed: LandedCostPosted['payload'][] } = { receipts: [], bills: [], landed: [] };

async function ok(path: string, body: unknown, status = 201, token?: string) {
  const response = await t.post(path, body, token ? { token } : {});
  expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBe(status);
  return response.body;
}

async function valuation(sku: string): Promise<{ quantity: number; value: number }> {
  const result = await sql<{ quantity: number; value: number }>`SELECT v.quantity, v.value FROM product_valuation v JOIN product p ON p.id = v.product_id
    WHERE p.sku = ${sku}`.execute(t.app.database.kysely);
  return { quantity: Number(result.rows[0]?.quantity ?? 0), value: Number(result.rows[0]?.value ?? 0) };
}

beforeAll(async () => {
  t = await startTestApp();
  t.app.bus.subscribe<ReceiptPosted>('purchasing.receipt_posted', async (_ctx, event) => void posted.receipts.push(event.payload));
  t.app.bus.subscribe<BillPosted>('purchasing.bill_posted', async (_ctx, event) => void posted.bills.push(event.payload));
  t.app.bus.subscribe<LandedCostPosted>('purchasing.landed_cost_posted', async (_ctx, event) => void posted.landed.push(event.payload));
  await ok('/api/v1/locations', { code: 'W1', name: 'Central warehouse', kind: 'warehouse' });
  await ok('/api/v1/products', { sku: 'TEE', name: 'T-shirt', cost: 300, price: 999, taxRate: 2000 });
  await ok('/api/v1/products', { sku: 'SOCK', name: 'Socks', cost: 100, price: 399, taxRate: 2000 });
  await ok('/api/v1/products', { sku: 'MUG', name: 'Mug', cost: 500, price: 1299, taxRate: 2000 });
  await ok('/api/v1/vendors', { code: 'ACME', name: 'Acme', paymentTermsDays: 30 });
  await ok('/api/v1/vendors', { code: 'SHIPCO', name: 'Shipping Co' });
  finance = await t.tokenFor('finance');
  order = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'TEE', quantity: 100, unitCost: 250 }, { sku: 'SOCK', quantity: 50, unitCost: 100 }] });
  await ok(`/api/v1/purchase-orders/${order.id}/submit`, undefined, 200);
  await ok(`/api/v1/purchase-orders/${order.id}/approve`, undefined, 200);
  await ok(`/api/v1/purchase-orders/${order.id}/send`, undefined, 200);
  firstReceipt = await ok('/api/v1/receipts', { purchaseOrder: order.number, lines: [{ sku: 'TEE', quantity: 60 }, { sku: 'SOCK', quantity: 50 }] });
});

afterAll(() => t.close());

describe('receipts for accounting', () => {
  it('carry every line’s value at the order’s cost (Dr inventory, Cr goods received not invoiced)', () => {
    expect(posted.receipts).toEqual([
      expect.objectContaining({
        receiptId: firstReceipt.id,
        purchaseOrderId: order.id,
        value: 60 * 250 + 50 * 100,
        lines: [expect.objectContaining({ quantity: 60, value: 15_000 }), expect.objectContaining({ quantity: 50, value: 5000 })],
      }),
    ]);
  });
});

describe('vendor bills with three-way match', () => {
  it('posts a bill that matches within the price tolerance, clearing what was received at the order’s price', async () => {
    const bill = await ok('/api/v1/vendor-bills', { purchaseOrder: order.number, reference: 'INV-1', lines: [{ sku: 'TEE', quantity: 60, unitCost: 250 }, { sku: 'SOCK', quantity: 50, unitCost: 102 }], tax: 4020 }, 201, finance);
    expect(bill).toMatchObject({ status: 'posted', vendor: 'ACME', subtotal: 15_000 + 5100, tax: 4020, total: 24_120, receivedValue: 20_000, priceVariance: 100, exceptions: [] });
    expect(new Date(bill.dueAt).getTime() - new Date(bill.createdAt).getTime()).toBe(30 * 86_400_000);
    expect(posted.bills.at(-1)).toEqual(expect.objectContaining({ billId: bill.id, total: 24_120, receivedValue: 20_000, priceVariance: 100, tax: 4020 }));
    const read = (await t.get(`/api/v1/purchase-orders/${order.id}`)).body;
    expect(read.lines.map((l: any) => [l.sku, l.received, l.billed])).toEqual([
      ['TEE', 60, 60],
      ['SOCK', 50, 50],
    ]);
    expect(read.status).toBe('partially_received');
  });

  it('holds a bill beyond what was received or off the order’s price, and lists its exceptions', async () => {
    const bill = await ok('/api/v1/vendor-bills', { purchaseOrder: order.id, reference: 'INV-2', lines: [{ sku: 'TEE', quantity: 40, unitCost: 260 }] }, 201, finance);
    expect(bill.status).toBe('on_hold');
    expect(bill.exceptions).toEqual([
      { sku: 'TEE', kind: 'price', expected: 250, actual: 260, status: 'open' },
      { sku: 'TEE', kind: 'quantity', expected: 60, actual: 100, status: 'open' },
    ]);
    const exceptions = (await t.get('/api/v1/vendor-bills/exceptions', finance)).body.items;
    expect(exceptions).toEqual([
      expect.objectContaining({ bill: bill.number, reference: 'INV-2', vendor: 'ACME', purchaseOrder: order.number, sku: 'TEE', kind: 'price' }),
      expect.objectContaining({ bill: bill.number, kind: 'quantity' }),
    ]);
    expect(posted.bills).toHaveLength(1);
    // Approving cannot pay for goods not received yet.
    const early = await t.post(`/api/v1/vendor-bills/${bill.id}/approve`, { note: 'price agreed by phone' }, { token: finance });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('quantity_mismatch');
    // The goods arrive; approving now accepts the price and posts the variance.
    secondReceipt = await ok('/api/v1/receipts', { purchaseOrder: order.number, lines: [{ sku: 'TEE', quantity: 40 }] });
    const approved = await ok(`/api/v1/vendor-bills/${bill.number}/approve`, { note: 'price agreed by phone' }, 200, finance);
    expect(approved).toMatchObject({ status: 'posted', subtotal: 10_400, receivedValue: 10_000, priceVariance: 400, decisionNote: 'price agreed by phone' });
    expect(approved.exceptions.map((e: any) => [e.kind, e.status])).toEqual([
      ['price', 'accepted'],
      ['quantity', 'resolved'],
    ]);
    expect((await t.get('/api/v1/vendor-bills/exceptions', finance)).body.items).toEqual([]);
    expect((await t.get(`/api/v1/purchase-orders/${order.id}`)).body.status).toBe('billed');
    expect((await t.post(`/api/v1/vendor-bills/${bill.id}/approve`, {}, { token: finance })).body.code).toBe('invalid_state');
  });

  it('refuses a second bill with the same reference, things not on the order, and bills on orders not sent', async () => {
    expect((await t.post('/api/v1/vendor-bills', { purchaseOrder: order.number, reference: 'INV-1', lines: [{ sku: 'TEE', quantity: 1, unitCost: 1 }] })).status).toBe(409);
    const draft = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'MUG', quantity: 5, unitCost: 500 }] });
    expect((await t.post('/api/v1/vendor-bills', { purchaseOrder: draft.number, reference: 'INV-9', lines: [{ sku: 'MUG', quantity: 1, unitCost: 500 }] })).body.code).toBe('invalid_state');
    expect((await t.post('/api/v1/vendor-bills', { purchaseOrder: 'PO-999999', reference: 'INV-9', lines: [{ sku: 'MUG', quantity: 1, unitCost: 500 }] })).status).toBe(422);
    expect((await t.post('/api/v1/vendor-bills', { purchaseOrder: order.number, reference: 'INV-9', lines: [] })).status).toBe(400);
    const buyer = await t.tokenFor('buyer');
    expect((await t.post('/api/v1/vendor-bills', { purchaseOrder: order.number, reference: 'INV-9', lines: [{ sku: 'TEE', quantity: 1, unitCost: 1 }] }, { token: buyer })).status).toBe(403);
  });

  it('a rejected bill frees its reference for the corrected one', async () => {
    const other = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'MUG', quantity: 5, unitCost: 500 }] });
    await ok(`/api/v1/purchase-orders/${other.id}/submit`, undefined, 200);
    await ok(`/api/v1/purchase-orders/${other.id}/approve`, undefined, 200);
    await ok(`/api/v1/purchase-orders/${other.id}/send`, undefined, 200);
    await ok('/api/v1/receipts', { purchaseOrder: other.number, lines: [{ sku: 'MUG', quantity: 5 }] });
    const wrong = await ok('/api/v1/vendor-bills', { purchaseOrder: other.number, reference: 'INV-3', lines: [{ sku: 'MUG', quantity: 5, unitCost: 900 }] });
    expect(wrong.status).toBe('on_hold');
    expect((await t.post(`/api/v1/vendor-bills/${wrong.id}/reject`, {})).status).toBe(400);
    expect((await ok(`/api/v1/vendor-bills/${wrong.id}/reject`, { note: 'wrong price, asked for a credit' }, 200)).status).toBe('rejected');
    const right = await ok('/api/v1/vendor-bills', { purchaseOrder: other.number, reference: 'INV-3', lines: [{ sku: 'MUG', quantity: 5, unitCost: 500 }] });
    expect(right).toMatchObject({ status: 'posted', priceVariance: 0 });
    expect((await ok(`/api/v1/purchase-orders/${other.id}/close`, undefined, 200)).status).toBe('closed');
  });

  it('posts amounts that always balance: payable = received value + price variance + tax', () => {
    for (const bill of posted.bills) expect(bill.total).toBe(bill.receivedValue + bill.priceVariance + bill.tax);
  });
});

describe('landed costs', () => {
  it('by quantity: capitalizes the share of goods still held, expenses the share already sold', async () => {
    // 30 of the 100 T-shirts leave (a web order), 70 stay; all 50 socks stay.
    const sale = await ok('/api/v1/orders', { channel: 'web', fulfillment: 'ship', customer: { email: 'c@example.com' }, lines: [{ sku: 'TEE', quantity: 30 }] });
    await ok(`/api/v1/orders/${sale.id}/fulfill`, undefined, 200);
    const tee = await valuation('TEE');
    const sock = await valuation('SOCK');
    const cost = await ok('/api/v1/landed-costs', { receipts: [firstReceipt.number, secondReceipt.id], amount: 2000, kind: 'freight', allocation: 'quantity', vendor: 'SHIPCO', reference: 'FR-1' }, 201, finance);
    // 150 units: TEE 60 → 800, SOCK 50 → 667 (largest remainder), TEE 40 → 533. TEE: 1333 over 100 units, 70 held → 933.
    expect(cost.lines).toEqual([
      { receipt: firstReceipt.number, sku: 'TEE', allocated: 800, capitalized: 560, expensed: 240 },
      { receipt: firstReceipt.number, sku: 'SOCK', allocated: 667, capitalized: 667, expensed: 0 },
      { receipt: secondReceipt.number, sku: 'TEE', allocated: 533, capitalized: 373, expensed: 160 },
    ]);
    expect(cost).toMatchObject({ amount: 2000, capitalized: 933 + 667, expensed: 400, vendor: 'SHIPCO', kind: 'freight' });
    expect(await valuation('TEE')).toEqual({ quantity: tee.quantity, value: tee.value + 933 });
    expect(await valuation('SOCK')).toEqual({ quantity: sock.quantity, value: sock.value + 667 });
    expect(posted.landed.at(-1)).toMatchObject({ landedCostId: cost.id, amount: 2000, capitalized: 1600, expensed: 400 });
    const receipt = (await t.get(`/api/v1/receipts/${firstReceipt.id}`)).body;
    expect(receipt.landedCost).toBe(800 + 667);
  });

  it('by value: the whole duty on goods all still held moves their average cost', async () => {
    const before = await valuation('TEE');
    const cost = await ok('/api/v1/landed-costs', { receipts: [secondReceipt.number], amount: 1000, kind: 'duty', allocation: 'value' });
    expect(cost).toMatchObject({ capitalized: 1000, expensed: 0 });
    expect(await valuation('TEE')).toEqual({ quantity: before.quantity, value: before.value + 1000 });
    expect((await t.get(`/api/v1/landed-costs?receipt=${secondReceipt.id}`)).body.items).toHaveLength(2);
  });

  it('refuses unknown receipts (422) and amounts of zero (400)', async () => {
    expect((await t.post('/api/v1/landed-costs', { receipts: ['RCP-999999'], amount: 10, kind: 'duty', allocation: 'value' })).status).toBe(422);
    expect((await t.post('/api/v1/landed-costs', { receipts: [firstReceipt.id], amount: 0, kind: 'duty', allocation: 'value' })).status).toBe(400);
    expect((await t.post('/api/v1/landed-costs', { receipts: [firstReceipt.id], amount: 10, kind: 'tip', allocation: 'value' })).status).toBe(400);
  });

  it('leaves goods to leave at the new average cost, with the ledger and books right', async () => {
    const tee = await valuation('TEE');
    const sale = await ok('/api/v1/orders', { channel: 'web', fulfillment: 'ship', customer: { email: 'c@example.com' }, lines: [{ sku: 'TEE', quantity: tee.quantity }] });
    await ok(`/api/v1/orders/${sale.id}/fulfill`, undefined, 200);
    expect(await valuation('TEE')).toEqual({ quantity: 0, value: 0 });
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
  });

  it('leaves nothing in goods received not invoiced once everything received is billed', async () => {
    const balance = async (role: string) => {
      const accounts = (await t.get('/api/v1/accounting/trial-balance', finance)).body.accounts.filter((a: any) => a.role === role);
      return accounts.reduce((sum: number, a: any) => sum + a.balance, 0);
    };
    expect(await balance('goods_received_not_invoiced')).toBe(0);
    expect(await balance('purchase_price_variance')).toBe(100 + 400);
    expect(await balance('landed_cost_clearing')).toBe(-3000);
    expect(await balance('accounts_payable')).toBe(-(24_120 + 10_400 + 2500));
    const entries = (await t.get(`/api/v1/accounting/journal-entries?source=receipt:${firstReceipt.id}`, finance)).body;
    expect(JSON.stringify(entries)).toContain(`"source":"receipt:${firstReceipt.number}"`);
  });
});
