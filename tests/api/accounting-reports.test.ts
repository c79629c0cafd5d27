// Accounting reports over several days of business: P&L, balance sheet, general ledger, gross margin by
// family/channel/location and stock valuation at a date per location — all agreeing with the trial balance.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

type TrialBalance = { accounts: Array<{ code: string; role: string | null; type: string; debit: number; credit: number; balance: number }>; totals: { debit: number; credit: number } };

describe('accounting reports', () => {
  let t: TestApp;
  let now = new Date('2026-05-01T09:00:00.000Z');
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const ok = async <T>(response: Promise<{ status: number; body: T }>, status = 200): Promise<T> => {
    const r = await response;
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    return r.body;
  };
  const tb = (query = ''): Promise<TrialBalance> => ok(t.get(`/api/v1/accounting/trial-balance${query}`));
  const role = (balance: TrialBalance, name: string) => balance.accounts.filter((a) => a.role === name).reduce((s, a) => s + a.balance, 0);

  beforeAll(async () => {
    t = await startTestApp({ clock: { now: () => now } });
    for (const location of [
      { code: 'RW1', name: 'Warehouse', kind: 'warehouse' },
      { code: 'RS1', name: 'Store one', kind: 'store' },
      { code: 'RS2', name: 'Store two', kind: 'store' },
    ]) await ok(t.post('/api/v1/locations', location), 201);
    await ok(t.post('/api/v1/products', { sku: 'R-TEE', name: 'Tee', family: 'basics', cost: 400, price: 1000, taxRate: 2000 }), 201);
    await ok(t.post('/api/v1/products', { sku: 'R-LAMP', name: 'Lamp', family: 'home', cost: 2500, price: 4999, taxRate: 1000 }), 201);
    // Day 1: opening stock.
    await ok(t.post('/api/v1/inventory/adjustments', { location: 'RW1', reason: 'opening', lines: [{ sku: 'R-TEE', delta: 100 }, { sku: 'R-LAMP', delta: 10 }] }), 201);
    await ok(t.post('/api/v1/inventory/adjustments', { location: 'RS1', reason: 'opening', lines: [{ sku: 'R-TEE', delta: 20 }, { sku: 'R-LAMP', delta: 4 }] }), 201);
    // Day 2: sales in store one and on the web, a return in store two.
    at('2026-05-02T10:00:00.000Z');
    const sale = await ok<any>(t.post('/api/v1/orders', { channel: 'store', location: 'RS1', fulfillment: 'carry_out', tender: 'cash', lines: [{ sku: 'R-TEE', quantity: 5 }, { sku: 'R-LAMP', quantity: 1 }] }), 201);
    const web = await ok<any>(t.post('/api/v1/orders', { channel: 'web', fulfillment: 'ship', location: 'RW1', lines: [{ sku: 'R-LAMP', quantity: 2 }] }), 201);
    await ok(t.post(`/api/v1/orders/${web.id}/fulfill`));
    await ok(t.post('/api/v1/returns', { order: sale.id, location: 'RS2', lines: [{ sku: 'R-TEE', quantity: 1, reason: 'wrong_size', disposition: 'restock' }] }), 201);
    // Day 3: a transfer leaves the warehouse and is still in transit at the end of the day.
    at('2026-05-03T15:00:00.000Z');
    const transfer = await ok<any>(t.post('/api/v1/transfers', { from: 'RW1', to: 'RS2', lines: [{ sku: 'R-TEE', quantity: 10 }] }), 201);
    await ok(t.post(`/api/v1/transfers/${transfer.id}/ship`));
    // Day 4: it arrives two short; some stock is found at store one.
    at('2026-05-04T08:00:00.000Z');
    await ok(t.post(`/api/v1/transfers/${transfer.id}/receive`, { lines: [{ sku: 'R-TEE', quantity: 8 }] }));
    await ok(t.post('/api/v1/inventory/adjustments', { location: 'RS1', reason: 'found', lines: [{ sku: 'R-LAMP', delta: 1 }] }), 201);
  });
  afterEach(async () => expect(await checkBooks(t.app.database.kysely)).toEqual([]));
  afterAll(() => t.close());

  it('P&L: income less expenses, gross profit = revenue − cost of goods, agreeing with the trial balance', async () => {
    const pl = await ok<any>(t.get('/api/v1/accounting/reports/profit-and-loss?from=2026-05-02&to=2026-05-02'));
    const day = await tb('?from=2026-05-02&to=2026-05-02');
    // Tees 5 × 1000 − 1 returned, lamp 4999 + 2 × 4999 on the web.
    expect(role(day, 'revenue')).toBe(-(4000 + 3 * 4999));
    expect(pl.totals.grossProfit).toBe(-role(day, 'revenue') - role(day, 'cogs'));
    expect(pl.totals.grossProfit).toBe(4000 + 3 * 4999 - (1600 + 3 * 2500));
    expect(pl.totals.netIncome).toBe(pl.totals.income - pl.totals.expenses);
    const incomeAndExpense = day.accounts.filter((a) => a.type === 'income' || a.type === 'expense').reduce((s, a) => s + a.balance, 0);
    expect(pl.totals.netIncome).toBe(-incomeAndExpense);
    expect(pl.income.find((l: any) => l.code === '4100')).toMatchObject({ role: 'revenue', amount: -1000 });
  });

  it('balance sheet: assets = liabilities + equity at every date, opening = the previous closing', async () => {
    let previous: any;
    for (const day of ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04']) {
      const sheet = await ok<any>(t.get(`/api/v1/accounting/reports/balance-sheet?from=${day}&to=${day}`));
      expect(sheet.totals.assets).toBe(sheet.totals.liabilitiesAndEquity);
      if (previous) {
        for (const section of ['assets', 'liabilities', 'equity']) {
          expect(sheet[section].map((l: any) => l.opening)).toEqual(previous[section].map((l: any) => l.closing));
        }
      }
      const balance = await tb(`?to=${day}`);
      expect(sheet.assets.find((l: any) => l.code === '1300').closing).toBe(role(balance, 'inventory'));
      previous = sheet;
    }
  });

  it('general ledger: a running balance from the balance brought forward, the same in pages or in one', async () => {
    const whole = await ok<any>(t.get('/api/v1/accounting/accounts/1300/ledger?limit=500'));
    expect(whole.account).toMatchObject({ code: '1300', role: 'inventory' });
    expect(whole.openingBalance).toBe(0);
    expect(whole.items.at(-1).balance).toBe(role(await tb(), 'inventory'));
    const paged: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await ok(t.get(`/api/v1/accounting/accounts/1300/ledger?limit=2${cursor ? `&cursor=${cursor}` : ''}`));
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(whole.items);
    const later = await ok<any>(t.get('/api/v1/accounting/accounts/1300/ledger?from=2026-05-03'));
    expect(later.openingBalance).toBe(role(await tb('?to=2026-05-02'), 'inventory'));
    expect(later.items.at(-1).balance).toBe(whole.items.at(-1).balance);
    expect((await t.get('/api/v1/accounting/accounts/NOPE/ledger')).status).toBe(404);
  });

  it('gross margin by family, channel and location adds up to revenue − cost of goods', async () => {
    const total = await tb();
    const expected = { revenue: -role(total, 'revenue'), cogs: role(total, 'cogs') };
    for (const by of ['family', 'channel', 'location', 'family,channel,location']) {
      const report = await ok<any>(t.get(`/api/v1/accounting/reports/gross-margin?by=${by}`));
      expect(report.totals).toMatchObject({ ...expected, grossMargin: expected.revenue - expected.cogs });
      expect(report.items.reduce((s: number, i: any) => s + i.revenue, 0)).toBe(expected.revenue);
    }
    const byFamily = await ok<any>(t.get('/api/v1/accounting/reports/gross-margin?by=family'));
    expect(byFamily.items).toEqual([
      { family: 'basics', revenue: 4000, cogs: 1600, grossMargin: 2400, marginBasisPoints: 6000 },
      { family: 'home', revenue: 3 * 4999, cogs: 7500, grossMargin: 3 * 4999 - 7500, marginBasisPoints: 4999 },
    ]);
    const byChannel = await ok<any>(t.get('/api/v1/accounting/reports/gross-margin?by=channel'));
    expect(byChannel.items.map((i: any) => [i.channel, i.revenue])).toEqual([['store', 4000 + 4999], ['web', 2 * 4999]]);
    const byLocation = await ok<any>(t.get('/api/v1/accounting/reports/gross-margin?by=location'));
    expect(byLocation.items.map((i: any) => [i.location, i.revenue])).toEqual([['RS1', 4000 + 4999], ['RW1', 2 * 4999]]);
    expect((await t.get('/api/v1/accounting/reports/gross-margin?by=colour')).status).toBe(400);
  });

  it('stock valuation at a date per location, transit included, equals the inventory account then', async () => {
    const day3 = await ok<any>(t.get('/api/v1/accounting/reports/stock-valuation?at=2026-05-03'));
    expect(day3.total.value).toBe(role(await tb('?to=2026-05-03'), 'inventory'));
    expect(day3.items.find((i: any) => i.location === '@transit')).toMatchObject({ kind: 'transit', quantity: 10, value: 4000 });
    const day1 = await ok<any>(t.get('/api/v1/accounting/reports/stock-valuation?at=2026-05-01'));
    expect(day1.items).toEqual([
      { location: 'RS1', kind: 'store', quantity: 24, value: 20 * 400 + 4 * 2500 },
      { location: 'RW1', kind: 'warehouse', quantity: 110, value: 100 * 400 + 10 * 2500 },
    ]);
    const today = await ok<any>(t.get('/api/v1/accounting/reports/stock-valuation'));
    expect(today.total.value).toBe(role(await tb(), 'inventory'));
    expect(today.items.find((i: any) => i.location === '@transit')).toBeUndefined();
    const one = await ok<any>(t.get('/api/v1/accounting/reports/stock-valuation?location=RS2'));
    expect(one.items.map((i: any) => i.location)).toEqual(['RS2']);
    expect(one.items[0]).toMatchObject({ quantity: 9, value: 3600 });
    const before = await ok<any>(t.get('/api/v1/accounting/reports/stock-valuation?at=2026-04-30'));
    expect(before).toMatchObject({ items: [], total: { quantity: 0, value: 0 } });
  });

  it.each([
    ['/api/v1/accounting/reports/profit-and-loss?format=csv', 'section,code,name,role,amount,currency'],
    ['/api/v1/accounting/reports/balance-sheet?format=csv', 'section,code,name,role,opening,closing,currency'],
    ['/api/v1/accounting/accounts/1300/ledger?format=csv', 'number,date,source,description,debit,credit,balance,currency'],
    ['/api/v1/accounting/reports/gross-margin?format=csv&by=family,channel', 'family,channel,revenue,cogs,grossMargin,marginBasisPoints,currency'],
    ['/api/v1/accounting/reports/stock-valuation?format=csv&at=2026-05-03', 'location,kind,quantity,value,currency'],
  ])('exports %s as CSV', async (url, header) => {
    const response = await t.request('GET', url);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = String(response.body).trim().split('\r\n');
    expect(lines[0]).toBe(header);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('writes money in the currency’s major unit with its minor-unit decimals, and names the currency', async () => {
    // RS2 holds 9 units worth 3600 minor units: 36.00 in the export.
    const response = await t.request('GET', '/api/v1/accounting/reports/stock-valuation?format=csv&location=RS2');
    const { currency } = await ok<any>(t.get('/api/v1/company'));
    expect(String(response.body).trim().split('\r\n')).toEqual(['location,kind,quantity,value,currency', `RS2,store,9,36.00,${currency}`]);
  });

  it.each([
    '/api/v1/accounting/reports/profit-and-loss',
    '/api/v1/accounting/reports/balance-sheet',
    '/api/v1/accounting/accounts/1300/ledger',
    '/api/v1/accounting/reports/gross-margin',
    '/api/v1/accounting/reports/tax',
  ])('%s echoes the period it covers', async (url) => {
    expect(await ok<any>(t.get(`${url}?from=2026-05-01&to=2026-05-02T12:00:00Z`))).toMatchObject({ from: '2026-05-01T00:00:00.000Z', to: '2026-05-02T12:00:00.000Z' });
    expect(await ok<any>(t.get(url))).toMatchObject({ from: null, to: null });
  });

  it('is read by finance and analysts only', async () => {
    const manager = await t.tokenFor('store_manager', ['RS1']);
    expect((await t.get('/api/v1/accounting/reports/profit-and-loss', manager)).status).toBe(403);
    expect((await t.get('/api/v1/accounting/reports/stock-valuation', await t.tokenFor('analyst'))).status).toBe(200);
  });
});
