// The books under a random concurrent workload: role balances of the trial balance must equal an independent
// model computed from the orders and returns the API reports, and the books checker must find nothing.
// A failure prints the seed: SIM_SEED=<seed> npx vitest run tests/api/accounting-workload.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divideRounded } from '../../src/kernel/money.ts';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { type Random, seededRandom, seedFromEnvironment } from '../support/random.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const WORKERS = 6;
const OPERATIONS = Number(process.env.SIM_OPS ?? 600);
const SKUS = ['WL-1', 'WL-2', 'WL-3', 'WL-4', 'WL-5'];
const STORES = ['WS1', 'WS2', 'WS3'];
const LOCATIONS = ['WW1', ...STORES];
const EXPECTED = new Set(['insufficient_stock', 'invalid_state', 'return_exceeds_sold']);

interface World {
  orders: string[];
  open: string[];
  completed: string[];
  returns: Array<{ order: string; lines: Array<{ sku: string; quantity: number }>; refund: number }>;
}

type Step = (t: TestApp, r: Random, w: World) => Promise<{ status: number; body: any }>;

const someLines = (r: Random, max: number) => {
  const skus = [...new Set(Array.from({ length: r.int(1, max) }, () => r.pick(SKUS)))];
  return skus.map((sku) => ({ sku, quantity: r.int(1, 3) }));
};

const placed = (w: World, response: { status: number; body: any }) => {
  if (response.status === 201) {
    w.orders.push(response.body.id);
    (response.body.status === 'completed' ? w.completed : w.open).push(response.body.id);
  }
  return response;
};

const takeOne = (r: Random, list: string[]) => (list.length > 0 ? list.splice(r.int(0, list.length - 1), 1)[0] : undefined);

const STEPS: Array<[number, Step]> = [
  [12, async (t, r, w) => placed(w, await t.post('/api/v1/orders', { channel: 'store', location: r.pick(STORES), fulfillment: 'carry_out', tender: r.pick(['cash', 'card']), lines: someLines(r, 3) }))],
  [8, async (t, r, w) => placed(w, await t.post('/api/v1/orders', { channel: r.pick(['web', 'marketplace']), fulfillment: 'ship', lines: someLines(r, 3) }))],
  [5, async (t, r, w) => placed(w, await t.post('/api/v1/orders', { channel: 'web', fulfillment: 'pickup', pickupLocation: r.pick(STORES), tender: r.pick(['online', 'card']), lines: someLines(r, 2) }))],
  [10, async (t, r, w) => {
    const id = takeOne(r, w.open);
    if (!id) return { status: 204, body: null };
    const response = await t.post(`/api/v1/orders/${id}/fulfill`);
    if (response.status === 200) w.completed.push(id);
    else w.open.push(id);
    return response;
  }],
  [3, async (t, r, w) => {
    const id = takeOne(r, w.open);
    return id ? t.post(`/api/v1/orders/${id}/cancel`) : { status: 204, body: null };
  }],
  [6, async (t, r) => t.post('/api/v1/inventory/adjustments', { location: r.pick(LOCATIONS), reason: 'workload', lines: [{ sku: r.pick(SKUS), delta: r.pick([-2, -1, 3, 8]) }] })],
  [3, async (t, r) => t.post('/api/v1/inventory/counts', { location: r.pick(LOCATIONS), lines: [{ sku: r.pick(SKUS), counted: r.int(0, 25) }] })],
  [4, async (t, r) => {
    const created = await t.post('/api/v1/transfers', { from: 'WW1', to: r.pick(STORES), lines: [{ sku: r.pick(SKUS), quantity: r.int(2, 4) }] });
    if (created.status !== 201) return created;
    const shipped = await t.post(`/api/v1/transfers/${created.body.id}/ship`);
    if (shipped.status !== 200) return shipped;
    return t.post(`/api/v1/transfers/${created.body.id}/receive`, { lines: [{ sku: created.body.lines[0].sku, quantity: r.int(0, created.body.lines[0].quantity) }] });
  }],
  [6, async (t, r, w) => {
    const id = w.completed.length > 0 ? r.pick(w.completed) : undefined;
    if (!id) return { status: 204, body: null };
    const order = await t.get(`/api/v1/orders/${id}`);
    const line = r.pick(order.body.lines as Array<{ sku: string; quantity: number }>);
    const lines = [{ sku: line.sku, quantity: r.int(1, line.quantity), reason: 'changed_mind', disposition: r.chance(0.75) ? 'restock' : 'scrap' }];
    const response = await t.post('/api/v1/returns', { order: id, location: r.pick(LOCATIONS), lines });
    if (response.status === 201) w.returns.push({ order: id, lines, refund: response.body.refund.amount });
    return response;
  }],
];

