// What purchasing posts: receipts into inventory against goods received not invoiced, matched bills against
// accounts payable (price variance, recoverable tax), landed costs capitalized or expensed — and the stock
// valuation report still equal to the inventory account once landed costs moved the average cost.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('accounting for purchases', () => {
  let t: TestApp;
  let finance: string;
  let order: any;
  let receipt: any;
  const ok = async (response: Promise<{ status: number; body: any }>, status = 200) => {
    const r = await response;
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    return r.body;
  };
  const byRole = (entries: Array<{ lines: Array<{ role: string | null; debit: number; credit: number }> }>) => {
    const sums: Record<string, number> = {};
    for (const line of entries.flatMap((e) => e.lines)) sums[line.role ?? 'null'] = (sums[line.role ?? 'null'] ?? 0) + line.debit - line.credit;
    return sums;
  };
  const entriesOf = async (source: string) => (await ok(t.get(`/api/v1/accounting/journal-entries?source=${source}`, finance))).items;

  beforeAll(async () => {
    t = await startTestApp();
    finance = await t.tokenFor('finance');
    await ok(t.post('/api/v1/locations', { code: 'PW1', name: 'Warehouse', kind: 'warehouse' }), 201);
    await ok(t.post('/api/v1/products', { sku: 'P-TEE', name: 'Tee', cost: 300, price: 999, taxRate: 2000 }), 201);
    await ok(t.post('/api/v1/vendors', { code: 'PV', name: 'Vendor' }), 201);
    order = await ok(t.post('/api/v1/purchase-orders', { vendor: 'PV', location: 'PW1', lines: [{ sku: 'P-TEE', quantity: 100, unitCost: 250 }] }), 201);
    for (const step of ['submit', 'approve', 'send']) await ok(t.post(`/api/v1/purchase-orders/${order.id}/${step}`));
  });
  afterEach(async () => {
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
  });
  afterAll(() => t.close());

  it('posts a receipt into inventory against goods received not invoiced', async () => {
    receipt = await ok(t.post('/api/v1/receipts', { purchaseOrder: order.number, lines: [{ sku: 'P-TEE', quantity: 100 }] }), 201);
    expect(byRole(await entriesOf(`receipt:${receipt.id}`))).toEqual({ inventory: 25_000, goods_received_not_invoiced: -25_000 });
  });

  it('posts a matched bill against accounts payable, with its price variance and recoverable tax', async () => {
    const bill = await ok(t.post('/api/v1/vendor-bills', { purchaseOrder: order.number, reference: 'INV-1', lines: [{ sku: 'P-TEE', quantity: 100, unitCost: 252 }], tax: 5040 }, { token: finance }), 201);
    expect(bill.status).toBe('posted');
    expect(byRole(await entriesOf(`bill:${bill.id}`))).toEqual({ goods_received_not_invoiced: 25_000, purchase_price_variance: 200, tax_recoverable: 5040, accounts_payable: -30_240 });
  });

  it('capitalizes a landed cost for the units held and expenses the share already sold', async () => {
    await ok(t.post('/api/v1/orders', { channel: 'web', fulfillment: 'ship', location: 'PW1', lines: [{ sku: 'P-TEE', quantity: 25 }] }), 201).then((o) => ok(t.post(`/api/v1/orders/${o.id}/fulfill`)));
    const cost = await ok(t.post('/api/v1/landed-costs', { receipts: [receipt.number], amount: 1000, kind: 'freight', allocation: 'quantity' }, { token: finance }), 201);
    expect(cost).toMatchObject({ capitalized: 750, expensed: 250 });
    expect(byRole(await entriesOf(`landed_cost:${cost.id}`))).toEqual({ inventory: 750, cogs: 250, landed_cost_clearing: -1000 });
    const tb = await ok(t.get('/api/v1/accounting/trial-balance', finance));
    const inventory = tb.accounts.filter((a: any) => a.role === 'inventory').reduce((s: number, a: any) => s + a.balance, 0);
    expect(inventory).toBe(75 * 250 + 750);
    const valuation = await ok(t.get('/api/v1/accounting/reports/stock-valuation', finance));
    expect(valuation.items).toEqual([{ location: 'PW1', kind: 'warehouse', quantity: 75, value: inventory }]);
  });

  it('sells the rest at the new average cost, leaving nothing in inventory', async () => {
    const sale = await ok(t.post('/api/v1/orders', { channel: 'web', fulfillment: 'ship', location: 'PW1', lines: [{ sku: 'P-TEE', quantity: 75 }] }), 201);
    await ok(t.post(`/api/v1/orders/${sale.id}/fulfill`));
    expect(byRole(await entriesOf(`order:${sale.id}`))).toMatchObject({ cogs: 75 * 250 + 750, inventory: -(75 * 250 + 750) });
    expect((await ok(t.get('/api/v1/accounting/reports/stock-valuation', finance))).total).toEqual({ quantity: 0, value: 0 });
  });
});
