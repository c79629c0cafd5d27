// Period close and corrections: the lock date refuses postings on or before it (409 period_locked, the whole
// document rolled back), documents after it post in the open period; manual entries, reversals, the chart edits.
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('accounting periods and corrections', () => {
  let t: TestApp;
  let now = new Date('2026-03-31T12:00:00.000Z');
  let finance: string;
  const count = async (table: string) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(t.app.database.kysely)).rows[0]?.n;

  beforeAll(async () => {
    t = await startTestApp({ clock: { now: () => now } });
    finance = await t.tokenFor('finance');
    expect((await t.post('/api/v1/locations', { code: 'PS1', name: 'Store', kind: 'store' })).status).toBe(201);
    expect((await t.post('/api/v1/products', { sku: 'PER-1', name: 'Thing', cost: 250, price: 700, taxRate: 2000 })).status).toBe(201);
    expect((await t.post('/api/v1/inventory/adjustments', { location: 'PS1', reason: 'opening', lines: [{ sku: 'PER-1', delta: 40 }] })).status).toBe(201);
  });
  afterEach(async () => expect(await checkBooks(t.app.database.kysely)).toEqual([]));
  afterAll(() => t.close());

  it('starts with every period open', async () => {
    expect((await t.get('/api/v1/accounting/period-lock', finance)).body).toEqual({ lockDate: null });
  });

  it('refuses a posting on the lock date with 409 period_locked and rolls the document back', async () => {
    const march = (await t.get('/api/v1/accounting/trial-balance?from=2026-03-01&to=2026-03-31')).body;
    const locked = await t.post('/api/v1/accounting/period-lock', { lockDate: '2026-03-31' }, { token: finance });
    expect(locked.status).toBe(200);
    expect(locked.body).toEqual({ lockDate: '2026-03-31' });
    const [moves, orders, entries] = [await count('stock_move'), await count('sales_order'), await count('journal_entry')];

    const adjustment = await t.post('/api/v1/inventory/adjustments', { location: 'PS1', reason: 'late', lines: [{ sku: 'PER-1', delta: 1 }] });
    expect(adjustment.status, JSON.stringify(adjustment.body)).toBe(409);
    expect(adjustment.body).toMatchObject({ code: 'period_locked', status: 409 });
    expect(adjustment.headers['content-type']).toMatch(/^application\/problem\+json/);
    const sale = await t.post('/api/v1/orders', { channel: 'store', location: 'PS1', fulfillment: 'carry_out', lines: [{ sku: 'PER-1', quantity: 1 }] });
    expect(sale.status, JSON.stringify(sale.body)).toBe(409);
    expect(sale.body.code).toBe('period_locked');
    const manual = await t.post('/api/v1/accounting/journal-entries', { description: 'Rent', lines: [{ account: '6200', debit: 100 }, { account: '1200', credit: 100 }] }, { token: finance });
    expect(manual.status).toBe(409);

    expect([await count('stock_move'), await count('sales_order'), await count('journal_entry')]).toEqual([moves, orders, entries]);
    expect((await t.get('/api/v1/accounting/trial-balance?from=2026-03-01&to=2026-03-31')).body).toEqual(march);
  });

  it('posts documents that happen after the lock date in the open period', async () => {
    now = new Date('2026-04-01T00:00:00.000Z');
    finance = await t.tokenFor('finance');
    const sale = await t.post('/api/v1/orders', { channel: 'store', location: 'PS1', fulfillment: 'carry_out', tender: 'cash', lines: [{ sku: 'PER-1', quantity: 2 }] });
    expect(sale.status).toBe(201);
    const [entry] = (await t.get(`/api/v1/accounting/journal-entries?source=order:${sale.body.id}`)).body.items;
    expect(entry.date).toBe('2026-04-01T00:00:00.000Z');
    const april = (await t.get('/api/v1/accounting/trial-balance?from=2026-04-01')).body;
    expect(april.totals).toEqual({ debit: 1680 + 500, credit: 1680 + 500 });
  });

  it('refuses to move a lock date that is not a date, and lets only finance set it', async () => {
    expect((await t.post('/api/v1/accounting/period-lock', { lockDate: '31/03/2026' }, { token: finance })).status).toBe(400);
    expect((await t.post('/api/v1/accounting/period-lock', {}, { token: finance })).status).toBe(400);
    expect((await t.post('/api/v1/accounting/period-lock', { lockDate: '2026-03-30' }, { token: await t.tokenFor('analyst') })).status).toBe(403);
    expect((await t.get('/api/v1/accounting/period-lock', finance)).body).toEqual({ lockDate: '2026-03-31' });
  });

  it('posts balanced manual entries and refuses unbalanced or unknown ones', async () => {
    const rent = await t.post('/api/v1/accounting/journal-entries', { description: 'April rent', lines: [{ account: '6200', debit: 150000 }, { account: '1200', credit: 150000 }] }, { token: finance });
    expect(rent.status).toBe(201);
    expect(rent.body).toMatchObject({ source: expect.stringMatching(/^manual:/), description: 'April rent', lines: [{ account: '6200', role: null, debit: 150000, credit: 0 }, { account: '1200', role: 'bank', debit: 0, credit: 150000 }] });
    const unbalanced = await t.post('/api/v1/accounting/journal-entries', { description: 'x', lines: [{ account: '6200', debit: 2 }, { account: '1200', credit: 1 }] }, { token: finance });
    expect(unbalanced.status).toBe(400);
    const twoSided = await t.post('/api/v1/accounting/journal-entries', { description: 'x', lines: [{ account: '6200', debit: 2, credit: 2 }, { account: '1200', credit: 0 }] }, { token: finance });
    expect(twoSided.status).toBe(400);
    const unknown = await t.post('/api/v1/accounting/journal-entries', { description: 'x', lines: [{ account: '9999', debit: 1 }, { account: '1200', credit: 1 }] }, { token: finance });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('unknown_reference');
  });

  it('corrects by reversing entries: once, in the open period, never by editing', async () => {
    const sale = await t.post('/api/v1/orders', { channel: 'store', location: 'PS1', fulfillment: 'carry_out', tender: 'card', lines: [{ sku: 'PER-1', quantity: 1 }] });
    const rent = await t.post('/api/v1/accounting/journal-entries', { description: 'Wrong rent', lines: [{ account: '6200', debit: 999 }, { account: '1200', credit: 999 }] }, { token: finance });
    const reversed = await t.post(`/api/v1/accounting/journal-entries/${rent.body.id}/reverse`, undefined, { token: finance });
    expect(reversed.status).toBe(201);
    expect(reversed.body.source).toBe(rent.body.source);
    expect(reversed.body.lines.map((l: { debit: number; credit: number }) => [l.debit, l.credit])).toEqual([[0, 999], [999, 0]]);
    expect((await t.post(`/api/v1/accounting/journal-entries/${rent.body.id}/reverse`, undefined, { token: finance })).body.code).toBe('already_reversed');
    expect((await t.post(`/api/v1/accounting/journal-entries/${reversed.body.id}/reverse`, undefined, { token: finance })).status).toBe(409);
    expect((await t.post('/api/v1/accounting/journal-entries/JE-999999/reverse', undefined, { token: finance })).status).toBe(404);
    expect((await t.get(`/api/v1/accounting/journal-entries/${rent.body.number}`, finance)).body.id).toBe(rent.body.id);
    // The database itself refuses to change the journal.
    await expect(sql`UPDATE journal_line SET debit = debit + 1 WHERE entry_id = ${rent.body.id}`.execute(t.app.database.kysely)).rejects.toThrow(/immutable/);
    await expect(sql`DELETE FROM journal_entry WHERE id = ${rent.body.id}`.execute(t.app.database.kysely)).rejects.toThrow(/immutable/);
    expect(sale.status).toBe(201);
  });

  it('edits the chart: adds, renames and archives accounts, but never archives one the system posts to', async () => {
    const created = await t.post('/api/v1/accounting/accounts', { code: '6400', name: 'Utilities', type: 'expense' }, { token: finance });
    expect(created.status).toBe(201);
    expect((await t.post('/api/v1/accounting/accounts', { code: '6400', name: 'Again', type: 'expense' }, { token: finance })).body.code).toBe('already_exists');
    expect((await t.post('/api/v1/accounting/accounts', { code: '1010-X', name: 'Fake till', type: 'asset' }, { token: finance })).status).toBe(409);
    expect((await t.post('/api/v1/accounting/accounts', { code: '6500', name: 'Bad', type: 'cost' }, { token: finance })).status).toBe(400);
    const renamed = await t.post('/api/v1/accounting/accounts/6400', { name: 'Electricity and water' }, { token: finance });
    expect(renamed.body).toMatchObject({ code: '6400', name: 'Electricity and water' });
    expect((await t.post('/api/v1/accounting/accounts/1300/archive', undefined, { token: finance })).body.code).toBe('account_in_use');
    expect((await t.post('/api/v1/accounting/accounts/6400/archive', undefined, { token: finance })).body.archived).toBe(true);
    const toArchived = await t.post('/api/v1/accounting/journal-entries', { description: 'x', lines: [{ account: '6400', debit: 1 }, { account: '1200', credit: 1 }] }, { token: finance });
    expect(toArchived.status).toBe(422);
    expect((await t.get('/api/v1/accounting/accounts?limit=500', finance)).body.items.map((a: { code: string }) => a.code)).not.toContain('6400');
    expect((await t.get('/api/v1/accounting/accounts?limit=500&includeArchived=true', finance)).body.items.map((a: { code: string }) => a.code)).toContain('6400');
    expect((await t.get('/api/v1/accounting/trial-balance', finance)).body.accounts.map((a: { code: string }) => a.code)).toContain('6400');
    expect((await t.get('/api/v1/accounting/accounts/NOPE', finance)).status).toBe(404);
    await expect(sql`DELETE FROM account WHERE code = '1300'`.execute(t.app.database.kysely)).rejects.toThrow();
  });

  it('clears the lock', async () => {
    expect((await t.post('/api/v1/accounting/period-lock', { lockDate: null }, { token: finance })).body).toEqual({ lockDate: null });
  });
});
