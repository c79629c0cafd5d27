// Contract tests of the daily digest through HTTP on a hand-made day: a count beyond tolerance at each store
// raises an exception, sales today and on the same weekday a week earlier give the KPI move; scoping by location
// and role, the text and HTML renderings, and the 400/404/403 answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let now = new Date('2026-03-20T09:00:00Z');
const DAY = '2026-04-01';
let managerS1: string;
let managerS2: string;
let buyer: string;
let finance: string;

async function ok(response: Promise<{ status: number; body: any }>, status = 201) {
  const answer = await response;
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return answer.body;
}

const sale = (location: string, quantity: number) =>
  ok(t.post('/api/v1/orders', { channel: 'store', location, fulfillment: 'carry_out', lines: [{ sku: 'TEE', quantity }] }));

beforeAll(async () => {
  t = await startTestApp({ clock: { now: () => now } });
  await ok(t.post('/api/v1/locations', { code: 'S1', name: 'High Street', kind: 'store' }));
  await ok(t.post('/api/v1/locations', { code: 'S2', name: 'Riverside', kind: 'store' }));
  await ok(t.post('/api/v1/products', { sku: 'TEE', name: 'Tee', cost: 400, price: 1000, taxRate: 0 }));
  await ok(t.post('/api/v1/inventory/adjustments', { location: 'S1', reason: 'opening', lines: [{ sku: 'TEE', delta: 20 }] }));
  await ok(t.post('/api/v1/inventory/adjustments', { location: 'S2', reason: 'opening', lines: [{ sku: 'TEE', delta: 10 }] }));
  // A week earlier (Wednesday 2026-03-25): S1 sells 2 tees (net 20.00).
  now = new Date('2026-03-25T10:00:00Z');
  await sale('S1', 2);
  // The day (Wednesday 2026-04-01): S1 sells 3 (30.00), S2 sells 1 (10.00); both count fewer than the books say.
  now = new Date(`${DAY}T10:00:00Z`);
  managerS1 = await t.tokenFor('store_manager', ['S1']);
  managerS2 = await t.tokenFor('store_manager', ['S2']);
  buyer = await t.tokenFor('buyer');
  finance = await t.tokenFor('finance');
  await sale('S1', 3);
  await sale('S2', 1);
  await ok(t.post('/api/v1/inventory/counts', { location: 'S1', lines: [{ sku: 'TEE', counted: 10 }] }, { token: managerS1 })); // 15 on the books: −5
  await ok(t.post('/api/v1/inventory/counts', { location: 'S2', lines: [{ sku: 'TEE', counted: 5 }] }, { token: managerS2 })); // 9 on the books: −4
  now = new Date(`${DAY}T15:00:00Z`);
});

afterAll(() => t.close());

const digest = (token: string | undefined, date = DAY, query = '') => t.get(`/api/v1/digests/${date}${query}`, token);

