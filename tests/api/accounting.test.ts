// Accounting contract: the chart of accounts, what every document posts (in its own transaction), the
// trial balance and journal entries by source, who may read and write, and the books checker after each test.
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PURPOSE_ROLE } from '../../src/modules/accounting/domain/account.ts';
import { RETAIL_CHART } from '../../src/modules/accounting/domain/chart-template.ts';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

interface Line {
  account: string;
  name: string;
  role: string | null;
  debit: number;
  credit: number;
}

describe('accounting', () => {
  let t: TestApp;
  const db = () => t.app.database.kysely;

  beforeAll(async () => {
    t = await startTestApp();
    for (const location of [
      { code: 'AW1', name: 'Warehouse', kind: 'warehouse' },
      { code: 'AS1', name: 'Store one', kind: 'store' },
      { code: 'AS2', name: 'Store two', kind: 'store' },
      { code: 'AWEB', name: 'Web shop', kind: 'online' },
    ]) expect((await t.post('/api/v1/locations', location)).status).toBe(201);
    for (const product of [
      { sku: 'ACC-TEE', name: 'Tee', family: 'basics', cost: 400, price: 1000, taxRate: 2000 },
      { sku: 'ACC-MUG', name: 'Mug', family: 'home', cost: 333, price: 799, taxRate: 550 },
    ]) expect((await t.post('/api/v1/products', product)).status).toBe(201);
  });
  afterEach(async () => {
    expect(await checkBooks(db())).toEqual([]);
    expect(await checkLedger(db())).toEqual([]);
  });
  afterAll(() => t.close());

  const entriesOf = async (source: string) => {
    const response = await t.get(`/api/v1/accounting/journal-entries?source=${source}`);
    expect(response.status).toBe(200);
    for (const entry of response.body.items) {
      const lines = entry.lines as Line[];
      expect(lines.reduce((s, l) => s + l.debit, 0)).toBe(lines.reduce((s, l) => s + l.credit, 0));
    }
    return response.body.items as Array<{ id: string; number: string; date: string; source: string; description: string; lines: Line[] }>;
  };
  /** Net debit per role over the lines of some entries. */
  const byRole = (entries: Array<{ lines: Line[] }>) => {
    const sums: Record<string, number> = {};
    for (const line of entries.flatMap((e) => e.lines)) sums[line.role ?? 'null'] = (sums[line.role ?? 'null'] ?? 0) + line.debit - line.credit;
    return sums;
  };
  const trialBalance = async (query = '') => {
    const response = await t.get(`/api/v1/accounting/trial-balance${query}`);
    expect(response.status).toBe(200);
    return response.body as { accounts: Array<{ code: string; role: string | null; type: string; debit: number; credit: number; balance: number }>; totals: { debit: number; credit: number } };
  };
  const roleBalance = (tb: Awaited<ReturnType<typeof trialBalance>>, role: string) => tb.accounts.filter((a) => a.role === role).reduce((s, a) => s + a.balance, 0);
  const adjust = (location: string, sku: string, delta: number) => t.post('/api/v1/inventory/adjustments', { location, reason: 'test', lines: [{ sku, delta }] });

  it('seeds the retail chart, with a till per store, and lists every account in the trial balance', async () => {
    const tb = await trialBalance();
    expect(tb.totals.debit).toBe(tb.totals.credit);
    for (const account of tb.accounts) {
      expect(Object.keys(account).sort()).toEqual(['balance', 'code', 'credit', 'debit', 'name', 'role', 'type']);
      expect(['asset', 'liability', 'equity', 'income', 'expense']).toContain(account.type);
      expect(account.balance).toBe(account.debit - account.credit);
    }
    const roles = new Set(tb.accounts.map((a) => a.role));
    for (const role of ['inventory', 'revenue', 'tax_payable', 'cogs', 'customer_payments', 'inventory_loss', 'inventory_gain', 'customer_deposits', 'accounts_payable', 'goods_received_not_invoiced', 'purchase_price_variance', 'landed_cost_clearing', 'bank', 'payment_fees']) {
      expect(roles).toContain(role);
    }
    expect(roles).toContain(null);
    const tills = await t.get('/api/v1/accounting/accounts?limit=500');
    expect(tills.body.items.filter((a: { purpose: string }) => a.purpose === 'cash_till').map((a: { location: string | null }) => a.location)).toEqual(expect.arrayContaining(['AS1', 'AS2']));
  });

  it('seeds exactly the template of domain/chart-template.ts, each purpose with the role and type it implies', async () => {
    const accounts = (await t.get('/api/v1/accounting/accounts?limit=500')).body.items as Array<{ code: string; name: string; type: string; role: string | null; purpose: string | null; location: string | null }>;
    const seeded = accounts.filter((a) => !a.code.startsWith('1010-')).map(({ code, name, type, role, purpose }) => ({ code, name, type, role, purpose }));
    expect(seeded).toEqual(RETAIL_CHART);
    for (const account of accounts) {
      if (account.purpose) expect({ role: account.role, type: account.type }).toEqual(PURPOSE_ROLE[account.purpose as keyof typeof PURPOSE_ROLE]);
    }
  });

  it('posts a positive adjustment as inventory against inventory gain, and a negative one as loss', async () => {
    const found = await adjust('AW1', 'ACC-TEE', 50);
    expect(found.status).toBe(201);
    const [entry] = await entriesOf(`adjustment:${found.body.id}`);
    expect(entry?.source).toBe(`adjustment:${found.body.number}`);
    expect(entry?.description).toBe(`Stock adjustment ${found.body.number}`);
    expect(await entriesOf(`adjustment:${found.body.number}`)).toEqual([entry]);
    expect(byRole([entry as { lines: Line[] }])).toEqual({ inventory: 20_000, inventory_gain: -20_000 });
    expect((await adjust('AS1', 'ACC-TEE', 30)).status).toBe(201);
    expect((await adjust('AS1', 'ACC-MUG', 20)).status).toBe(201);
    expect((await adjust('AS2', 'ACC-MUG', 9)).status).toBe(201);
    const lost = await adjust('AW1', 'ACC-TEE', -2);
    expect(byRole(await entriesOf(`adjustment:${lost.body.id}`))).toEqual({ inventory_loss: 800, inventory: -800 });
  });

  it('posts a till sale: payment to the store till against revenue and tax, cost of goods against inventory', async () => {
    const sale = await t.post('/api/v1/orders', { channel: 'store', location: 'AS1', fulfillment: 'carry_out', tender: 'cash', lines: [{ sku: 'ACC-TEE', quantity: 2 }, { sku: 'ACC-MUG', quantity: 3 }] });
    expect(sale.status).toBe(201);
    const entries = await entriesOf(`order:${sale.body.id}`);
    expect(entries).toHaveLength(1);
    const total = sale.body.totals.total;
    expect(total).toBe(2000 + 400 + 2397 + 132);
    expect(byRole(entries)).toEqual({ customer_payments: total, revenue: -(2000 + 2397), tax_payable: -(400 + 132), cogs: 800 + 999, inventory: -(800 + 999) });
    const till = entries[0]?.lines.find((l) => l.role === 'customer_payments');
    expect(till?.account).toBe('1010-AS1');
    // Orders are named by id or number.
    expect(await entriesOf(`order:${sale.body.number}`)).toEqual(entries);
    expect(await entriesOf('order:SO-NOPE')).toEqual([]);
  });

  it('opens a till the first time cash is taken at a store that has none', async () => {
    expect((await t.post('/api/v1/locations', { code: 'AS3', name: 'Store three', kind: 'store' })).status).toBe(201);
    await sql`DELETE FROM account WHERE code = '1010-AS3'`.execute(db());
    expect((await adjust('AS3', 'ACC-MUG', 2)).status).toBe(201);
    const sale = await t.post('/api/v1/orders', { channel: 'store', location: 'AS3', fulfillment: 'carry_out', tender: 'cash', lines: [{ sku: 'ACC-MUG', quantity: 1 }] });
    expect(sale.status).toBe(201);
    const [entry] = await entriesOf(`order:${sale.body.id}`);
    expect(entry?.lines.find((l) => l.role === 'customer_payments')).toMatchObject({ account: '1010-AS3', debit: sale.body.totals.total });
  });

  it('posts a card sale to card clearing', async () => {
    const sale = await t.post('/api/v1/orders', { channel: 'store', location: 'AS2', fulfillment: 'carry_out', tender: 'card', lines: [{ sku: 'ACC-MUG', quantity: 1 }] });
    expect(sale.status).toBe(201);
    const [entry] = await entriesOf(`order:${sale.body.id}`);
    expect(entry?.lines.find((l) => l.role === 'customer_payments')?.account).toBe('1100');
  });

  it('holds a web payment as a customer deposit until fulfilment, then earns revenue, tax and cost of goods', async () => {
    const order = await t.post('/api/v1/orders', { channel: 'web', fulfillment: 'ship', lines: [{ sku: 'ACC-TEE', quantity: 3 }] });
    expect(order.status).toBe(201);
    const total = order.body.totals.total;
    const placed = await entriesOf(`order:${order.body.id}`);
    expect(byRole(placed)).toEqual({ customer_payments: total, customer_deposits: -total });
    expect((await t.post(`/api/v1/orders/${order.body.id}/fulfill`)).status).toBe(200);
    const all = await entriesOf(`order:${order.body.id}`);
    expect(all).toHaveLength(2);
    expect(byRole(all)).toEqual({ customer_payments: total, customer_deposits: 0, revenue: -3000, tax_payable: -600, cogs: 1200, inventory: -1200 });
    expect(all[1]?.lines.find((l) => l.role === 'revenue')?.account).toBe('4010');
  });

  it('pays a deposit back when a reserved order is cancelled', async () => {
    const order = await t.post('/api/v1/orders', { channel: 'marketplace', fulfillment: 'ship', lines: [{ sku: 'ACC-TEE', quantity: 1 }] });
    expect(order.status).toBe(201);
    expect((await t.post(`/api/v1/orders/${order.body.id}/cancel`)).status).toBe(200);
    const entries = await entriesOf(`order:${order.body.id}`);
    expect(entries).toHaveLength(2);
    expect(byRole(entries)).toEqual({ customer_payments: 0, customer_deposits: 0 });
  });

  it('reverses revenue and tax on a return, restocks at the original cost and leaves scrapped cost in cost of goods', async () => {
    const sale = await t.post('/api/v1/orders', { channel: 'store', location: 'AS1', fulfillment: 'carry_out', tender: 'card', lines: [{ sku: 'ACC-TEE', quantity: 3 }] });
    expect(sale.status).toBe(201);
    const returned = await t.post('/api/v1/returns', {
      order: sale.body.id,
      location: 'AS2',
      lines: [
        { sku: 'ACC-TEE', quantity: 1, reason: 'wrong_size', disposition: 'restock' },
        { sku: 'ACC-TEE', quantity: 1, reason: 'damaged', disposition: 'scrap' },
      ],
    });
    expect(returned.status).toBe(201);
    expect(returned.body.refund.amount).toBe(2400);
    const entries = await entriesOf(`return:${returned.body.id}`);
    expect(entries).toHaveLength(1);
    expect(byRole(entries)).toEqual({ revenue: 2000, tax_payable: 400, customer_payments: -2400, inventory: 400, cogs: -400 });
  });

  it('posts count variances and transfer shortfalls; goods in transit stay in inventory', async () => {
    const count = await t.post('/api/v1/inventory/counts', { location: 'AS2', lines: [{ sku: 'ACC-MUG', counted: 5 }] });
    expect(count.status).toBe(201);
    const variance = count.body.lines[0];
    expect(variance.variance).toBeLessThan(0);
    // The variance at cost is signed like the variance: a loss is negative.
    expect(variance.value).toBeLessThan(0);
    expect(byRole(await entriesOf(`count:${count.body.id}`))).toEqual({ inventory_loss: -variance.value, inventory: variance.value });

    const before = roleBalance(await trialBalance(), 'inventory');
    const transfer = await t.post('/api/v1/transfers', { from: 'AW1', to: 'AS2', lines: [{ sku: 'ACC-TEE', quantity: 5 }] });
    expect(transfer.status).toBe(201);
    expect((await t.post(`/api/v1/transfers/${transfer.body.id}/ship`)).status).toBe(200);
    expect(roleBalance(await trialBalance(), 'inventory')).toBe(before);
    expect(await entriesOf(`transfer:${transfer.body.id}`)).toEqual([]);
    expect((await t.post(`/api/v1/transfers/${transfer.body.id}/receive`, { lines: [{ sku: 'ACC-TEE', quantity: 3 }] })).status).toBe(200);
    expect(byRole(await entriesOf(`transfer:${transfer.body.id}`))).toEqual({ inventory_loss: 800, inventory: -800 });
  });

  it('keeps the inventory account equal to the valuation and the trial balance balanced', async () => {
    const tb = await trialBalance();
    expect(tb.totals.debit).toBe(tb.totals.credit);
    expect(tb.accounts.reduce((s, a) => s + a.balance, 0)).toBe(0);
    const valuation = await db().selectFrom('product_valuation').select((eb) => eb.fn.sum<number>('value').as('value')).executeTakeFirst();
    expect(roleBalance(tb, 'inventory')).toBe(Number(valuation?.value));
  });

  it('limits the trial balance to a period; a date `to` means the end of that day', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const all = await trialBalance();
    expect(await trialBalance(`?from=${today}&to=${today}`)).toEqual({ ...all, from: `${today}T00:00:00.000Z`, to: `${today}T23:59:59.999Z` });
    const empty = await trialBalance('?from=2000-01-01&to=2000-12-31');
    expect(empty).toMatchObject({ from: '2000-01-01T00:00:00.000Z', to: '2000-12-31T23:59:59.999Z' });
    expect(all).toMatchObject({ from: null, to: null });
    expect(empty.accounts.length).toBe(all.accounts.length);
    expect(empty.totals).toEqual({ debit: 0, credit: 0 });
    expect((await trialBalance(`?to=${new Date(Date.now() + 60_000).toISOString()}`)).totals).toEqual(all.totals);
    expect((await t.get('/api/v1/accounting/trial-balance?from=yesterday')).status).toBe(400);
  });

  it('exports the trial balance as CSV', async () => {
    const response = await t.request('GET', '/api/v1/accounting/trial-balance?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = String(response.body).trim().split('\r\n');
    expect(header).toBe('code,name,type,role,debit,credit,balance,currency');
    const accounts = (await trialBalance()).accounts;
    expect(rows.length).toBe(accounts.length);
    // Money as decimals of the minor unit: 12345 cents is 123.45.
    const { currency } = (await t.get('/api/v1/company')).body;
    const first = accounts.find((account) => account.debit > 0) as (typeof accounts)[number];
    const decimal = (minor: number) => `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;
    expect(rows.find((row) => row.startsWith(`${first.code},`))?.split(',').slice(-4)).toEqual([decimal(first.debit), decimal(first.credit), decimal(first.balance), currency]);
  });

  async function journalPaged(order: string): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response: { status: number; body: { items: Array<{ number: string }>; nextCursor: string | null } } = await t.get(
        `/api/v1/accounting/journal-entries?limit=3${order}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.status).toBe(200);
      seen.push(...response.body.items.map((e) => e.number));
      cursor = response.body.nextCursor;
    } while (cursor);
    return seen;
  }

  it('pages through journal entries in posting order, or newest first', async () => {
    const seen = await journalPaged('');
    expect(seen.length).toBeGreaterThan(10);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
    expect(await journalPaged('&order=desc')).toEqual([...seen].reverse());
    expect((await t.get('/api/v1/accounting/journal-entries?order=sideways')).status).toBe(400);
  });

  it('lets finance and analysts read, only finance (and admin) write, and nobody else in', async () => {
    const finance = await t.tokenFor('finance');
    const analyst = await t.tokenFor('analyst');
    const manager = await t.tokenFor('store_manager', ['AS1']);
    expect((await t.get('/api/v1/accounting/trial-balance', finance)).status).toBe(200);
    expect((await t.get('/api/v1/accounting/trial-balance', analyst)).status).toBe(200);
    expect((await t.get('/api/v1/accounting/trial-balance', manager)).status).toBe(403);
    expect((await t.get('/api/v1/accounting/trial-balance', null)).status).toBe(401);
    expect((await t.post('/api/v1/accounting/accounts', { code: '7000', name: 'Marketing', type: 'expense' }, { token: analyst })).status).toBe(403);
    const created = await t.post('/api/v1/accounting/accounts', { code: '7000', name: 'Marketing', type: 'expense' }, { token: finance });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ code: '7000', name: 'Marketing', type: 'expense', role: null, purpose: null, location: null, archived: false });
  });
});
