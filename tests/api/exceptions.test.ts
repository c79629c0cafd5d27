// Contract tests of the exception queue through HTTP: each kind raised by its cause (hand-made examples), at most
// one open exception per kind and subject (also under concurrent counts), the lifecycle (acknowledge, assign,
// resolve) with its errors and audit trail, location scope, cursor pages, and the scheduled checks with their
// automatic resolution — with the ledger and books checkers at the end.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let now = new Date('2026-04-01T09:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let managerS1: string;
let managerS2: string;
let finance: string;
let buyer: string;
let associateS1: string;
const productIds = new Map<string, string>();

async function ok(path: string, body: unknown, status = 201, token?: string) {
  const response = await t.post(path, body, token ? { token } : {});
  expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBe(status);
  return response.body;
}

async function queue(query = '', token?: string): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const response: { status: number; body: any } = await t.get(`/api/v1/exceptions?limit=500&${query}${cursor ? `&cursor=${cursor}` : ''}`, token);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
  } while (cursor);
  return items;
}

const openOf = async (kind: string, query = '') => queue(`status=unresolved&kind=${kind}${query ? `&${query}` : ''}`);
const count = (location: string, lines: Array<{ sku: string; counted: number }>, token?: string) => ok('/api/v1/inventory/counts', { location, lines }, 201, token);
const runChecks = async () => (await ok('/api/v1/exceptions/checks', {}, 200)).checks;

beforeAll(async () => {
  t = await startTestApp({ clock: { now: () => now } });
  for (const location of [
    { code: 'W1', name: 'Central warehouse', kind: 'warehouse' },
    { code: 'S1', name: 'High Street', kind: 'store' },
    { code: 'S2', name: 'Riverside', kind: 'store' },
  ]) {
    await ok('/api/v1/locations', location);
  }
  for (const [sku, cost, price] of [['TEE', 400, 999], ['MUG', 500, 1299], ['CAP', 300, 799], ['HAT', 300, 799], ['SCARF', 600, 1500]] as const) {
    const product = await ok('/api/v1/products', { sku, name: `Product ${sku}`, cost, price, taxRate: 2000 });
    productIds.set(sku, product.id);
  }
  await ok('/api/v1/vendors', { code: 'ACME', name: 'Acme', leadTimeDays: 7 });
  await ok('/api/v1/inventory/adjustments', { location: 'W1', reason: 'setup', lines: [{ sku: 'TEE', delta: 200 }, { sku: 'MUG', delta: 100 }, { sku: 'SCARF', delta: 100 }] });
  await ok('/api/v1/inventory/adjustments', { location: 'S1', reason: 'setup', lines: [{ sku: 'TEE', delta: 20 }, { sku: 'MUG', delta: 20 }, { sku: 'CAP', delta: 10 }, { sku: 'HAT', delta: 10 }] });
  await ok('/api/v1/inventory/adjustments', { location: 'S2', reason: 'setup', lines: [{ sku: 'SCARF', delta: 10 }] });
  managerS1 = await t.tokenFor('store_manager', ['S1']);
  managerS2 = await t.tokenFor('store_manager', ['S2']);
  finance = await t.tokenFor('finance');
  buyer = await t.tokenFor('buyer');
  associateS1 = await t.tokenFor('store_associate', ['S1']);
});

afterAll(() => t.close());

