// OTIF against a hand-computed example: two vendors, three purchase order lines due in the period — one received
// in full on time, one short on time and completed late, one in full on time — and the backfill agreeing.
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
  const submitted = await ok(t.post(`/api/v1/purchase-orders/${order.id}/submit`), 200);
  expect(submitted.status).toBe('approved');
  await ok(t.post(`/api/v1/purchase-orders/${order.id}/send`), 200);
  return order.number as string;
}

beforeAll(async () => {
  t = await startTestApp({ clock });
  await ok(t.post('/api/v1/locations', { code: 'W1', name: 'Warehouse', kind: 'warehouse' }));
  for (const sku of ['P1', 'P2', 'P3']) await ok(t.post('/api/v1/products', { sku, name: sku, category: 'kit', cost: 100, price: 300 }));
  await ok(t.post('/api/v1/purchasing/approval-policies', { name: 'Everything', priority: 1, steps: [] }));
  await ok(t.post('/api/v1/vendors', { code: 'V1', name: 'Fast', leadTimeDays: 2 }));
  await ok(t.post('/api/v1/vendors', { code: 'V2', name: 'Slow', leadTimeDays: 5 }));
  const first = await sentOrder('V1', [{ sku: 'P1', quantity: 10 }, { sku: 'P2', quantity: 5 }]); // due 03-04
  const second = await sentOrder('V2', [{ sku: 'P3', quantity: 4 }]); // due 03-07
  now = new Date('2026-03-03T09:00:00Z');
  await ok(t.post('/api/v1/receipts', { purchaseOrder: first, lines: [{ sku: 'P1', quantity: 10 }, { sku: 'P2', quantity: 3 }] }));
  now = new Date('2026-03-05T09:00:00Z');
  await ok(t.post('/api/v1/receipts', { purchaseOrder: first, lines: [{ sku: 'P2', quantity: 2 }] }));
  now = new Date('2026-03-06T09:00:00Z');
  await ok(t.post('/api/v1/receipts', { purchaseOrder: second, lines: [{ sku: 'P3', quantity: 4 }] }));
});

afterAll(() => t.close());

describe('OTIF', () => {
  it('counts lines complete by their promised day among the lines due', async () => {
    const byVendor = await ok(t.get('/api/v1/kpis/otif?from=2026-03-01&to=2026-03-10&by=vendor'), 200);
    expect(byVendor.totals).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
    expect(byVendor.rows).toEqual([
      { key: 'V1', value: 0.5, numerator: 1, denominator: 2 },
      { key: 'V2', value: 1, numerator: 1, denominator: 1 },
    ]);
    const byDay = await ok(t.get('/api/v1/kpis/otif?from=2026-03-01&to=2026-03-10&by=day'), 200);
    expect(byDay.rows.map((row: any) => [row.key, row.value])).toEqual([
      ['2026-03-04', 0.5],
      ['2026-03-07', 1],
    ]);
    expect((await ok(t.get('/api/v1/kpis/otif?from=2026-03-08&to=2026-03-10'), 200)).total).toBeNull();
    expect((await t.get('/api/v1/kpis/otif?by=channel')).body.detail).toContain('vendor, location, family, day');
  });

  it('is rebuilt identically by the backfill', async () => {
    const db = t.app.database.kysely;
    const read = async () => (await sql`SELECT * FROM purchase_line_fact ORDER BY purchase_order_id, line_no`.execute(db)).rows.map((row) => JSON.stringify(row));
    const live = await read();
    expect(live).toHaveLength(3);
    await backfillInsightFacts(db);
    expect(await read()).toEqual(live);
  });
});
