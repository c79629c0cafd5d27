// Contract tests of the anomaly checks through HTTP, on a business built day by day with hand-computed figures:
// a normal history raises nothing; then, in the 28 days before 1 April, one store returns far more T-shirts than
// the other (→ a return_anomaly exception), one store loses 5 % of its sales where six lose about 1 % (shrink),
// a vendor delivers eight of eight lines late (lead-time drift), one kitchen SKU holds 300 weeks of cover among
// twenty of 7–11 (overstock), a pan that sold every week stops selling (slow mover) and cookware sells at a third
// of its usual margin (margin erosion). Then scope, idempotence, automatic resolution, pages and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zThreshold } from '../../src/modules/anomalies/domain/thresholds.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let now = new Date('2025-07-20T09:00:00Z');
const DAY = 86_400_000;
const at = (iso: string) => {
  now = new Date(iso);
};

async function ok(path: string, body: unknown, status = 201) {
  const response = await t.post(path, body);
  expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBe(status);
  return response.body;
}

async function findings(query = '', token?: string): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const response: { status: number; body: any } = await t.get(`/api/v1/anomalies?limit=500&${query}${cursor ? `&cursor=${cursor}` : ''}`, token);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
  } while (cursor);
  return items;
}

const returnAnomalies = async () => (await t.get('/api/v1/exceptions?status=unresolved&kind=return_anomaly&limit=500')).body.items as any[];
const sell = (location: string, lines: Array<{ sku: string; quantity: number; unitPrice?: number }>) =>
  ok('/api/v1/orders', { channel: 'store', location, fulfillment: 'carry_out', lines });