describe('raised by the write that causes them', () => {
  it('a count beyond the location’s tolerance raises stock_discrepancy, visible once the count has returned', async () => {
    const posted = await count('S1', [{ sku: 'TEE', counted: 17 }, { sku: 'MUG', counted: 19 }], managerS1);
    const raised = await openOf('stock_discrepancy', 'location=S1');
    // TEE: −3 units (beyond 2); MUG: −1 unit worth 5.00 (within 2 units and 20.00): nothing.
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      kind: 'stock_discrepancy',
      severity: 'low',
      location: 'S1',
      subject: { type: 'product', id: productIds.get('TEE') },
      status: 'open',
      assignee: null,
      valueAtRisk: 1200,
      owner: { role: 'store_manager', location: 'S1' },
      detectedAt: now.toISOString(),
      dueAt: new Date(now.getTime() + DAY).toISOString(),
    });
    expect(raised[0].summary).toContain(posted.number);
    expect(raised[0].summary).toContain('TEE is −3 unit(s)');
  });

  it('the same cause seen again refreshes the one open exception instead of adding a second', async () => {
    const before = (await openOf('stock_discrepancy', 'location=S1'))[0];
    now = new Date(now.getTime() + HOUR);
    await count('S1', [{ sku: 'TEE', counted: 10 }]);
    const after = await openOf('stock_discrepancy', 'location=S1');
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: before.id, valueAtRisk: 2800, detectedAt: before.detectedAt, lastDetectedAt: now.toISOString() });
  });

  it('a location’s own tolerance decides (administrators set it; others may not)', async () => {
    expect((await t.get('/api/v1/exceptions/tolerances/S2')).body).toEqual({ location: 'S2', units: 2, value: 2000, own: false });
    expect((await t.request('PUT', '/api/v1/exceptions/tolerances/S2', { body: { units: 10, value: 100_000 } })).body).toEqual({ location: 'S2', units: 10, value: 100_000, own: true });
    expect((await t.request('PUT', '/api/v1/exceptions/tolerances/S2', { body: { units: 1, value: 1 }, token: managerS2 })).status).toBe(403);
    expect((await t.request('PUT', '/api/v1/exceptions/tolerances/NOPE', { body: { units: 1, value: 1 } })).status).toBe(404);
    expect((await t.get('/api/v1/exceptions/tolerances/S2', managerS1)).status).toBe(404);
    await count('S2', [{ sku: 'SCARF', counted: 5 }]);
    expect(await openOf('stock_discrepancy', 'location=S2')).toEqual([]);
  });

  it('a transfer received short raises stock_discrepancy at the destination', async () => {
    const transfer = await ok('/api/v1/transfers', { from: 'W1', to: 'S2', lines: [{ sku: 'MUG', quantity: 30 }] });
    await ok(`/api/v1/transfers/${transfer.id}/ship`, undefined, 200);
    await ok(`/api/v1/transfers/${transfer.id}/receive`, { lines: [{ sku: 'MUG', quantity: 18 }] }, 200, managerS2);
    const raised = await openOf('stock_discrepancy', 'location=S2');
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ subject: { type: 'product', id: productIds.get('MUG') }, valueAtRisk: 6000, severity: 'medium', owner: { role: 'store_manager', location: 'S2' } });
    expect(raised[0].summary).toContain(transfer.number);
  });

  it('a vendor bill held by the three-way match raises bill_mismatch for finance', async () => {
    const order = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'TEE', quantity: 10, unitCost: 400 }] });
    for (const verb of ['submit', 'approve', 'send']) await ok(`/api/v1/purchase-orders/${order.id}/${verb}`, undefined, 200);
    await ok('/api/v1/receipts', { purchaseOrder: order.number, lines: [{ sku: 'TEE', quantity: 10 }] });
    const clean = await ok('/api/v1/vendor-bills', { purchaseOrder: order.number, reference: 'OK-1', lines: [{ sku: 'TEE', quantity: 5, unitCost: 400 }] }, 201, finance);
    expect(clean.status).not.toBe('on_hold');
    expect(await openOf('bill_mismatch')).toEqual([]);
    const bill = await ok('/api/v1/vendor-bills', { purchaseOrder: order.number, reference: 'INV-1', lines: [{ sku: 'TEE', quantity: 5, unitCost: 500 }] }, 201, finance);
    const raised = await openOf('bill_mismatch');
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ subject: { type: 'vendor_bill', id: bill.id }, location: 'W1', valueAtRisk: 500, owner: { role: 'finance', location: 'W1' }, dueAt: new Date(now.getTime() + 72 * HOUR).toISOString() });
    expect(raised[0].summary).toContain(bill.number);
  });

  it('an unmatched settlement row raises settlement_unmatched, of no location (unscoped users only)', async () => {
    await ok('/api/v1/accounting/settlements', { csv: 'date,reference,gross,fee,net\n2026-04-01,SO-NOPE,2500,10,2490' }, 201, finance);
    const raised = await openOf('settlement_unmatched');
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ location: null, subject: { type: 'settlement_line', id: expect.stringMatching(/^STL-\d+\/1$/) }, valueAtRisk: 2500, owner: { role: 'finance', location: null } });
    expect(await queue('kind=settlement_unmatched', managerS1)).toEqual([]);
    expect((await t.get(`/api/v1/exceptions/${raised[0].id}`, managerS1)).status).toBe(404);
  });

  it('a sale below cost raises negative_margin_sale; a sale at a margin raises nothing', async () => {
    await ok('/api/v1/orders', { channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'MUG', quantity: 1 }] }, 201, managerS1);
    expect(await openOf('negative_margin_sale')).toEqual([]);
    const sale = await ok('/api/v1/orders', { channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'MUG', quantity: 2, unitPrice: 100 }] }, 201, managerS1);
    const raised = await openOf('negative_margin_sale');
    expect(raised).toHaveLength(1);
    // Net 2 × 100 (prices exclude tax) against a cost of 2 × 500.
    expect(raised[0]).toMatchObject({ subject: { type: 'order', id: sale.id }, location: 'S1', owner: { role: 'store_manager', location: 'S1' } });
    expect(raised[0].valueAtRisk).toBe(1000 - 200);
    expect(raised[0].summary).toContain(sale.number);
  });

  it('a return, however large its refund, raises nothing by itself: return anomalies are statistical (tests/api/anomalies.test.ts)', async () => {
    const sale = await ok('/api/v1/orders', { channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'TEE', quantity: 3, unitPrice: 20_000 }] });
    await ok('/api/v1/returns', { order: sale.number, location: 'S1', lines: [{ sku: 'TEE', quantity: 3, reason: 'changed_mind', disposition: 'restock' }] });
    expect(await openOf('return_anomaly')).toEqual([]);
  });
});

