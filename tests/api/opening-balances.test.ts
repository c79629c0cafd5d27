// Opening stock through HTTP: the adjustment reason `opening` needs its own permission (finance, admin),
// is posted once per location, and books Dr inventory / Cr opening balance equity (3200), never income.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let finance: string;

beforeAll(async () => {
  t = await startTestApp();
  for (const location of [
    { code: 'OB-W1', name: 'Opening warehouse', kind: 'warehouse' },
    { code: 'OB-S1', name: 'Opening store', kind: 'store' },
    { code: 'OB-S2', name: 'Racing store', kind: 'store' },
  ]) {
    expect((await t.post('/api/v1/locations', location)).status).toBe(201);
  }
  expect((await t.post('/api/v1/products', { sku: 'OB-TEE', name: 'Tee', cost: 500, price: 999, taxRate: 2100 })).status).toBe(201);
  finance = await t.tokenFor('finance');
});

afterAll(() => t.close());

const opening = (location: string, token: string, delta = 10) =>
  t.post('/api/v1/inventory/adjustments', { location, reason: 'opening', lines: [{ sku: 'OB-TEE', delta }] }, { token });

describe('opening stock', () => {
  it('is posted by finance and booked Dr inventory / Cr opening balance equity 3200', async () => {
    const posted = await opening('OB-W1', finance);
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body).toMatchObject({ reason: 'opening', lines: [{ sku: 'OB-TEE', delta: 10, value: 5000 }] });
    const entries = await t.get(`/api/v1/accounting/journal-entries?source=adjustment:${posted.body.id}`, finance);
    expect(entries.status).toBe(200);
    expect(entries.body.items).toHaveLength(1);
    const lines = entries.body.items[0].lines.map((line: { account: string; debit: number; credit: number }) => ({ account: line.account, debit: line.debit, credit: line.credit }));
    expect(lines).toEqual([
      { account: '1300', debit: 5000, credit: 0 },
      { account: '3200', debit: 0, credit: 5000 },
    ]);
    const profitAndLoss = await t.get('/api/v1/accounting/reports/profit-and-loss', finance);
    expect(profitAndLoss.status).toBe(200);
    expect(profitAndLoss.body.totals.income).toBe(0);
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
  });

  it('is refused (409 opening_balance_posted) a second time at the same location, changing nothing', async () => {
    const again = await opening('OB-W1', finance, 5);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('opening_balance_posted');
    const level = await t.get('/api/v1/inventory/levels?sku=OB-TEE&location=OB-W1');
    expect(level.body.items[0].onHand).toBe(10);
  });

  it('is posted once when two requests race for the same location', async () => {
    const [a, b] = await Promise.all([opening('OB-S2', finance, 3), opening('OB-S2', finance, 4)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const level = await t.get('/api/v1/inventory/levels?sku=OB-TEE&location=OB-S2');
    expect([3, 4]).toContain(level.body.items[0].onHand);
  });

  it('is refused (403) to a store manager, who may still adjust stock for other reasons', async () => {
    const manager = await t.tokenFor('store_manager', ['OB-S1']);
    const refused = await opening('OB-S1', manager);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('A store manager may not post opening stock.');
    const adjusted = await t.post('/api/v1/inventory/adjustments', { location: 'OB-S1', reason: 'found', lines: [{ sku: 'OB-TEE', delta: 1 }] }, { token: manager });
    expect(adjusted.status).toBe(201);
  });

  it('does not let finance adjust stock for any other reason', async () => {
    const refused = await t.post('/api/v1/inventory/adjustments', { location: 'OB-S1', reason: 'found', lines: [{ sku: 'OB-TEE', delta: 1 }] }, { token: finance });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('A finance user may not adjust stock.');
  });

  it('only adds units (400 for a negative delta)', async () => {
    const refused = await opening('OB-S1', finance, -1);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ path: '/lines/0/delta', message: 'must be positive for opening stock' }]);
  });
});
