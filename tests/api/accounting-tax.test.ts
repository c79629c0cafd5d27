// Sales tax: jurisdictions per location, the rule table overriding product rates, the rate lookup the selling
// side uses (the tax module's resolveTaxRates), and the tax report by jurisdiction and period.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolveTaxRates } from '../../src/modules/tax/index.ts';
import { checkBooks } from '../invariants/books-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('accounting tax', () => {
  let t: TestApp;
  let finance: string;
  const ok = async (response: Promise<{ status: number; body: any }>, status = 200) => {
    const r = await response;
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    return r.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    finance = await t.tokenFor('finance');
    for (const location of [
      { code: 'TW1', name: 'Oregon warehouse', kind: 'warehouse' },
      { code: 'TS1', name: 'Paris store', kind: 'store' },
      { code: 'TS2', name: 'Store without jurisdiction', kind: 'store' },
    ]) await ok(t.post('/api/v1/locations', location), 201);
    await ok(t.post('/api/v1/products', { sku: 'T-BOOK', name: 'Book', category: 'books', cost: 500, price: 1500, taxRate: 1000 }), 201);
    await ok(t.post('/api/v1/products', { sku: 'T-TEE', name: 'Tee', category: 'apparel', cost: 400, price: 1000 }), 201);
    for (const location of ['TW1', 'TS1', 'TS2']) {
      await ok(t.post('/api/v1/inventory/adjustments', { location, reason: 'opening', lines: [{ sku: 'T-BOOK', delta: 20 }, { sku: 'T-TEE', delta: 20 }] }), 201);
    }
  });
  afterEach(async () => expect(await checkBooks(t.app.database.kysely)).toEqual([]));
  afterAll(() => t.close());

  it('sets up jurisdictions, their locations and rules', async () => {
    await ok(t.post('/api/v1/accounting/tax/jurisdictions', { code: 'FR', name: 'France', pricesIncludeTax: true }, { token: finance }), 201);
    await ok(t.post('/api/v1/accounting/tax/jurisdictions', { code: 'US-OR', name: 'Oregon' }, { token: finance }), 201);
    expect((await t.post('/api/v1/accounting/tax/jurisdictions', { code: 'FR', name: 'Again' }, { token: finance })).body.code).toBe('already_exists');
    await ok(t.post('/api/v1/accounting/tax/jurisdictions/FR/locations', { location: 'TS1' }, { token: finance }));
    await ok(t.post('/api/v1/accounting/tax/jurisdictions/US-OR/locations', { location: 'TS1' }, { token: finance }));
    await ok(t.post('/api/v1/accounting/tax/jurisdictions/FR/locations', { location: 'TS1' }, { token: finance }));
    await ok(t.post('/api/v1/accounting/tax/jurisdictions/US-OR/locations', { location: 'TW1' }, { token: finance }));
    await ok(t.post('/api/v1/accounting/tax/rules', { jurisdiction: 'FR', taxCategory: '*', rate: 2000 }, { token: finance }));
    await ok(t.post('/api/v1/accounting/tax/rules', { jurisdiction: 'FR', taxCategory: 'books', rate: 500 }, { token: finance }));
    const fr = await ok(t.post('/api/v1/accounting/tax/rules', { jurisdiction: 'FR', taxCategory: 'books', rate: 550 }, { token: finance }));
    expect(fr).toEqual({ code: 'FR', name: 'France', pricesIncludeTax: true, locations: ['TS1'], rules: [{ taxCategory: '*', rate: 2000 }, { taxCategory: 'books', rate: 550 }] });
    await ok(t.post('/api/v1/accounting/tax/rules', { jurisdiction: 'US-OR', taxCategory: '*', rate: 0 }, { token: finance }));
    const list = await ok(t.get('/api/v1/accounting/tax/jurisdictions', finance));
    expect(list.items.map((j: any) => [j.code, j.locations])).toEqual([['FR', ['TS1']], ['US-OR', ['TW1']]]);
  });

  it('refuses bad tax setup', async () => {
    expect((await t.post('/api/v1/accounting/tax/rules', { jurisdiction: 'FR', taxCategory: 'books', rate: 10_001 }, { token: finance })).status).toBe(400);
    expect((await t.post('/api/v1/accounting/tax/rules', { jurisdiction: 'XX', taxCategory: 'books', rate: 100 }, { token: finance })).status).toBe(422);
    expect((await t.post('/api/v1/accounting/tax/jurisdictions/FR/locations', { location: 'NOPE' }, { token: finance })).status).toBe(422);
    expect((await t.post('/api/v1/accounting/tax/jurisdictions/XX/locations', { location: 'TS1' }, { token: finance })).status).toBe(404);
    expect((await t.post('/api/v1/accounting/tax/jurisdictions', { code: 'DE', name: 'Germany' }, { token: await t.tokenFor('analyst') })).status).toBe(403);
  });

  it.each([
    ['TS1', 'T-BOOK', { jurisdiction: 'FR', taxCategory: 'books', rate: 550, pricesIncludeTax: true }],
    ['TS1', 'T-TEE', { jurisdiction: 'FR', taxCategory: 'apparel', rate: 2000, pricesIncludeTax: true }],
    ['TW1', 'T-BOOK', { jurisdiction: 'US-OR', rate: 0, pricesIncludeTax: false }],
    ['TS2', 'T-BOOK', { jurisdiction: null, rate: 1000, pricesIncludeTax: false }],
    ['TS2', 'T-TEE', { jurisdiction: null, rate: 2000 }],
  ])('answers the rate at %s for %s', async (location, sku, expected) => {
    expect(await ok(t.get(`/api/v1/accounting/tax/rate?location=${location}&sku=${sku}`, finance))).toMatchObject({ location, sku, ...expected });
  });

  it('gives the selling side every rate of a basket in one query', async () => {
    const ts1 = await t.app.database.kysely.selectFrom('location').select('id').where('code', '=', 'TS1').executeTakeFirstOrThrow();
    const answer = await resolveTaxRates(t.app.database.kysely, ts1.id, [
      { id: 'a', category: 'books', taxRate: 1000 },
      { id: 'b', category: null, taxRate: 700 },
    ]);
    expect(answer).toEqual({ jurisdiction: 'FR', pricesIncludeTax: true, rates: new Map([['a', 550], ['b', 2000]]) });
    expect((await resolveTaxRates(t.app.database.kysely, null, [{ id: 'a', category: 'books', taxRate: 1000 }])).rates.get('a')).toBe(1000);
  });

  it('reports taxable sales and tax by jurisdiction and period, returns deducted', async () => {
    const paris = await ok(t.post('/api/v1/orders', { channel: 'store', location: 'TS1', fulfillment: 'carry_out', tender: 'card', lines: [{ sku: 'T-BOOK', quantity: 2 }] }), 201);
    await ok(t.post('/api/v1/orders', { channel: 'store', location: 'TS2', fulfillment: 'carry_out', tender: 'cash', lines: [{ sku: 'T-TEE', quantity: 1 }] }), 201);
    const web = await ok(t.post('/api/v1/orders', { channel: 'web', fulfillment: 'ship', location: 'TW1', lines: [{ sku: 'T-TEE', quantity: 3 }] }), 201);
    await ok(t.post(`/api/v1/orders/${web.id}/fulfill`));
    const returned = await ok(t.post('/api/v1/returns', { order: paris.id, location: 'TS2', lines: [{ sku: 'T-BOOK', quantity: 1, reason: 'damaged', disposition: 'scrap' }] }), 201);
    const report = await ok(t.get('/api/v1/accounting/reports/tax', finance));
    const sale = (order: any) => ({ taxable: order.totals.subtotal - order.totals.discount, tax: order.totals.tax });
    // Paris charged FR's books rate (5.5 % of 3000 = 165); the return of one of two units refunded half the net and its share of the tax.
    expect(paris.lines).toMatchObject([{ taxRate: 550, tax: 165 }]);
    const refundedTax = returned.refund.amount - sale(paris).taxable / 2;
    expect(report.items).toEqual([
      { jurisdiction: 'FR', name: 'France', period: null, taxableSales: sale(paris).taxable / 2, tax: sale(paris).tax - refundedTax },
      { jurisdiction: 'US-OR', name: 'Oregon', period: null, taxableSales: sale(web).taxable, tax: sale(web).tax },
      { jurisdiction: null, name: null, period: null, taxableSales: 1000, tax: 200 },
    ]);
    const tb = await ok(t.get('/api/v1/accounting/trial-balance', finance));
    expect(report.totals.tax).toBe(-tb.accounts.filter((a: any) => a.role === 'tax_payable').reduce((s: number, a: any) => s + a.balance, 0));
    const today = new Date().toISOString().slice(0, 10);
    const daily = await ok(t.get(`/api/v1/accounting/reports/tax?interval=day&from=${today}&to=${today}`, finance));
    expect(daily.items.every((row: any) => row.period === today)).toBe(true);
    expect(daily.totals).toEqual(report.totals);
    const csv = await t.request('GET', '/api/v1/accounting/reports/tax?format=csv&interval=month', { token: finance });
    expect(String(csv.body).split('\r\n')[0]).toBe('jurisdiction,name,period,taxableSales,tax,currency');
  });
});
