// One way to name a document: every document route takes the id or the number (PREFIX-NNNNNN), responses,
// journal entries and the audit trail name documents by number, and numbers have no gaps — a request that
// fails, even after its number was taken, gives the number back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict } from '../../src/kernel/errors.ts';
import type { OrderPlaced } from '../../src/modules/orders/events.ts';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { seededRandom, seedFromEnvironment } from '../support/random.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;

async function ok(response: Promise<{ status: number; body: any }>, status = 201) {
  const result = await response;
  expect(result.status, JSON.stringify(result.body)).toBe(status);
  return result.body;
}

describe('document numbers', () => {
  const docs: Record<string, { path: string; id: string; number: string }> = {};
  let sale: any;
  let returned: any;

  beforeAll(async () => {
    t = await startTestApp();
    for (const location of [
      { code: 'NW1', name: 'Warehouse', kind: 'warehouse' },
      { code: 'NS1', name: 'Store', kind: 'store' },
    ]) {
      await ok(t.post('/api/v1/locations', location));
    }
    await ok(t.post('/api/v1/products', { sku: 'N-TEE', name: 'Tee', cost: 300, price: 1000, taxRate: 0 }));
    await ok(t.post('/api/v1/vendors', { code: 'NV', name: 'Vendor' }));
    const adjustment = await ok(t.post('/api/v1/inventory/adjustments', { location: 'NW1', reason: 'opening stock', lines: [{ sku: 'N-TEE', delta: 50 }] }));
    await ok(t.post('/api/v1/inventory/adjustments', { location: 'NS1', reason: 'opening stock', lines: [{ sku: 'N-TEE', delta: 5 }] }));
    expect(adjustment.number).toBe('ADJ-000001');
    const count = await ok(t.post('/api/v1/inventory/counts', { location: 'NS1', lines: [{ sku: 'N-TEE', counted: 5 }] }));
    expect(count.number).toBe('CNT-000001');

    sale = await ok(t.post('/api/v1/orders', { channel: 'store', location: 'NS1', fulfillment: 'carry_out', lines: [{ sku: 'N-TEE', quantity: 2 }] }));
    returned = await ok(t.post('/api/v1/returns', { order: sale.number, location: 'NS1', lines: [{ sku: 'N-TEE', quantity: 1, reason: 'too small', disposition: 'restock' }] }));
    const transfer = await ok(t.post('/api/v1/transfers', { from: 'NW1', to: 'NS1', lines: [{ sku: 'N-TEE', quantity: 1 }] }));
    // Actions by number (an admin's request is approved when it is made).
    for (const step of ['ship', 'receive']) await ok(t.post(`/api/v1/transfers/${transfer.number}/${step}`), 200);

    const order = await ok(t.post('/api/v1/purchase-orders', { vendor: 'NV', location: 'NW1', lines: [{ sku: 'N-TEE', quantity: 10, unitCost: 300 }] }));
    for (const step of ['submit', 'approve', 'send']) await ok(t.post(`/api/v1/purchase-orders/${order.number}/${step}`), 200);
    const receipt = await ok(t.post('/api/v1/receipts', { purchaseOrder: order.number, lines: [{ sku: 'N-TEE', quantity: 10 }] }));
    const bill = await ok(t.post('/api/v1/vendor-bills', { purchaseOrder: order.number, reference: 'N-INV-1', lines: [{ sku: 'N-TEE', quantity: 10, unitCost: 300 }], tax: 0 }));
    const cost = await ok(t.post('/api/v1/landed-costs', { receipts: [receipt.number], amount: 100, kind: 'freight', allocation: 'quantity' }));

    // A store below its minimum, supplied from the warehouse: the run drafts a transfer.
    await ok(t.post('/api/v1/reorder-rules', { sku: 'N-TEE', location: 'NS1', min: 20, max: 30, sourceLocation: 'NW1' }), 200);
    await ok(t.post('/api/v1/replenishment/runs', {}));
    const [draft] = (await ok(t.get('/api/v1/replenishment/transfer-drafts?to=NS1&status=draft'), 200)).items;

    const session = await ok(t.post('/api/v1/accounting/cash-sessions', { location: 'NS1', float: 1000 }));
    await ok(t.post(`/api/v1/accounting/cash-sessions/${session.number}/close`, { counted: 1000 }), 200);
    const manual = await ok(t.post('/api/v1/accounting/journal-entries', { description: 'Rent', lines: [{ account: '6200', debit: 100 }, { account: '1200', credit: 100 }] }));
    await ok(t.post(`/api/v1/accounting/journal-entries/${manual.number}/reverse`));

    Object.assign(docs, {
      SO: { path: '/api/v1/orders', ...sale },
      RET: { path: '/api/v1/returns', ...returned },
      TRF: { path: '/api/v1/transfers', ...transfer },
      PO: { path: '/api/v1/purchase-orders', ...order },
      TD: { path: '/api/v1/replenishment/transfer-drafts', ...draft },
      RCP: { path: '/api/v1/receipts', ...receipt },
      BILL: { path: '/api/v1/vendor-bills', ...bill },
      LC: { path: '/api/v1/landed-costs', ...cost },
      CS: { path: '/api/v1/accounting/cash-sessions', ...session },
      JE: { path: '/api/v1/accounting/journal-entries', ...manual },
      ADJ: { path: '', ...adjustment },
    });
  });

  afterAll(async () => {
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
    await t.close();
  });

  it.each(['SO', 'RET', 'TRF', 'PO', 'TD', 'RCP', 'BILL', 'LC', 'CS', 'JE'])('reads a %s document by its number and by its id; 404 for an unknown number, 400 for neither', async (prefix) => {
    const doc = docs[prefix] as { path: string; id: string; number: string };
    expect(doc.number).toMatch(new RegExp(`^${prefix}-\\d{6}$`));
    const byNumber = await ok(t.get(`${doc.path}/${doc.number}`), 200);
    expect(byNumber).toMatchObject({ id: doc.id, number: doc.number });
    expect(await ok(t.get(`${doc.path}/${doc.id}`), 200)).toMatchObject({ id: doc.id, number: doc.number });
    const unknown = await t.get(`${doc.path}/${prefix}-999999`);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'not_found']);
    for (const neither of ['garbage', `${prefix}-12`, prefix === 'SO' ? 'RET-000001' : 'SO-000001']) {
      const refused = await t.get(`${doc.path}/${neither}`);
      expect([refused.status, refused.body.code], neither).toEqual([400, 'validation_failed']);
    }
  });

  it('numbers each type from 1 in the six-digit form, including the ones without a route of their own', async () => {
    expect(['SO', 'RET', 'TRF', 'PO', 'TD', 'RCP', 'BILL', 'LC', 'CS'].map((prefix) => docs[prefix]?.number)).toEqual([
      'SO-000001',
      'RET-000001',
      'TRF-000001',
      'PO-000001',
      'TD-000001',
      'RCP-000001',
      'BILL-000001',
      'LC-000001',
      'CS-000001',
    ]);
    const settlement = await ok(t.post('/api/v1/accounting/settlements', { csv: `date,reference,gross,fee,net\n2026-05-02,${sale.number},2000,20,1980` }));
    expect(settlement.number).toBe('STL-000001');
  });

  it('names the order of a return by its number', async () => {
    expect(returned.order).toBe(sale.number);
    expect((await ok(t.get(`/api/v1/returns/${returned.number}`), 200)).order).toBe(sale.number);
    expect((await ok(t.get(`/api/v1/returns?order=${sale.number}`), 200)).items.map((r: any) => r.order)).toEqual([sale.number]);
  });

  it('names the source document of journal entries by number, found by its id or its number', async () => {
    const byId = (await ok(t.get(`/api/v1/accounting/journal-entries?source=order:${sale.id}`), 200)).items;
    expect(byId.length).toBeGreaterThan(0);
    for (const entry of byId) {
      expect(entry.source).toBe(`order:${sale.number}`);
      expect(entry.description).toContain(sale.number);
      expect(entry.description).not.toContain(sale.id);
    }
    expect((await ok(t.get(`/api/v1/accounting/journal-entries?source=order:${sale.number}`), 200)).items).toEqual(byId);
    const [refund] = (await ok(t.get(`/api/v1/accounting/journal-entries?source=return:${returned.number}`), 200)).items;
    expect(refund.description).toBe(`Return ${returned.number} of order ${sale.number}`);
    for (const [type, prefix] of [['adjustment', 'ADJ'], ['receipt', 'RCP'], ['bill', 'BILL'], ['landed_cost', 'LC'], ['cash_session', 'CS']] as const) {
      const doc = docs[prefix] as { id: string; number: string };
      const entries = (await ok(t.get(`/api/v1/accounting/journal-entries?source=${type}:${doc.id}`), 200)).items;
      expect(entries.length, type).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry.source).toBe(`${type}:${doc.number}`);
        expect(entry.description).toContain(doc.number);
      }
    }
  });

  it('finds a document in the audit trail by its number', async () => {
    const byNumber = (await ok(t.get(`/api/v1/audit?entityId=${sale.number}`), 200)).items;
    expect(byNumber.map((entry: any) => [entry.action, entry.entityId, entry.entityNumber])).toEqual([['order.placed', sale.id, sale.number]]);
    expect((await ok(t.get(`/api/v1/audit?entityId=${sale.id}`), 200)).items).toEqual(byNumber);
    const transfer = docs.TRF as { number: string };
    const actions = (await ok(t.get(`/api/v1/audit?entity=transfer&entityId=${transfer.number}`), 200)).items.map((entry: any) => entry.action);
    expect(actions).toEqual(['transfer.received', 'transfer.shipped', 'transfer.created']);
  });
});