describe('GET /api/v1/digests/{date}', () => {
  it('gives a store manager their store’s exception, ranked and worded from its numbers, as the first action', async () => {
    const body = await ok(digest(managerS1), 200);
    expect(body).toMatchObject({ date: DAY, role: 'store_manager', locations: ['S1'], currency: 'EUR', totalValueAtRisk: 2000, moreExceptions: false });
    expect(body.headline).toBe('Wednesday 2026-04-01 for Store manager (S1): 1 open exception, €20.00 at risk.');
    expect(body.exceptions).toHaveLength(1);
    expect(body.exceptions[0]).toMatchObject({ kind: 'stock_discrepancy', location: 'S1', status: 'open', valueAtRisk: 2000, why: '€20.00 at risk, due in 19 h' });
    expect(body.actions).toEqual([
      {
        rank: 1,
        verb: 'Resolve',
        exceptionId: body.exceptions[0].id,
        text: expect.stringMatching(/^Resolve the stock discrepancy at S1: Count .* at S1: TEE is −5 unit\(s\) against the books/),
        why: '€20.00 at risk, due in 19 h',
        link: '/exceptions?status=unresolved&kind=stock_discrepancy',
      },
    ]);
  });

  it('compares the day’s KPIs with the same weekday last week and the same day last year (no base: null)', async () => {
    const body = await ok(digest(managerS1), 200);
    expect(body.kpis.map((kpi: any) => kpi.name)).toEqual(['net_sales', 'gross_margin', 'return_rate']);
    const [netSales, grossMargin] = body.kpis;
    expect(netSales).toMatchObject({
      value: 3000,
      lastWeek: { date: '2026-03-25', value: 2000, changePercent: 50 },
      lastYear: { date: '2025-04-01', value: 0, changePercent: null },
      text: 'Net sales: €30.00',
      why: 'up 50.0% on last Wednesday 2026-03-25 (€20.00); €0.00 on the same day last year, Tuesday 2025-04-01, no change to measure',
      link: '/kpis/catalogue?kpi=net_sales&by=day&from=2026-03-25&to=2026-04-01',
    });
    expect(grossMargin).toMatchObject({ value: 1800, lastWeek: { value: 1200, changePercent: 50 } });
  });

  it('scopes by location: S2’s manager sees S2’s exception and sales only; the administrator sees both', async () => {
    const s2 = await ok(digest(managerS2), 200);
    expect(s2.exceptions.map((line: any) => line.location)).toEqual(['S2']);
    expect(s2.exceptions[0].valueAtRisk).toBe(1600);
    expect(s2.kpis[0]).toMatchObject({ value: 1000, lastWeek: { value: 0, changePercent: null } });
    const s1 = await ok(digest(managerS1), 200);
    expect(s1.exceptions.some((line: any) => line.location === 'S2')).toBe(false);
    const admin = await ok(digest(undefined), 200);
    expect(admin.exceptions.map((line: any) => [line.location, line.valueAtRisk])).toEqual([['S1', 2000], ['S2', 1600]]);
    expect(admin.actions.map((action: any) => action.rank)).toEqual([1, 2]);
    expect(admin.kpis[0]).toMatchObject({ value: 4000, lastWeek: { value: 2000, changePercent: 100 } });
  });

  it('gives the buyer and finance their own: no store-owned exceptions, supply KPIs for the buyer', async () => {
    const forBuyer = await ok(digest(buyer), 200);
    expect(forBuyer.exceptions).toEqual([]);
    expect(forBuyer.actions).toEqual([]);
    expect(forBuyer.kpis.map((kpi: any) => kpi.name)).toEqual(['fill_rate', 'otif', 'stockout_rate']);
    const forFinance = await ok(digest(finance), 200);
    expect(forFinance.locations).toBeNull();
    expect(forFinance.headline).toBe('Wednesday 2026-04-01 for Finance (all locations): no open exceptions.');
    expect(forFinance.kpis[0].value).toBe(4000);
  });

  it('renders plain text and escaped HTML of the same lines', async () => {
    const text = await digest(managerS1, DAY, '?format=text');
    expect(text.status).toBe(200);
    expect(String(text.headers['content-type'])).toMatch(/^text\/plain/);
    expect(text.body).toContain('Wednesday 2026-04-01 for Store manager (S1): 1 open exception, €20.00 at risk.\n\nTop actions\n1. Resolve the stock discrepancy at S1');
    expect(text.body).toContain('- Net sales: €30.00\n  Up 50.0% on last Wednesday 2026-03-25 (€20.00);');
    const html = await digest(managerS1, DAY, '?format=html');
    expect(String(html.headers['content-type'])).toMatch(/^text\/html/);
    expect(html.body).toContain('<a href="/exceptions?status=unresolved&amp;kind=stock_discrepancy">Resolve the stock discrepancy at S1');
    expect(html.body).toContain('<a href="/kpis/catalogue?kpi=net_sales&amp;by=day&amp;from=2026-03-25&amp;to=2026-04-01">Net sales: €30.00</a>');
  });

  it('lists a resolved exception as resolved, with no action for it', async () => {
    const [line] = (await ok(digest(managerS2), 200)).exceptions;
    await ok(t.post(`/api/v1/exceptions/${line.id}/resolve`, { note: 'recounted' }, { token: managerS2 }), 200);
    const after = await ok(digest(managerS2), 200);
    expect(after.exceptions[0]).toMatchObject({ id: line.id, status: 'resolved', why: '€16.00 at risk, resolved since', link: '/exceptions?status=resolved&kind=stock_discrepancy' });
    expect(after.actions).toEqual([]);
    expect(after.totalValueAtRisk).toBe(0);
    // Before the day, nothing was open yet.
    expect((await ok(digest(managerS2, '2026-03-31'), 200)).exceptions).toEqual([]);
  });

  it('refuses a malformed date (400), a day still to come (404) and roles without a digest (403)', async () => {
    for (const bad of ['2026-02-30', 'yesterday', '2026-4-1', '1800-01-01']) {
      const answer = await digest(managerS1, bad);
      expect(answer.status, bad).toBe(400);
      expect(answer.body.code).toBe('validation_failed');
    }
    const future = await digest(managerS1, '2026-04-02');
    expect(future.status).toBe(404);
    expect(future.body.code).toBe('not_found');
    expect((await digest(managerS1, DAY, '?format=pdf')).status).toBe(400);
    for (const role of ['store_associate', 'analyst', 'service_agent', 'warehouse_operator']) {
      const token = await t.tokenFor(role, role === 'store_associate' ? ['S1'] : undefined);
      const refused = await digest(token);
      expect(refused.status, role).toBe(403);
    }
  });
});