function pick(r: Random): Step {
  let roll = r.next() * STEPS.reduce((sum, [weight]) => sum + weight, 0);
  for (const [weight, step] of STEPS) {
    roll -= weight;
    if (roll < 0) return step;
  }
  return (STEPS[0] as [number, Step])[1];
}

describe('books under a concurrent workload', () => {
  const seed = seedFromEnvironment();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.post('/api/v1/locations', { code: 'WW1', name: 'WW1', kind: 'warehouse' });
    for (const code of STORES) await t.post('/api/v1/locations', { code, name: code, kind: 'store', shipsToCustomers: code === 'WS1' });
    for (const [i, sku] of SKUS.entries()) await t.post('/api/v1/products', { sku, name: sku, cost: 311 + i * 97, price: 1003 + i * 331, taxRate: [0, 550, 2000, 1900, 700][i] });
    for (const location of LOCATIONS) await t.post('/api/v1/inventory/adjustments', { location, reason: 'opening', lines: SKUS.map((sku) => ({ sku, delta: 25 })) });
  });
  afterAll(() => t.close());

  it(`matches an independent model of ${OPERATIONS} random concurrent operations`, async () => {
    const world: World = { orders: [], open: [], completed: [], returns: [] };
    const failures: string[] = [];
    await Promise.all(
      Array.from({ length: WORKERS }, async (_, worker) => {
        const random = seededRandom(seed + worker);
        for (let i = 0; i < Math.ceil(OPERATIONS / WORKERS); i++) {
          const { status, body } = await pick(random)(t, random, world);
          if (status >= 300 && !(status === 409 && EXPECTED.has(body?.code))) failures.push(`${status} ${JSON.stringify(body)}`);
        }
      }),
    );
    expect(failures, `seed ${seed}`).toEqual([]);
    expect(world.completed.length, `seed ${seed}: nothing completed`).toBeGreaterThan(10);
    expect(world.returns.length, `seed ${seed}: nothing returned`).toBeGreaterThan(3);
    expect(world.open.length + world.completed.length, `seed ${seed}: nothing cancelled`).toBeLessThan(world.orders.length);

    // The model, from what the orders and returns API says happened.
    const model = { revenue: 0, tax_payable: 0, customer_payments: 0, customer_deposits: 0 };
    const lines = new Map<string, Array<{ sku: string; quantity: number; net: number; tax: number; returned: number }>>();
    for (const id of world.orders) {
      const order = (await t.get(`/api/v1/orders/${id}`)).body;
      const total = order.totals.total;
      model.customer_payments += order.status === 'cancelled' ? 0 : total;
      if (order.status === 'reserved' || order.status === 'backordered') model.customer_deposits -= total;
      if (order.status !== 'completed') continue;
      model.revenue -= order.totals.subtotal - order.totals.discount;
      model.tax_payable -= order.totals.tax;
      lines.set(id, order.lines.map((l: any) => ({ sku: l.sku, quantity: l.quantity, net: l.quantity * l.unitPrice - l.discount, tax: l.tax, returned: 0 })));
    }
    for (const returned of world.returns) {
      model.customer_payments -= returned.refund;
      for (const line of returned.lines) {
        let left = line.quantity;
        for (const sold of lines.get(returned.order) ?? []) {
          if (sold.sku !== line.sku || left === 0) continue;
          const take = Math.min(left, sold.quantity - sold.returned);
          sold.returned += take;
          left -= take;
        }
      }
    }
    for (const sold of [...lines.values()].flat()) {
      model.revenue += divideRounded(sold.net * sold.returned, sold.quantity);
      model.tax_payable += divideRounded(sold.tax * sold.returned, sold.quantity);
    }

    const tb = (await t.get('/api/v1/accounting/trial-balance')).body as { accounts: Array<{ role: string | null; balance: number }>; totals: { debit: number; credit: number } };
    const role = (name: string) => tb.accounts.filter((a) => a.role === name).reduce((sum, a) => sum + a.balance, 0);
    expect(tb.totals.debit, `seed ${seed}`).toBe(tb.totals.credit);
    expect(Object.fromEntries(Object.keys(model).map((name) => [name, role(name)])), `seed ${seed}`).toEqual(model);
    // Every movement of inventory is against opening balance equity, cost of goods, loss or gain: together they sum to zero.
    expect(role('inventory') + role('opening_balance') + role('cogs') + role('inventory_loss') + role('inventory_gain'), `seed ${seed}`).toBe(0);
    expect(await checkBooks(t.app.database.kysely), `seed ${seed}`).toEqual([]);
    expect(await checkLedger(t.app.database.kysely), `seed ${seed}`).toEqual([]);
  });
});