describe('numbers under concurrent writes, some of which fail', () => {
  const PRICE_OK = 1000;
  const PRICE_FAILS_LATE = 777;

  beforeAll(async () => {
    t = await startTestApp();
    await ok(t.post('/api/v1/locations', { code: 'GS1', name: 'Store', kind: 'store' }));
    await ok(t.post('/api/v1/products', { sku: 'G-OK', name: 'Sells', cost: 100, price: PRICE_OK, taxRate: 0 }));
    await ok(t.post('/api/v1/products', { sku: 'G-LATE', name: 'Fails late', cost: 100, price: PRICE_FAILS_LATE, taxRate: 0 }));
    await ok(t.post('/api/v1/inventory/adjustments', { location: 'GS1', reason: 'opening stock', lines: [{ sku: 'G-OK', delta: 1000 }, { sku: 'G-LATE', delta: 1000 }] }));
    // A failure after the order (and its number) was written, inside the same transaction.
    t.app.bus.subscribe<OrderPlaced>('orders.order_placed', async (_ctx, { payload }) => {
      if (payload.total === PRICE_FAILS_LATE) throw new Conflict('injected_failure', 'refused after the order was written');
    });
  });

  afterAll(() => t.close());

  it('commits orders numbered 1..N without a gap, whatever fails and in whatever order', async () => {
    const seed = seedFromEnvironment();
    const random = seededRandom(seed);
    // At least one of each, then a random mix (SIM_SEED replays one).
    const kinds = ['ok', 'no_stock', 'fails_late', ...Array.from({ length: 57 }, () => random.pick(['ok', 'ok', 'no_stock', 'fails_late'] as const))];
    const responses = await Promise.all(
      kinds.map((kind) =>
        t.post('/api/v1/orders', {
          channel: 'store',
          location: 'GS1',
          fulfillment: 'carry_out',
          lines: [{ sku: kind === 'fails_late' ? 'G-LATE' : 'G-OK', quantity: kind === 'no_stock' ? 5000 : 1 }],
        }),
      ),
    );
    expect(responses.map((response) => response.status), `SIM_SEED=${seed}`).toEqual(kinds.map((kind) => (kind === 'ok' ? 201 : 409)));
    const committed = kinds.filter((kind) => kind === 'ok').length;
    const numbers = responses.filter((response) => response.status === 201).map((response) => response.body.number as string);
    const expected = Array.from({ length: committed }, (_, index) => `SO-${String(index + 1).padStart(6, '0')}`);
    expect([...numbers].sort(), `SIM_SEED=${seed}`).toEqual(expected);
    const stored = (await ok(t.get('/api/v1/orders?limit=500'), 200)).items.map((order: any) => order.number);
    expect([...stored].sort()).toEqual(expected);
    // The next order continues the sequence.
    const next = await ok(t.post('/api/v1/orders', { channel: 'store', location: 'GS1', fulfillment: 'carry_out', lines: [{ sku: 'G-OK', quantity: 1 }] }));
    expect(next.number).toBe(`SO-${String(committed + 1).padStart(6, '0')}`);
  });
});
