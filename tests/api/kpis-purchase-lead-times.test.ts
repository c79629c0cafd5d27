// Purchasing lead time and lead-time variance against a hand-computed example: two vendors promising 2 and 5 days;
// lines first received 3.5 days, 1 day and 7 days after sending (a short line counts from its first units), one
// line never received (left out); and the backfill agreeing with what the subscribers wrote.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillInsightFacts } from '../../src/modules/insights/index.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let now = new Date('2026-03-02T09:00:00Z');
const clock = { now: () => now };

async function ok(response: Promise<{ status: number; body: any }>, status = 201) {
  const answer = await response;
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return answer.body;
}

async function sentOrder(vendor: string, lines: Array<{ sku: string; quantity: number }>) {
  const order = await ok(t.post('/api/v1/purchase-orders', { vendor, location: 'W1', lines }));
  await ok(t.post(`/api/v1/purchase-orders/${order.id}/submit`), 200);
  await ok(t.post(`/api/v1/purchase-orders/${order.id}/send`), 200);
  return order.number as string;
}

beforeAll(async () => {
  t = await startTestApp({ clock });
  await ok(t.post('/api/v1/locations', { code: 'W1', name: 'Warehouse', kind: 'warehouse' }));
  for (const sku of ['P1', 'P2', 'P3', 'P4']) await ok(t.post('/api/v1/products', { sku, name: sku, category: 'kit', cost: 100, price: 300 }));
  await ok(t.post('/api/v1/purchasing/approval-policies', { name: 'Everything', priority: 1, steps: [] }));
  await ok(t.post('/api/v1/vendors', { code: 'V1', name: 'Fast', leadTimeDays: 2 }));
  await ok(t.post('/api/v1/vendors', { code: 'V2', name: 'Slow', leadTimeDays: 5 }));
  const first = await sentOrder('V1', [{ sku: 'P1', quantity: 10 }, { sku: 'P2', quantity: 5 }]);
  const second = await sentOrder('V2', [{ sku: 'P3', quantity: 4 }, { sku: 'P4', quantity: 1 }]);
  now = new Date('2026-03-03T09:00:00Z'); // P2: 1 day, 3 of 5
  await ok(t.post('/api/v1/receipts', { purchaseOrder: first, lines: [{ sku: 'P2', quantity: 3 }] }));
  now = new Date('2026-03-05T21:00:00Z'); // P1: 3.5 days; P2's rest changes nothing
  await ok(t.post('/api/v1/receipts', { purchaseOrder: first, lines: [{ sku: 'P1', quantity: 10 }, { sku: 'P2', quantity: 2 }] }));
  now = new Date('2026-03-09T09:00:00Z'); // P3: 7 days; P4 never arrives
  await ok(t.post('/api/v1/receipts', { purchaseOrder: second, lines: [{ sku: 'P3', quantity: 4 }] }));
});

afterAll(() => t.close());

const PERIOD = 'from=2026-03-01&to=2026-03-10';

describe('purchasing lead time', () => {
  it('averages days from sending to the first units per line, by vendor and by arrival day', async () => {
    const byVendor = await ok(t.get(`/api/v1/kpis/purchase_lead_time?${PERIOD}&by=vendor`), 200);
    expect(byVendor.unit).toBe('days');
    expect(byVendor.rows).toEqual([
      { key: 'V1', value: 2.25, numerator: 4.5, denominator: 2, p50: 2.25, p90: 3.25 },
      { key: 'V2', value: 7, numerator: 7, denominator: 1, p50: 7, p90: 7 },
    ]);
    expect(byVendor.totals).toMatchObject({ value: 11.5 / 3, numerator: 11.5, denominator: 3, p50: 3.5 });
    const byDay = await ok(t.get(`/api/v1/kpis/purchase_lead_time?${PERIOD}&by=day`), 200);
    expect(byDay.rows.map((row: any) => [row.key, row.value])).toEqual([
      ['2026-03-03', 1],
      ['2026-03-05', 3.5],
      ['2026-03-09', 7],
    ]);
    // The period is the arrival day: nothing arrived on the 10th.
    expect((await ok(t.get('/api/v1/kpis/purchase_lead_time?from=2026-03-10&to=2026-03-10'), 200)).total).toBeNull();
  });

  it('gives the variance against each vendor’s promise, positive when late', async () => {
    const byVendor = await ok(t.get(`/api/v1/kpis/lead_time_variance?${PERIOD}&by=vendor`), 200);
    expect(byVendor.rows.map((row: any) => [row.key, row.value, row.p90])).toEqual([
      ['V1', 0.25, 1.25],
      ['V2', 2, 2],
    ]);
    const byFamily = await ok(t.get(`/api/v1/kpis/lead_time_variance?${PERIOD}&by=family`), 200);
    expect(byFamily.rows).toEqual([{ key: 'kit', value: 2.5 / 3, numerator: 2.5, denominator: 3, p50: 1.5, p90: expect.closeTo(1.9) }]);
    expect((await t.get(`/api/v1/kpis/lead_time_variance?${PERIOD}&by=channel`)).body.detail).toContain('vendor, location, family, day');
  });

  it('is rebuilt identically by the backfill', async () => {
    const db = t.app.database.kysely;
    const read = async () => (await sql`SELECT * FROM purchase_line_fact ORDER BY purchase_order_id, line_no`.execute(db)).rows.map((row) => JSON.stringify(row));
    const live = await read();
    expect(live).toHaveLength(4);
    expect(live.filter((row) => row.includes('"first_received_at":null'))).toHaveLength(1);
    await backfillInsightFacts(db);
    expect(await read()).toEqual(live);
  });
});
