// The seeded, concurrent simulation: 8 workers throw 2,000+ random operations of every kind at the HTTP API
// (sales, ship and pickup orders, fulfilments, cancellations, adjustments, counts, transfers, returns), then the
// ledger checker runs. A failure prints the seed: SIM_SEED=<seed> npx vitest run tests/invariants/simulation.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Random, seededRandom, seedFromEnvironment } from '../support/random.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { checkLedger } from './ledger-checker.ts';

const WORKERS = 8;
const OPERATIONS = Number(process.env.SIM_OPS ?? 2_000);
const SKUS = Array.from({ length: 12 }, (_, i) => `SIM-${i + 1}`);
const WAREHOUSES = ['SW1', 'SW2'];
const STORES = ['SS1', 'SS2', 'SS3', 'SS4'];
const STOCK_LOCATIONS = [...WAREHOUSES, ...STORES];
const EXPECTED_CONFLICTS = new Set(['insufficient_stock', 'invalid_state', 'return_exceeds_sold']);

interface Shared {
  openOrders: string[];
  completedOrders: string[];
  transfers: Array<{ id: string; stage: 'requested' | 'reserved' | 'in_transit' }>;
}

type Operation = (t: TestApp, random: Random, shared: Shared) => Promise<{ status: number; body: any; name: string }>;

const lines = (random: Random, max: number) =>
  Array.from({ length: random.int(1, max) }, () => ({ sku: random.pick(SKUS), quantity: random.int(1, 3) }));

const OPERATIONS_BY_WEIGHT: Array<[number, Operation]> = [
  [14, async (t, r, s) => track(s, 'sale', await t.post('/api/v1/orders', { channel: 'store', location: r.pick(STORES), fulfillment: 'carry_out', tender: r.pick(['cash', 'card']), lines: lines(r, 2) }))],
  [12, async (t, r, s) => track(s, 'ship', await t.post('/api/v1/orders', { channel: r.pick(['web', 'marketplace']), fulfillment: 'ship', allowBackorder: r.chance(0.2), allowSplit: r.chance(0.8), lines: lines(r, 3) }))],
  [8, async (t, r, s) => track(s, 'pickup', await t.post('/api/v1/orders', { channel: 'web', fulfillment: 'pickup', pickupLocation: r.pick(STORES), lines: lines(r, 2) }))],
  [14, async (t, r, s) => {
    const id = take(r, s.openOrders);
    const response = id ? await t.post(`/api/v1/orders/${id}/fulfill`) : { status: 204, body: null };
    if (id && response.status === 200) s.completedOrders.push(id);
    if (id && response.status === 409 && response.body.code === 'invalid_state') s.openOrders.push(id);
    return { ...response, name: 'fulfill' };
  }],
  [4, async (t, r, s) => {
    const id = take(r, s.openOrders);
    return { ...(id ? await t.post(`/api/v1/orders/${id}/cancel`) : { status: 204, body: null }), name: 'cancel' };
  }],
  [8, async (t, r) => ({ ...(await t.post('/api/v1/inventory/adjustments', { location: r.pick(STOCK_LOCATIONS), reason: 'simulation', lines: [{ sku: r.pick(SKUS), delta: r.pick([-3, -1, 2, 5, 10]) }] })), name: 'adjust' })],
  [4, async (t, r) => ({ ...(await t.post('/api/v1/inventory/counts', { location: r.pick(STOCK_LOCATIONS), lines: [{ sku: r.pick(SKUS), counted: r.int(0, 30) }] })), name: 'count' })],
  [6, async (t, r, s) => {
    const [from, to] = r.chance(0.5) ? [r.pick(WAREHOUSES), r.pick(STORES)] : [r.pick(STORES), r.pick(WAREHOUSES)];
    const response = await t.post('/api/v1/transfers', { from, to, lines: lines(r, 2).map((line) => ({ ...line, quantity: line.quantity + 1 })).filter((line, i, all) => all.findIndex((other) => other.sku === line.sku) === i) });
    if (response.status === 201) s.transfers.push({ id: response.body.id, stage: 'reserved' });
    return { ...response, name: 'transfer' };
  }],
  [8, async (t, r, s) => {
    const transfer = s.transfers.length > 0 ? s.transfers.splice(r.int(0, s.transfers.length - 1), 1)[0] : undefined;
    if (!transfer) return { status: 204, body: null, name: 'transfer-step' };
    if (transfer.stage === 'reserved') {
      const response = await t.post(`/api/v1/transfers/${transfer.id}/${r.chance(0.9) ? 'ship' : 'cancel'}`);
      if (response.status === 200 && response.body.status === 'in_transit') s.transfers.push({ id: transfer.id, stage: 'in_transit' });
      return { ...response, name: 'transfer-ship' };
    }
    const current = await t.get(`/api/v1/transfers/${transfer.id}`);
    const received = current.body.lines.map((line: { sku: string; quantity: number }) => ({ sku: line.sku, quantity: r.chance(0.8) ? line.quantity : r.int(0, line.quantity) }));
    return { ...(await t.post(`/api/v1/transfers/${transfer.id}/receive`, { lines: received })), name: 'transfer-receive' };
  }],
  [8, async (t, r, s) => {
    const id = s.completedOrders.length > 0 ? r.pick(s.completedOrders) : undefined;
    if (!id) return { status: 204, body: null, name: 'return' };
    const order = await t.get(`/api/v1/orders/${id}`);
    const line = r.pick(order.body.lines as Array<{ sku: string; quantity: number }>);
    const body = { order: id, location: r.pick(STOCK_LOCATIONS), lines: [{ sku: line.sku, quantity: r.int(1, line.quantity), reason: r.pick(['damaged', 'wrong_size', 'changed_mind', 'too small']), disposition: r.chance(0.8) ? 'restock' : 'scrap' }] };
    return { ...(await t.post('/api/v1/returns', body)), name: 'return' };
  }],
];