describe('one open exception per kind and subject under concurrency', () => {
  it('two counts of one location at once leave exactly one open exception per subject (five rounds)', async () => {
    const subjects = [productIds.get('CAP'), productIds.get('HAT')] as string[];
    for (let round = 1; round <= 5; round += 1) {
      // Start each round with no open exception for these subjects, so both counts race to insert one.
      for (const open of (await openOf('stock_discrepancy', 'location=S1')).filter((e) => subjects.includes(e.subject.id))) {
        await ok(`/api/v1/exceptions/${open.id}/resolve`, { note: `round ${round}` }, 200);
      }
      const [a, b] = await Promise.all([
        t.post('/api/v1/inventory/counts', { location: 'S1', lines: [{ sku: 'CAP', counted: 30 + round }, { sku: 'HAT', counted: 0 }] }),
        t.post('/api/v1/inventory/counts', { location: 'S1', lines: [{ sku: 'HAT', counted: 25 + round }, { sku: 'CAP', counted: 0 }] }),
      ]);
      expect([a.status, b.status], JSON.stringify([a.body, b.body])).toEqual([201, 201]);
      const open = (await openOf('stock_discrepancy', 'location=S1')).filter((e) => subjects.includes(e.subject.id));
      expect(open.map((e) => e.subject.id).sort()).toEqual([...subjects].sort());
      const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM operations_exception WHERE kind = 'stock_discrepancy' AND status <> 'resolved'
        AND subject_id = ANY(${subjects}::text[])`.execute(t.app.database.kysely);
      expect(rows.rows[0]?.n).toBe(2);
    }
  });
});

describe('the unique index, not a check-then-insert', () => {
  it('two transactions raising one cause at the same instant store one open exception', async () => {
    const { raiseExceptions } = await import('../../src/modules/exceptions/index.ts');
    const { SYSTEM_ACTOR } = await import('../../src/kernel/actor.ts');
    const cause = { kind: 'stockout_risk' as const, locationId: null, subject: { type: 'test', id: `race-${now.getTime()}` }, summary: 'race', valueAtRisk: 1, ownerRole: 'buyer' as const };
    // On PostgreSQL both transactions read "nothing open" before either raises (a barrier); PGlite runs them one by one.
    const concurrent = t.app.database.engine === 'postgres';
    let arrived = 0;
    let release: () => void = () => {};
    const barrier = new Promise<void>((resolve) => (release = resolve));
    const attempt = (valueAtRisk: number) =>
      t.app.uow.withTransaction(SYSTEM_ACTOR, async (ctx) => {
        await sql`SELECT count(*) FROM operations_exception WHERE subject_id = ${cause.subject.id}`.execute(ctx.tx);
        if (concurrent) {
          arrived += 1;
          if (arrived === 2) release();
          await barrier;
        }
        return raiseExceptions(ctx, [{ ...cause, valueAtRisk }]);
      });
    const [first, second] = await Promise.all([attempt(100), attempt(200)]);
    expect(first[0]?.id).toBe(second[0]?.id);
    expect([first[0]?.raised, second[0]?.raised].sort()).toEqual([false, true]);
    const rows = await sql<{ value_at_risk: string }>`SELECT value_at_risk FROM operations_exception WHERE subject_id = ${cause.subject.id}`.execute(t.app.database.kysely);
    expect(rows.rows).toHaveLength(1);
    await sql`DELETE FROM operations_exception WHERE subject_id = ${cause.subject.id}`.execute(t.app.database.kysely);
  });
});

describe('the lifecycle', () => {
  let exception: any;

  beforeAll(async () => {
    exception = (await openOf('stock_discrepancy', 'location=S1')).find((e) => e.subject.id === productIds.get('TEE'));
  });

  it('acknowledge: open → acknowledged, once', async () => {
    const acknowledged = await ok(`/api/v1/exceptions/${exception.id}/acknowledge`, undefined, 200, managerS1);
    expect(acknowledged).toMatchObject({ id: exception.id, status: 'acknowledged', acknowledgedAt: now.toISOString() });
    const again = await t.post(`/api/v1/exceptions/${exception.id}/acknowledge`, undefined, { token: managerS1 });
    expect([again.status, again.body.code]).toEqual([409, 'invalid_state']);
  });

  it('assign: to a user who may see its location (422 otherwise), by email or id', async () => {
    const meS1 = (await t.get('/api/v1/me', managerS1)).body;
    const meS2 = (await t.get('/api/v1/me', managerS2)).body;
    const associate = (await t.get('/api/v1/me', associateS1)).body;
    const elsewhere = await t.post(`/api/v1/exceptions/${exception.id}/assign`, { user: meS2.email }, { token: managerS1 });
    expect([elsewhere.status, elsewhere.body.code]).toEqual([422, 'assignee_not_eligible']);
    const noRight = await t.post(`/api/v1/exceptions/${exception.id}/assign`, { user: associate.id });
    expect([noRight.status, noRight.body.code]).toEqual([422, 'assignee_not_eligible']);
    const nobody = await t.post(`/api/v1/exceptions/${exception.id}/assign`, { user: 'nobody@example.com' });
    expect([nobody.status, nobody.body.code]).toEqual([422, 'unknown_reference']);
    expect((await t.post(`/api/v1/exceptions/${exception.id}/assign`, {})).status).toBe(400);
    const assigned = await ok(`/api/v1/exceptions/${exception.id}/assign`, { user: meS1.id }, 200);
    expect(assigned).toMatchObject({ assignee: meS1.email, status: 'acknowledged' });
    const mine = await queue('mine=true', managerS1);
    expect(mine.map((e) => e.id)).toContain(exception.id);
  });

  it('resolve: with a note, once (409 invalid_state after); a later cause raises a new exception', async () => {
    expect((await t.post(`/api/v1/exceptions/${exception.id}/resolve`, {}, { token: managerS1 })).status).toBe(400);
    expect((await t.post(`/api/v1/exceptions/${exception.id}/resolve`, { note: '   ' }, { token: managerS1 })).status).toBe(400);
    const resolved = await ok(`/api/v1/exceptions/${exception.id}/resolve`, { note: 'Recounted: three tees were in the back room' }, 200, managerS1);
    expect(resolved).toMatchObject({ status: 'resolved', resolutionNote: 'Recounted: three tees were in the back room', resolvedAt: now.toISOString() });
    const again = await t.post(`/api/v1/exceptions/${exception.id}/resolve`, { note: 'again' }, { token: managerS1 });
    expect([again.status, again.body.code]).toEqual([409, 'invalid_state']);
    expect((await t.post(`/api/v1/exceptions/${exception.id}/assign`, { user: (await t.get('/api/v1/me', managerS1)).body.email })).body.code).toBe('invalid_state');
    expect((await t.post(`/api/v1/exceptions/${exception.id}/acknowledge`, undefined)).body.code).toBe('invalid_state');

    await count('S1', [{ sku: 'TEE', counted: 1 }]);
    const fresh = (await openOf('stock_discrepancy', 'location=S1')).filter((e) => e.subject.id === productIds.get('TEE'));
    expect(fresh).toHaveLength(1);
    expect(fresh[0].id).not.toBe(exception.id);
    expect((await t.get(`/api/v1/exceptions/${exception.id}`)).body.status).toBe('resolved');
  });

  it('audits every transition', async () => {
    const audit = await t.get(`/api/v1/audit?entity=exception&entityId=${exception.id}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((entry: any) => entry.action).sort()).toEqual(['exception.acknowledged', 'exception.assigned', 'exception.raised', 'exception.resolved']);
  });

  it('404 for an unknown exception, 400 for an id that is not one', async () => {
    expect((await t.get('/api/v1/exceptions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.get('/api/v1/exceptions/nope')).status).toBe(400);
    expect((await t.post('/api/v1/exceptions/00000000-0000-4000-8000-000000000000/acknowledge', undefined)).status).toBe(404);
    expect((await t.get('/api/v1/exceptions?kind=nope')).status).toBe(400);
    expect((await t.get('/api/v1/exceptions?cursor=nope')).status).toBe(400);
  });
});

describe('scope and pages', () => {
  it('a store manager sees and works only their locations’ exceptions', async () => {
    const s2 = await queue('', managerS2);
    expect(s2.length).toBeGreaterThan(0);
    expect(s2.every((e) => e.location === 'S2')).toBe(true);
    const s1Exception = (await queue('location=S1&status=unresolved'))[0];
    expect((await t.get(`/api/v1/exceptions/${s1Exception.id}`, managerS2)).status).toBe(404);
    expect((await t.post(`/api/v1/exceptions/${s1Exception.id}/acknowledge`, undefined, { token: managerS2 })).status).toBe(404);
    expect((await t.get('/api/v1/exceptions', associateS1)).status).toBe(403);
    expect((await t.post(`/api/v1/exceptions/${s1Exception.id}/acknowledge`, undefined, { token: await t.tokenFor('analyst') })).status).toBe(403);
  });

  it('mine=true is what the caller’s role owns or is assigned', async () => {
    const mine = await queue('mine=true&status=unresolved', finance);
    expect(new Set(mine.map((e) => e.kind))).toEqual(new Set(['bill_mismatch', 'settlement_unmatched']));
  });

  it('cursor pages walk the whole queue, earliest due first, without repeats', async () => {
    const all = await queue();
    const paged: any[] = [];
    let cursor: string | null = null;
    do {
      const response: { body: any } = await t.get(`/api/v1/exceptions?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...response.body.items);
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
    const dues = all.map((e) => e.dueAt);
    expect([...dues].sort()).toEqual(dues);
  });
});

describe('raised by the scheduled checks', () => {
  let late: any;
  let inTransit: any;
  let waiting: any;

  it('queues the daily run at start', async () => {
    const jobs = await sql<{ run_at: Date }>`SELECT run_at FROM job WHERE queue = 'exceptions.daily_checks' AND status = 'queued'`.execute(t.app.database.kysely);
    expect(jobs.rows).toHaveLength(1);
    expect(new Date(jobs.rows[0]?.run_at as Date).getUTCHours()).toBe(4);
  });

  it('raise delayed_receipt, transfer_overdue, approval_overdue and stockout_risk when their time comes', async () => {
    late = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'MUG', quantity: 20, unitCost: 500 }] });
    for (const verb of ['submit', 'approve', 'send']) await ok(`/api/v1/purchase-orders/${late.id}/${verb}`, undefined, 200);
    inTransit = await ok('/api/v1/transfers', { from: 'W1', to: 'S1', lines: [{ sku: 'SCARF', quantity: 5 }] });
    await ok(`/api/v1/transfers/${inTransit.id}/ship`, undefined, 200);
    await ok('/api/v1/purchasing/approval-policies', { name: 'Buyer within a day', steps: [{ role: 'buyer' }], approvalHours: 24 });
    waiting = await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W1', lines: [{ sku: 'CAP', quantity: 10, unitCost: 300 }] });
    await ok(`/api/v1/purchase-orders/${waiting.id}/submit`, undefined, 200);
    // S2 sold 9 scarves (of 10) in the last 28 days; with a 7-day lead time it expects ⌈9 × 7 ÷ 28⌉ = 3 and has 1.
    await ok('/api/v1/reorder-rules', { sku: 'SCARF', location: 'S2', min: 0, max: 0, source: 'transfer', sourceLocation: 'W1', leadTimeDays: 7, trigger: 'manual' }, 200);

    const first = await runChecks();
    expect(first.delayed_receipt.open + first.transfer_overdue.open + first.approval_overdue.open).toBe(0);
    expect(first.stockout_risk.open).toBe(0);

    // The count left S2 with 5 scarves: 5 more, then 4 sold now and 5 sold 8 days later leave 1.
    await ok('/api/v1/inventory/adjustments', { location: 'S2', reason: 'setup', lines: [{ sku: 'SCARF', delta: 5 }] });
    await ok('/api/v1/orders', { channel: 'store', location: 'S2', fulfillment: 'carry_out', lines: [{ sku: 'SCARF', quantity: 4 }] }, 201, managerS2);
    now = new Date(now.getTime() + 8 * DAY);
    // Sign in again: tokens expire over eight days.
    [managerS1, managerS2, buyer] = [await t.tokenFor('store_manager', ['S1']), await t.tokenFor('store_manager', ['S2']), await t.tokenFor('buyer')];
    await ok('/api/v1/orders', { channel: 'store', location: 'S2', fulfillment: 'carry_out', lines: [{ sku: 'SCARF', quantity: 5 }] }, 201, managerS2);
    expect((await t.get('/api/v1/inventory/levels?sku=SCARF&location=S2')).body.items[0]).toMatchObject({ available: 1 });
    now = new Date(now.getTime() + HOUR);

    const second = await runChecks();
    expect(second).toMatchObject({
      delayed_receipt: { open: 1, raised: 1, resolved: 0 },
      transfer_overdue: { open: 1, raised: 1, resolved: 0 },
      approval_overdue: { open: 1, raised: 1, resolved: 0 },
      stockout_risk: { open: 1, raised: 1, resolved: 0 },
    });
    expect((await openOf('delayed_receipt'))[0]).toMatchObject({ subject: { type: 'purchase_order', id: late.id }, location: 'W1', valueAtRisk: 10_000, owner: { role: 'buyer', location: 'W1' } });
    expect((await openOf('transfer_overdue'))[0]).toMatchObject({ subject: { type: 'transfer', id: inTransit.id }, location: 'S1', valueAtRisk: 3000, owner: { role: 'store_manager', location: 'S1' } });
    expect((await openOf('approval_overdue'))[0]).toMatchObject({ subject: { type: 'purchase_order', id: waiting.id }, owner: { role: 'buyer', location: 'W1' }, valueAtRisk: 3000 });
    const risk = (await openOf('stockout_risk'))[0];
    expect(risk).toMatchObject({ subject: { type: 'product', id: productIds.get('SCARF') }, location: 'S2', valueAtRisk: 2 * 1500, owner: { role: 'store_manager', location: 'S2' } });
    // 9 sold in 28 days: the last one lasts 3 more days.
    expect(risk.summary).toContain(`1 available against 3 expected over the 7-day lead time (9 sold in 28 days); runs out around ${new Date(now.getTime() + 3 * DAY).toISOString().slice(0, 10)}`);
    expect((await queue('mine=true&status=unresolved', buyer)).map((e) => e.kind).sort()).toEqual(['approval_overdue', 'delayed_receipt']);
  });

  it('run only the kinds asked for', async () => {
    expect(Object.keys(await (await ok('/api/v1/exceptions/checks', { kinds: ['stockout_risk'] }, 200)).checks)).toEqual(['stockout_risk']);
    expect((await t.post('/api/v1/exceptions/checks', { kinds: ['nope'] })).status).toBe(400);
    expect((await t.post('/api/v1/exceptions/checks', {}, { token: buyer })).status).toBe(403);
  });

  it('are idempotent: a second run raises nothing new', async () => {
    const again = await runChecks();
    for (const kind of ['delayed_receipt', 'transfer_overdue', 'approval_overdue', 'stockout_risk']) expect(again[kind]).toEqual({ open: 1, raised: 0, resolved: 0 });
  });

  it('resolve, with a note, what their cause no longer shows', async () => {
    await ok('/api/v1/receipts', { purchaseOrder: late.number, lines: [{ sku: 'MUG', quantity: 20 }] });
    await ok(`/api/v1/transfers/${inTransit.id}/receive`, {}, 200, managerS1);
    await ok(`/api/v1/purchase-orders/${waiting.id}/approve`, undefined, 200, buyer);
    const after = await runChecks();
    expect(after.delayed_receipt).toEqual({ open: 0, raised: 0, resolved: 1 });
    expect(after.transfer_overdue).toEqual({ open: 0, raised: 0, resolved: 1 });
    expect(after.approval_overdue).toEqual({ open: 0, raised: 0, resolved: 1 });
    const resolved = await queue('kind=delayed_receipt&status=resolved');
    expect(resolved[0].resolutionNote).toMatch(/^Resolved automatically/);
  });

  it('run as the daily job too, which queues the next day', async () => {
    await sql`UPDATE job SET run_at = ${now} WHERE queue = 'exceptions.daily_checks' AND status = 'queued'`.execute(t.app.database.kysely);
    while (await t.app.worker.runOne()) {
      // drain every due job
    }
    const jobs = await sql<{ run_at: Date }>`SELECT run_at FROM job WHERE queue = 'exceptions.daily_checks' AND status = 'queued'`.execute(t.app.database.kysely);
    expect(jobs.rows).toHaveLength(1);
    expect(new Date(jobs.rows[0]?.run_at as Date).getTime()).toBeGreaterThan(now.getTime());
    expect((await openOf('stockout_risk'))).toHaveLength(1);
  });

  it('the books and the ledger still balance', async () => {
    await checkLedger(t.app.database.kysely);
    await checkBooks(t.app.database.kysely);
  });
});