const adjust = (location: string, reason: string, lines: Array<{ sku: string; delta: number }>) => ok('/api/v1/inventory/adjustments', { location, reason, lines });
const COVER = Array.from({ length: 20 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);
const STORES = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'];

beforeAll(async () => {
  t = await startTestApp({ clock: { now: () => now } });
  await ok('/api/v1/locations', { code: 'W1', name: 'Warehouse', kind: 'warehouse' });
  for (const code of STORES) await ok('/api/v1/locations', { code, name: `Store ${code}`, kind: 'store' });
  const products: Array<[string, string | undefined, number, number]> = [
    ['TEE', 'apparel', 400, 1000], ['MUG', 'mugs', 500, 1000], ['BOLT', undefined, 100, 300], ['PAN', 'cookware', 500, 1000], ['SLOW', 'garden', 200, 500],
    ['HEAP', 'kitchen', 100, 1000], ...COVER.map((sku): [string, string, number, number] => [sku, 'kitchen', 100, 1000]),
    ...['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'].map((sku): [string, string, number, number] => [sku, 'parts', 100, 300]),
  ];
  for (const [sku, category, cost, price] of products) await ok('/api/v1/products', { sku, name: sku, ...(category ? { category } : {}), cost, price, taxRate: 0 });
  await ok('/api/v1/purchasing/approval-policies', { name: 'Everything', priority: 1, steps: [] });
  await ok('/api/v1/vendors', { code: 'ACME', name: 'Acme', leadTimeDays: 2 });
  await ok('/api/v1/vendors', { code: 'FAIR', name: 'Fair', leadTimeDays: 5 });
  await adjust('S1', 'setup', [{ sku: 'TEE', delta: 60 }, { sku: 'BOLT', delta: 100 }]);
  await adjust('S2', 'setup', [{ sku: 'TEE', delta: 600 }, { sku: 'BOLT', delta: 100 }]);
  await adjust('S3', 'setup', [{ sku: 'MUG', delta: 100 }, { sku: 'BOLT', delta: 100 }, { sku: 'HEAP', delta: 304 }, ...COVER.map((sku, i) => ({ sku, delta: 11 + (i % 5) }))]);
  await adjust('S4', 'setup', [{ sku: 'MUG', delta: 100 }, { sku: 'BOLT', delta: 100 }, { sku: 'SLOW', delta: 520 }]);
  await adjust('S5', 'setup', [{ sku: 'MUG', delta: 100 }, { sku: 'BOLT', delta: 100 }, { sku: 'PAN', delta: 400 }]);
  for (const store of ['S6', 'S7']) await adjust(store, 'setup', [{ sku: 'MUG', delta: 100 }, { sku: 'BOLT', delta: 100 }]);
  // Thirty weeks of normal trade before the window: pans at 9.90 / 10.00 / 10.10 (margins 49.5 / 50 / 50.5 %), and
  // 14 of SLOW a week — the last of both on 25 February.
  for (let week = 30; week >= 1; week -= 1) {
    at(new Date(Date.parse('2026-03-04T12:00:00Z') - week * 7 * DAY).toISOString());
    await sell('S5', [{ sku: 'PAN', quantity: 10, unitPrice: [990, 1000, 1010][week % 3] as number }]);
    await sell('S4', [{ sku: 'SLOW', quantity: 14 }]);
  }
});

afterAll(() => t.close());

describe('a normal business', () => {
  it('raises nothing: on 4 March the last four weeks look like the thirty before them', async () => {
    at('2026-03-04T09:00:00Z');
    const run = await ok('/api/v1/anomalies/checks', {}, 200);
    expect(run.window).toEqual({ from: '2026-02-04', to: '2026-03-03' });
    for (const check of ['return_rate', 'shrink', 'lead_time_drift', 'overstock', 'slow_mover', 'margin_erosion']) expect(run.checks[check], check).toEqual({ open: 0, raised: 0, resolved: 0 });
    expect(await findings()).toEqual([]);
    expect(await returnAnomalies()).toEqual([]);
  });
});

describe('the anomalies of March, found on 1 April', () => {
  let run: any;

  beforeAll(async () => {
    at('2026-03-05T10:00:00Z');
    // T-shirts: 9 of 50 come back at S1, 20 of 500 at S2.
    const s1 = await sell('S1', [{ sku: 'TEE', quantity: 50 }]);
    const s2 = await sell('S2', [{ sku: 'TEE', quantity: 500 }]);
    await ok('/api/v1/returns', { order: s1.number, location: 'S1', lines: [{ sku: 'TEE', quantity: 9, reason: 'defective', disposition: 'restock' }] });
    await ok('/api/v1/returns', { order: s2.number, location: 'S2', lines: [{ sku: 'TEE', quantity: 20, reason: 'changed_mind', disposition: 'restock' }] });
    // Net sales after returns: S1 410.00, S2 4,800.00, S3–S7 1,000.00 each (S3 with the kitchen range, S5 with pans).
    await sell('S3', [{ sku: 'MUG', quantity: 16 }, { sku: 'HEAP', quantity: 4 }, ...COVER.map((sku) => ({ sku, quantity: 4 }))]);
    for (const [store, mugs] of [['S4', 100], ['S5', 76], ['S6', 100], ['S7', 100]] as const) await sell(store, [{ sku: 'MUG', quantity: mugs }]);
    for (const day of [5, 12, 19, 26]) {
      at(`2026-03-${String(day).padStart(2, '0')}T15:00:00Z`);
      await sell('S5', [{ sku: 'PAN', quantity: 10, unitPrice: 600 }]);
    }
    // Losses at cost (BOLT costs 1.00): about 1 % of net sales everywhere, 5 % at S7.
    for (const [store, lost] of [['S1', 4], ['S2', 48], ['S3', 10], ['S4', 12], ['S5', 9], ['S6', 11], ['S7', 50]] as const) await adjust(store, 'damaged', [{ sku: 'BOLT', delta: -lost }]);
    // ACME promises 2 days and delivers eight lines in 5; FAIR promises 5 and delivers four lines in 1.
    at('2026-03-10T09:00:00Z');
    const send = async (vendor: string, skus: string[]) => {
      const order = await ok('/api/v1/purchase-orders', { vendor, location: 'W1', lines: skus.map((sku) => ({ sku, quantity: 5 })) });
      await ok(`/api/v1/purchase-orders/${order.id}/submit`, undefined, 200);
      await ok(`/api/v1/purchase-orders/${order.id}/send`, undefined, 200);
      return order.number as string;
    };
    const acme = await send('ACME', ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8']);
    const fair = await send('FAIR', ['P1', 'P2', 'P3', 'P4']);
    at('2026-03-11T09:00:00Z');
    await ok('/api/v1/receipts', { purchaseOrder: fair, lines: ['P1', 'P2', 'P3', 'P4'].map((sku) => ({ sku, quantity: 5 })) });
    at('2026-03-15T09:00:00Z');
    await ok('/api/v1/receipts', { purchaseOrder: acme, lines: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'].map((sku) => ({ sku, quantity: 5 })) });
    at('2026-04-01T09:00:00Z');
    run = await ok('/api/v1/anomalies/checks', {}, 200);
  });

  it('reports the window and what each check found', () => {
    expect(run.window).toEqual({ from: '2026-03-04', to: '2026-03-31' });
    for (const check of ['return_rate', 'shrink', 'lead_time_drift', 'overstock', 'slow_mover', 'margin_erosion']) expect(run.checks[check], check).toEqual({ open: 1, raised: 1, resolved: 0 });
  });

  it('raises return_anomaly for TEE at S1: 9 of 50 against (20 + ½) ÷ (500 + 1) elsewhere, P = 1.75e-4 < 1 % ÷ 2 pairs', async () => {
    const raised = await returnAnomalies();
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ subject: { type: 'product' }, location: 'S1', owner: { role: 'store_manager', location: 'S1' } });
    expect(raised[0].summary).toBe('Return rate of TEE at S1 is 18 % (9 of 50 sold) against 4.1 % elsewhere — 1-in-5,700 by chance (2026-03-04 to 2026-03-31)');
    // Excess returns 9 − 50 × 20.5/501 at 10.00 each.
    expect(raised[0].valueAtRisk).toBe(Math.round((9 - (50 * 20.5) / 501) * 1000));
  });

  it('finds S7’s shrink: 5 % against a median of 1 % (MAD 0.1 point) among 7 stores', async () => {
    const [shrink, ...rest] = await findings('kind=shrink');
    expect(rest).toEqual([]);
    expect(shrink).toMatchObject({ kind: 'shrink', subject: { type: 'location', key: 'S7' }, location: 'S7', window: { from: '2026-03-04', to: '2026-03-31' }, observed: 0.05, unit: 'ratio', valueAtRisk: 5000 - 1000 });
    expect(shrink.expected).toBeCloseTo(0.01, 12);
    expect(shrink.score).toBeCloseTo(0.04 / 0.0014826, 6);
    expect(shrink.threshold).toBeCloseTo(zThreshold(7), 10);
    expect(shrink.evidence).toMatchObject({ lossValue: 5000, netSales: 100_000, peers: 7 });
    expect(shrink.reason).toBe('Shrink at S7 is 5 % of net sales (50.00 lost on 1,000.00) against a median of 1 % across 7 stores — robust z 27.0, beyond 3.0');
  });

  it('finds ACME drifting: 8 of 8 lines after the promised day, 3 days late (P = 1/256 < 1 % ÷ 2 vendors)', async () => {
    const [drift, ...rest] = await findings('kind=lead_time_drift');
    expect(rest).toEqual([]);
    expect(drift).toMatchObject({ subject: { type: 'vendor', key: 'ACME' }, location: null, observed: 3, expected: 0, unit: 'days', evidence: { lines: 8, late: 8, tested: 2 } });
    expect(drift.reason).toBe('ACME delivered 8 of 8 lines after the promised day (median 3.0 days late) — 1-in-260 by chance for a vendor that keeps its promise');
  });

  it('finds HEAP overstocked at S3: 300 weeks of cover against a median of 9 among 21 kitchen positions', async () => {
    const [heap, ...rest] = await findings('kind=overstock');
    expect(rest).toEqual([]);
    expect(heap).toMatchObject({ subject: { type: 'product', key: 'HEAP' }, location: 'S3', observed: 300, unit: 'weeks', valueAtRisk: (300 - 9) * 100 });
    expect(heap.expected).toBeCloseTo(9, 10);
    // log covers: median log 9, MAD log(9/8).
    expect(heap.score).toBeCloseTo(Math.log(300 / 9) / (1.4826 * Math.log(9 / 8)), 6);
    expect(heap.threshold).toBeCloseTo(zThreshold(21), 10);
    expect(heap.reason).toBe('HEAP at S3 has 300.0 weeks of cover (300 on hand, 4 sold in 28 days) against a median of 9.0 for kitchen in 21 store positions — robust z 20.1, beyond 3.3');
  });

  it('finds SLOW at S4: nothing sold with 100 on hand where 420 × 28/365 = 32.2 were expected', async () => {
    const [slow, ...rest] = await findings('kind=slow_mover');
    expect(rest).toEqual([]);
    expect(slow).toMatchObject({ subject: { key: 'SLOW' }, location: 'S4', observed: 0, unit: 'units', valueAtRisk: 100 * 200, evidence: { onHand: 100, soldInBaseline: 420 } });
    expect(slow.expected).toBeCloseTo((420 * 28) / 365, 10);
    expect(slow.reason).toBe('SLOW at S4 sold nothing in 28 days with 100 on hand, where 32.2 were expected from its last 365 days — less than 1-in-a-billion by chance');
  });

  it('finds cookware’s margin eroded: 16.7 % against weeks of 49.5–50.5 %', async () => {
    const [erosion, ...rest] = await findings('kind=margin_erosion');
    expect(rest).toEqual([]);
    expect(erosion).toMatchObject({ subject: { type: 'family', id: 'cookware', key: 'cookware' }, location: null, unit: 'ratio', expected: 0.5, valueAtRisk: 8000 });
    expect(erosion.observed).toBeCloseTo(1 / 6, 12);
    // Weekly spread: 1.4826 × MAD (1 − 500/1010 − ½ … = 0.0049505); a four-week mean varies half as much.
    expect(erosion.score).toBeCloseTo((0.5 - 1 / 6) / ((1.4826 * (0.5 - 500 / 1010)) / 2), 6);
    expect(erosion.threshold).toBeCloseTo(zThreshold(1), 10);
    expect(erosion.reason).toBe('Margin of cookware is 17 % over the last 28 days (40.00 on 240.00) against 50 % in a typical week of the year before — robust z 90.8, beyond 2.3');
  });

  it('lists the most extreme first, in cursor pages, and reads one by id', async () => {
    const all = await findings();
    expect(all.map((f) => f.kind).sort()).toEqual(['lead_time_drift', 'margin_erosion', 'overstock', 'shrink', 'slow_mover']);
    expect(all.map((f) => f.score)).toEqual([...all.map((f) => f.score)].sort((a, b) => b - a));
    const paged: any[] = [];
    let cursor: string | null = null;
    do {
      const response: { body: any } = await t.get(`/api/v1/anomalies?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.body.items.length).toBeLessThanOrEqual(2);
      paged.push(...response.body.items);
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(paged.map((f) => f.id)).toEqual(all.map((f) => f.id));
    const one = await t.get(`/api/v1/anomalies/${all[0].id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(all[0]);
    expect((await findings('location=S3')).map((f) => f.subject.key)).toEqual(['HEAP']);
  });

  it('is scoped: a store manager sees their store’s findings only, nothing of no location; associates may not read them', async () => {
    const managerS7 = await t.tokenFor('store_manager', ['S7']);
    expect((await findings('', managerS7)).map((f) => f.kind)).toEqual(['shrink']);
    const managerS1 = await t.tokenFor('store_manager', ['S1']);
    expect(await findings('', managerS1)).toEqual([]);
    const heap = (await findings('kind=overstock'))[0];
    expect((await t.get(`/api/v1/anomalies/${heap.id}`, managerS1)).status).toBe(404);
    const buyer = await t.tokenFor('buyer');
    expect((await findings('', buyer))).toHaveLength(5);
    const associate = await t.tokenFor('store_associate', ['S1']);
    const refused = await t.get('/api/v1/anomalies', associate);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('A store associate may not read the anomaly findings.');
    expect((await t.post('/api/v1/anomalies/checks', {}, { token: buyer })).status).toBe(403);
  });

  it('changes nothing when run again the same day', async () => {
    const before = await findings();
    const again = await ok('/api/v1/anomalies/checks', {}, 200);
    for (const check of Object.keys(run.checks)) expect(again.checks[check], check).toEqual({ open: 1, raised: 0, resolved: 0 });
    const after = await findings();
    expect(after.map((f) => [f.id, f.detectedAt, f.reason])).toEqual(before.map((f) => [f.id, f.detectedAt, f.reason]));
    expect(await returnAnomalies()).toHaveLength(1);
  });

  it('resolves what it no longer finds: two months later the window holds none of it', async () => {
    const open = await findings();
    at('2026-06-01T09:00:00Z');
    const later = await ok('/api/v1/anomalies/checks', { checks: ['return_rate', 'shrink', 'lead_time_drift', 'overstock', 'margin_erosion'] }, 200);
    expect(later.checks).toMatchObject({ return_rate: { open: 0, resolved: 1 }, shrink: { open: 0, resolved: 1 }, lead_time_drift: { open: 0, resolved: 1 }, overstock: { open: 0, resolved: 1 }, margin_erosion: { open: 0, resolved: 1 } });
    expect(later.checks.slow_mover).toBeUndefined();
    expect((await findings()).map((f) => f.kind)).toEqual(['slow_mover']);
    const resolved = await findings('status=resolved');
    expect(resolved.map((f) => f.id).sort()).toEqual(open.filter((f) => f.kind !== 'slow_mover').map((f) => f.id).sort());
    expect(resolved.every((f) => f.resolvedAt === '2026-06-01T09:00:00.000Z')).toBe(true);
    const exception = (await t.get('/api/v1/exceptions?kind=return_anomaly&status=resolved')).body.items[0];
    expect(exception.resolutionNote).toContain('Resolved automatically');
  });
});

describe('bad input', () => {
  it('is 400 validation_failed for an unknown kind, status or check, a bad limit, cursor or id; 404 for an unknown id', async () => {
    for (const url of ['/api/v1/anomalies?kind=return_anomaly', '/api/v1/anomalies?status=pending', '/api/v1/anomalies?limit=0', '/api/v1/anomalies?cursor=bm9wZQ', '/api/v1/anomalies?colour=red', '/api/v1/anomalies/not-an-id']) {
      const response = await t.get(url);
      expect(response.status, url).toBe(400);
      expect(response.body.code, url).toBe('validation_failed');
    }
    for (const body of [{ checks: ['return_anomaly'] }, { checks: [] }, { kinds: ['shrink'] }]) {
      const response = await t.post('/api/v1/anomalies/checks', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.code).toBe('validation_failed');
    }
    const missing = await t.get('/api/v1/anomalies/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('not_found');
  });
});