function track(shared: Shared, name: string, response: { status: number; body: any }) {
  if (response.status === 201 && response.body.status === 'completed') shared.completedOrders.push(response.body.id);
  if (response.status === 201 && response.body.status !== 'completed') shared.openOrders.push(response.body.id);
  return { ...response, name };
}

function take(random: Random, list: string[]): string | undefined {
  return list.length > 0 ? list.splice(random.int(0, list.length - 1), 1)[0] : undefined;
}

function pickOperation(random: Random): Operation {
  const total = OPERATIONS_BY_WEIGHT.reduce((sum, [weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [weight, operation] of OPERATIONS_BY_WEIGHT) {
    roll -= weight;
    if (roll < 0) return operation;
  }
  return (OPERATIONS_BY_WEIGHT[0] as [number, Operation])[1];
}

describe('seeded concurrent simulation', () => {
  const seed = seedFromEnvironment();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    for (const code of WAREHOUSES) await t.post('/api/v1/locations', { code, name: code, kind: 'warehouse' });
    for (const [i, code] of STORES.entries()) await t.post('/api/v1/locations', { code, name: code, kind: 'store', shipsToCustomers: i < 2 });
    for (const [i, sku] of SKUS.entries()) await t.post('/api/v1/products', { sku, name: sku, cost: 300 + i * 137, price: 999 + i * 250, taxRate: [0, 900, 2000][i % 3] });
    for (const location of STOCK_LOCATIONS) {
      await t.post('/api/v1/inventory/adjustments', { location, reason: 'opening stock', lines: SKUS.map((sku) => ({ sku, delta: 20 })) });
    }
  });
  afterAll(() => t.close());

  it(`keeps the ledger exact under ${OPERATIONS} random concurrent operations`, async () => {
    const shared: Shared = { openOrders: [], completedOrders: [], transfers: [] };
    const outcomes = new Map<string, number>();
    const failures: string[] = [];
    const perWorker = Math.ceil(OPERATIONS / WORKERS);
    await Promise.all(
      Array.from({ length: WORKERS }, async (_, worker) => {
        const random = seededRandom(seed + worker);
        for (let i = 0; i < perWorker; i++) {
          const { status, body, name } = await pickOperation(random)(t, random, shared);
          outcomes.set(`${name} ${status}`, (outcomes.get(`${name} ${status}`) ?? 0) + 1);
          const expected = status < 300 || (status === 409 && EXPECTED_CONFLICTS.has(body?.code));
          if (!expected) failures.push(`${name} → ${status} ${JSON.stringify(body)}`);
        }
      }),
    );
    const summary = [...outcomes].sort().map(([key, count]) => `${key}: ${count}`).join(', ');
    expect(failures, `seed ${seed}; outcomes ${summary}`).toEqual([]);
    expect(await checkLedger(t.app.database.kysely), `seed ${seed}`).toEqual([]);
    // Every kind of operation happened, and succeeded at least once.
    for (const name of ['sale', 'ship', 'pickup', 'fulfill', 'cancel', 'adjust', 'count', 'transfer', 'transfer-ship', 'transfer-receive', 'return']) {
      expect([...outcomes.keys()].some((key) => key === `${name} 200` || key === `${name} 201`), `seed ${seed}: no successful ${name}; ${summary}`).toBe(true);
    }
  });
});
