// Orders priced with the tax module: a line takes the rate of the selling location's jurisdiction (its rule
// for the product's category, else its standard rate), else the product's own rate; totals, the books, returns
// and the tax report follow the rate charged.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyRate } from '../../src/kernel/money.ts';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('orders taxed by jurisdiction', () => {
  let t: TestApp;
  let finance: string;
  const ok = async (response: Promise<{ status: number; body: any }>, status = 200) => {
    const r = await response;
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    return r.body;
  };
  const order = (body: unknown) => ok(t.post('/api/v1/orders', body), 201);
  /** Tax payable credited (net of debits) by the entries a document posted. */
  const taxPosted = async (source: string) => {
    const entries = (await ok(t.get(`/api/v1/accounting/journal-entries?source=${source}`, finance))).items;
    return entries.flatMap((entry: any) => entry.lines).filter((line: any) => line.role === 'tax_payable').reduce((sum: number, line: any) => sum + line.credit - line.debit, 0);
  };
  const expectConsistent = (placed: any) => {
    for (const line of placed.lines) expect(line.tax).toBe(applyRate(line.quantity * line.unitPrice - line.discount, line.taxRate));
    const sum = (key: string) => placed.lines.reduce((s: number, line: any) => s + line[key], 0);
    expect(placed.totals.subtotal).toBe(placed.lines.reduce((s: number, line: any) => s + line.quantity * line.unitPrice, 0));
    expect(placed.totals.tax).toBe(sum('tax'));
    expect(placed.totals.total).toBe(placed.totals.subtotal - placed.totals.discount + placed.totals.tax);
  };

  // 3 × 1999 = 5997: at the reduced 5.5 % 329.835 → 330; at the product's 20 % 1199.4 → 1199.
  const BOOK = { sku: 'TX-BOOK', name: 'Novel', category: 'books', cost: 800, price: 1999, taxRate: 2000 };
  const TEE = { sku: 'TX-TEE', name: 'Tee', category: 'apparel', cost: 400, price: 1000, taxRate: 2000 };
  const NET = 3 * BOOK.price;

  beforeAll(async () => {
    t = await startTestApp();
    finance = await t.tokenFor('finance');
    for (const location of [
      { code: 'TXS1', name: 'Store in Zedland', kind: 'store' },
      { code: 'TXW1', name: 'Zedland warehouse', kind: 'warehouse' },
      { code: 'TXS2', name: 'Store without jurisdiction', kind: 'store' },
      { code: 'TXS3', name: 'Store in Incland', kind: 'store' },
    ]) await ok(t.post('/api/v1/locations', location), 201);
    for (const product of [BOOK, TEE]) await ok(t.post('/api/v1/products', product), 201);
    for (const location of ['TXS1', 'TXW1', 'TXS2', 'TXS3']) {
      await ok(t.post('/api/v1/inventory/adjustments', { location, reason: 'opening', lines: [{ sku: BOOK.sku, delta: 30 }, { sku: TEE.sku, delta: 30 }] }), 201);
    }
    await ok(t.post('/api/v1/accounting/tax/jurisdictions', { code: 'ZED', name: 'Zedland' }, { token: finance }), 201);
    await ok(t.post('/api/v1/accounting/tax/rules', { jurisdiction: 'ZED', taxCategory: 'books', rate: 550 }, { token: finance }));
    await ok(t.post('/api/v1/accounting/tax/rules', { jurisdiction: 'ZED', taxCategory: '*', rate: 1000 }, { token: finance }));
    for (const location of ['TXS1', 'TXW1']) await ok(t.post('/api/v1/accounting/tax/jurisdictions/ZED/locations', { location }, { token: finance }));
    await ok(t.post('/api/v1/accounting/tax/jurisdictions', { code: 'INC', name: 'Incland', pricesIncludeTax: true }, { token: finance }), 201);
    await ok(t.post('/api/v1/accounting/tax/rules', { jurisdiction: 'INC', taxCategory: '*', rate: 2500 }, { token: finance }));
    await ok(t.post('/api/v1/accounting/tax/jurisdictions/INC/locations', { location: 'TXS3' }, { token: finance }));
  });
  afterEach(async () => {
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
  });
  afterAll(() => t.close());

  it("charges the jurisdiction's reduced rate on a till sale in a store there", async () => {
    const sale = await order({ channel: 'store', location: 'TXS1', fulfillment: 'carry_out', tender: 'card', lines: [{ sku: BOOK.sku, quantity: 3 }, { sku: TEE.sku, quantity: 2 }] });
    expect(sale.status).toBe('completed');
    expect(sale.lines).toMatchObject([
      { sku: BOOK.sku, quantity: 3, unitPrice: 1999, discount: 0, taxRate: 550, tax: 330 },
      { sku: TEE.sku, quantity: 2, unitPrice: 1000, discount: 0, taxRate: 1000, tax: 200 },
    ]);
    expect(sale.totals).toEqual({ subtotal: NET + 2000, discount: 0, tax: 530, total: NET + 2000 + 530 });
    expectConsistent(sale);
    expect(await taxPosted(`order:${sale.id}`)).toBe(530);
    expect(await ok(t.get(`/api/v1/orders/${sale.id}`))).toMatchObject({ lines: sale.lines, totals: sale.totals });
  });

  it("charges the product's rate for the same product at a store without a jurisdiction", async () => {
    const sale = await order({ channel: 'store', location: 'TXS2', fulfillment: 'carry_out', tender: 'cash', lines: [{ sku: BOOK.sku, quantity: 3 }] });
    expect(sale.lines).toMatchObject([{ sku: BOOK.sku, taxRate: 2000, tax: 1199 }]);
    expect(sale.totals).toEqual({ subtotal: NET, discount: 0, tax: 1199, total: NET + 1199 });
    expect(await taxPosted(`order:${sale.id}`)).toBe(1199);
  });

  it('charges the pickup store’s rate on a click-and-collect order, and posts that tax when it is collected', async () => {
    const pickup = await order({ channel: 'web', fulfillment: 'pickup', pickupLocation: 'TXS1', lines: [{ sku: BOOK.sku, quantity: 3 }] });
    expect(pickup.status).toBe('reserved');
    expect(pickup.lines).toMatchObject([{ sku: BOOK.sku, taxRate: 550, tax: 330 }]);
    expect(pickup.totals).toEqual({ subtotal: NET, discount: 0, tax: 330, total: NET + 330 });
    expect(await taxPosted(`order:${pickup.id}`)).toBe(0); // a deposit until collected
    const collected = await ok(t.post(`/api/v1/orders/${pickup.id}/fulfill`));
    expect(collected).toMatchObject({ status: 'completed', totals: pickup.totals });
    expect(await taxPosted(`order:${pickup.id}`)).toBe(330);
  });

  it('taxes a ship order at its named location, and at the product rate when the system sources it', async () => {
    const named = await order({ channel: 'web', fulfillment: 'ship', location: 'TXW1', lines: [{ sku: BOOK.sku, quantity: 3 }] });
    expect(named.lines).toMatchObject([{ taxRate: 550, tax: 330 }]);
    expect(named.allocations).toMatchObject([{ sku: BOOK.sku, location: 'TXW1', quantity: 3 }]);
    await ok(t.post(`/api/v1/orders/${named.id}/fulfill`));
    expect(await taxPosted(`order:${named.id}`)).toBe(330);

    const sourced = await order({ channel: 'web', fulfillment: 'ship', lines: [{ sku: BOOK.sku, quantity: 3 }] });
    expect(sourced.lines).toMatchObject([{ taxRate: 2000, tax: 1199 }]);
    expect(sourced.totals.total).toBe(NET + 1199);
  });

  it('keeps catalogue prices tax-exclusive in a jurisdiction whose shelf prices include tax', async () => {
    const sale = await order({ channel: 'store', location: 'TXS3', fulfillment: 'carry_out', tender: 'card', lines: [{ sku: TEE.sku, quantity: 1 }] });
    expect(sale.lines).toMatchObject([{ unitPrice: 1000, taxRate: 2500, tax: 250 }]);
    expect(sale.totals).toEqual({ subtotal: 1000, discount: 0, tax: 250, total: 1250 });
  });

  it('refunds the tax the line was charged, and reports it under the jurisdiction', async () => {
    const sale = await order({ channel: 'store', location: 'TXS1', fulfillment: 'carry_out', tender: 'card', lines: [{ sku: BOOK.sku, quantity: 3 }] });
    const firstReturn = await ok(t.post('/api/v1/returns', { order: sale.id, location: 'TXS2', lines: [{ sku: BOOK.sku, quantity: 1, reason: 'damaged', disposition: 'restock' }] }), 201);
    const secondReturn = await ok(t.post('/api/v1/returns', { order: sale.id, location: 'TXS1', lines: [{ sku: BOOK.sku, quantity: 2, reason: 'unwanted', disposition: 'restock' }] }), 201);
    expect(firstReturn.refund.amount + secondReturn.refund.amount).toBe(NET + 330);
    expect((await taxPosted(`return:${firstReturn.id}`)) + (await taxPosted(`return:${secondReturn.id}`))).toBe(-330);

    const report = await ok(t.get('/api/v1/accounting/reports/tax', finance));
    const zed = report.items.find((row: any) => row.jurisdiction === 'ZED');
    // ZED: the till sale (330 + 200), the collected pickup (330), the order shipped from TXW1 (330); this sale is fully returned.
    expect(zed).toMatchObject({ name: 'Zedland', tax: 530 + 330 + 330 });
    const tb = await ok(t.get('/api/v1/accounting/trial-balance', finance));
    expect(report.totals.tax).toBe(-tb.accounts.filter((a: any) => a.role === 'tax_payable').reduce((s: number, a: any) => s + a.balance, 0));
  });
});
