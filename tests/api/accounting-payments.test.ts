// Payments and reconciliation: till cash sessions (float, count, difference, banking) and payment provider
// settlement imports matched to orders by reference, with the unmatched rows as reconciliation exceptions.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('accounting payments', () => {
  let t: TestApp;
  let finance: string;
  let clerk: string;
  const ok = async (response: Promise<{ status: number; body: any }>, status = 200) => {
    const r = await response;
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    return r.body;
  };
  const balanceOf = async (code: string) => (await ok(t.get('/api/v1/accounting/trial-balance'))).accounts.find((a: any) => a.code === code).balance as number;
  const sell = (tender: string, quantity = 1, channel = 'store') =>
    ok(
      channel === 'store'
        ? t.post('/api/v1/orders', { channel, location: 'PAY1', fulfillment: 'carry_out', tender, lines: [{ sku: 'PAY-SKU', quantity }] }, { token: clerk })
        : t.post('/api/v1/orders', { channel, fulfillment: 'pickup', pickupLocation: 'PAY1', tender, lines: [{ sku: 'PAY-SKU', quantity }] }),
      201,
    );

  beforeAll(async () => {
    t = await startTestApp();
    await ok(t.post('/api/v1/locations', { code: 'PAY1', name: 'Till store', kind: 'store' }), 201);
    await ok(t.post('/api/v1/locations', { code: 'PAY2', name: 'Other store', kind: 'store' }), 201);
    await ok(t.post('/api/v1/products', { sku: 'PAY-SKU', name: 'Thing', cost: 300, price: 1000, taxRate: 2000 }), 201);
    await ok(t.post('/api/v1/inventory/adjustments', { location: 'PAY1', reason: 'opening', lines: [{ sku: 'PAY-SKU', delta: 100 }] }), 201);
    finance = await t.tokenFor('finance');
    clerk = await t.tokenFor('store_associate', ['PAY1']);
  });
  afterEach(async () => expect(await checkBooks(t.app.database.kysely)).toEqual([]));
  afterAll(() => t.close());

  describe('till cash sessions', () => {
    it('opens with a float, expects float + cash sales − cash refunds, posts the difference and banks the count', async () => {
      const tillBefore = await balanceOf('1010-PAY1');
      const session = await ok(t.post('/api/v1/accounting/cash-sessions', { location: 'PAY1', float: 5000 }, { token: clerk }), 201);
      expect(session).toMatchObject({ location: 'PAY1', status: 'open', float: 5000, expected: null });
      expect((await t.post('/api/v1/accounting/cash-sessions', { location: 'PAY1', float: 0 }, { token: clerk })).body.code).toBe('cash_session_open');
      const sale = await sell('cash', 2);
      await sell('card', 1);
      await ok(t.post('/api/v1/returns', { order: sale.id, location: 'PAY1', lines: [{ sku: 'PAY-SKU', quantity: 1, reason: 'changed_mind', disposition: 'restock' }] }, { token: clerk }), 201);
      expect(await balanceOf('1010-PAY1')).toBe(tillBefore + 5000 + 2400 - 1200);
      const bankBefore = await balanceOf('1200');
      const closed = await ok(t.post(`/api/v1/accounting/cash-sessions/${session.id}/close`, { counted: 6150 }, { token: clerk }));
      expect(closed).toMatchObject({ status: 'closed', expected: 6200, counted: 6150, difference: -50 });
      expect(await balanceOf('1010-PAY1')).toBe(tillBefore);
      expect(await balanceOf('1200')).toBe(bankBefore + 6150);
      expect(await balanceOf('6100')).toBe(50);
      expect((await t.post(`/api/v1/accounting/cash-sessions/${session.id}/close`, { counted: 1 }, { token: clerk })).body.code).toBe('invalid_state');
      const entries = await ok(t.get(`/api/v1/accounting/journal-entries?source=cash_session:${session.id}`));
      expect(entries.items).toHaveLength(2);
      expect((await ok(t.get(`/api/v1/accounting/cash-sessions/${session.number}`, clerk))).id).toBe(session.id);
      const csv = await t.request('GET', '/api/v1/accounting/cash-sessions?format=csv&status=closed');
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const [header, ...rows] = String(csv.body).trim().split('\r\n');
      expect(header).toBe('number,location,status,opened_at,closed_at,float,expected,counted,difference,currency');
      expect(rows.find((row) => row.startsWith(`${session.number},`))?.split(',').slice(5)).toEqual(['50.00', '62.00', '61.50', '-0.50', 'EUR']);
    });

    it('posts an overage to cash over and short', async () => {
      const overBefore = await balanceOf('6100');
      const session = await ok(t.post('/api/v1/accounting/cash-sessions', { location: 'PAY1', float: 0 }, { token: clerk }), 201);
      await sell('cash', 1);
      const closed = await ok(t.post(`/api/v1/accounting/cash-sessions/${session.id}/close`, { counted: 1300 }, { token: clerk }));
      expect(closed).toMatchObject({ expected: 1200, difference: 100 });
      expect(await balanceOf('6100')).toBe(overBefore - 100);
    });

    it('keeps tills to the people of the store', async () => {
      expect((await t.post('/api/v1/accounting/cash-sessions', { location: 'PAY2', float: 0 }, { token: clerk })).status).toBe(403);
      expect((await t.post('/api/v1/accounting/cash-sessions', { location: 'PAY1', float: 0 }, { token: finance })).status).toBe(403);
      expect((await t.post('/api/v1/accounting/cash-sessions', { location: 'NOPE', float: 0 })).status).toBe(422);
      expect((await t.post('/api/v1/accounting/cash-sessions', { location: 'PAY1', float: -1 })).status).toBe(400);
      const other = await ok(t.post('/api/v1/accounting/cash-sessions', { location: 'PAY2', float: 100 }), 201);
      expect((await t.get(`/api/v1/accounting/cash-sessions/${other.id}`, clerk)).status).toBe(404);
      const mine = await ok(t.get('/api/v1/accounting/cash-sessions?limit=500', clerk));
      expect(mine.items.every((s: any) => s.location === 'PAY1')).toBe(true);
      expect((await ok(t.get('/api/v1/accounting/cash-sessions?status=open', finance))).items.map((s: any) => s.location)).toEqual(['PAY2']);
    });
  });

  describe('settlement import', () => {
    it('matches captures by order number or id, posts fees and net to the bank, and lists what does not match', async () => {
      const card = await sell('card', 1);
      const web = await sell('online', 2, 'web');
      const cash = await sell('cash', 1);
      const [cardClearing, onlineClearing, bank, fees] = [await balanceOf('1100'), await balanceOf('1110'), await balanceOf('1200'), await balanceOf('6000')];
      const csv = [
        'date,reference,gross,fee,net',
        `2026-05-02,${card.number},1200,30,1170`,
        `2026-05-02,${web.id},2400,60,2340`,
        `2026-05-02,${cash.number},1200,30,1170`,
        '2026-05-02,SO-NOPE,500,10,490',
        `2026-05-02,${card.number},1199,30,1169`,
        `2026-05-02,${web.number},100,1,98`,
      ].join('\n');
      const imported = await ok(t.post('/api/v1/accounting/settlements', { csv, filename: 'psp-2026-05-02.csv' }, { token: finance }), 201);
      expect(imported).toMatchObject({ rows: 6, matched: 2, filename: 'psp-2026-05-02.csv', entry: expect.stringMatching(/^JE-/) });
      expect(imported.exceptions.map((e: any) => [e.row, e.reason])).toEqual([
        [3, 'not_a_provider_payment'],
        [4, 'unknown_reference'],
        [5, 'already_settled'],
        [6, 'amounts_do_not_add_up'],
      ]);
      expect(await balanceOf('1100')).toBe(cardClearing - 1200);
      expect(await balanceOf('1110')).toBe(onlineClearing - 2400);
      expect(await balanceOf('1200')).toBe(bank + 1170 + 2340);
      expect(await balanceOf('6000')).toBe(fees + 90);

      const again = await ok(t.post('/api/v1/accounting/settlements', { csv }, { token: finance }), 201);
      expect(again).toMatchObject({ matched: 0, entry: null });
      expect(again.exceptions.filter((e: any) => e.reason === 'already_settled')).toHaveLength(3);

      const listed = await ok(t.get('/api/v1/accounting/reconciliation/exceptions?limit=3', finance));
      expect(listed.items).toHaveLength(3);
      expect(listed.items[0]).toMatchObject({ settlement: imported.number, row: 3, reference: cash.number, gross: 1200, reason: 'not_a_provider_payment' });
      const rest = await ok(t.get(`/api/v1/accounting/reconciliation/exceptions?limit=500&cursor=${listed.nextCursor}`, finance));
      expect(listed.items.length + rest.items.length).toBe(imported.exceptions.length + again.exceptions.length);
      expect((await ok(t.get(`/api/v1/accounting/reconciliation/exceptions?settlement=${again.number}`, finance))).items).toHaveLength(6);
    });

    it('settles refunds up to what was captured', async () => {
      const card = await sell('card', 1);
      const csv = `date,reference,gross,fee,net\n2026-05-03,${card.number},12.00,0.30,11.70\n2026-05-04,${card.number},-5.00,0,-5.00\n2026-05-04,${card.number},-7.01,0,-7.01\n`;
      const imported = await ok(t.post('/api/v1/accounting/settlements', { csv }, { token: finance }), 201);
      expect(imported.matched).toBe(2);
      expect(imported.exceptions.map((e: any) => e.reason)).toEqual(['refund_exceeds_payment']);
    });

    it('refuses a file it cannot read, and anyone but finance', async () => {
      expect((await t.post('/api/v1/accounting/settlements', { csv: 'a,b,c\n1,2,3' }, { token: finance })).status).toBe(400);
      expect((await t.post('/api/v1/accounting/settlements', { csv: '' }, { token: finance })).status).toBe(400);
      expect((await t.post('/api/v1/accounting/settlements', { csv: 'date,reference,gross,fee,net\n' }, { token: clerk })).status).toBe(403);
      expect((await t.get('/api/v1/accounting/reconciliation/exceptions', clerk)).status).toBe(403);
      expect((await t.get('/api/v1/accounting/reconciliation/exceptions?cursor=garbage', finance)).status).toBe(400);
    });
  });
});
