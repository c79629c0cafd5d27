// Contract tests of cycle counts through HTTP: a count posts the difference to on-hand, the history lists
// counts per location, accuracy is 1 − Σ|variance| ÷ Σ counted over a period, and reserved units are protected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
/** The business clock: counts are dated by it, so the accuracy periods can be tested. */
let now = new Date('2026-03-10T10:00:00.000Z');

beforeAll(async () => {
  t = await startTestApp({ clock: { now: () => now } });
  for (const location of [
    { code: 'W1', name: 'Central warehouse', kind: 'warehouse' },
    { code: 'S1', name: 'High Street', kind: 'store' },
    { code: 'S2', name: 'Riverside', kind: 'store' },
  ]) {
    expect((await t.post('/api/v1/locations', location)).status).toBe(201);
  }
  for (const sku of ['TEE', 'MUG', 'CAP', 'HAT']) {
    expect((await t.post('/api/v1/products', { sku, name: `Product ${sku}`, cost: 400, price: 999, taxRate: 2000 })).status).toBe(201);
  }
  const stock = await t.post('/api/v1/inventory/adjustments', {
    location: 'S1',
    reason: 'opening stock',
    lines: [
      { sku: 'TEE', delta: 10 },
      { sku: 'CAP', delta: 4 },
    ],
  });
  expect(stock.status).toBe(201);
});

afterAll(() => t.close());

async function onHand(sku: string, location: string): Promise<{ onHand: number; reserved: number; available: number }> {
  const response = await t.get(`/api/v1/inventory/levels?sku=${sku}&location=${location}`);
  expect(response.status).toBe(200);
  return response.body.items[0] ?? { onHand: 0, reserved: 0, available: 0 };
}

function count(location: string, lines: unknown, token?: string) {
  return t.post('/api/v1/inventory/counts', { location, lines }, token ? { token } : {});
}

describe('posting a count', () => {
  let first: { id: string; number: string };

  it('posts the difference between counted and on-hand, line by line (201)', async () => {
    const response = await count('S1', [
      { sku: 'TEE', counted: 8 },
      { sku: 'MUG', counted: 5 },
      { sku: 'CAP', counted: 4 },
    ]);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      id: expect.any(String),
      location: 'S1',
      lines: [
        { sku: 'TEE', counted: 8, onHandAtCount: 10, variance: -2, value: -800 },
        { sku: 'MUG', counted: 5, onHandAtCount: 0, variance: 5, value: 2000 },
        { sku: 'CAP', counted: 4, onHandAtCount: 4, variance: 0, value: 0 },
      ],
    });
    first = response.body;
    expect(await onHand('TEE', 'S1')).toMatchObject({ onHand: 8, available: 8 });
    expect(await onHand('MUG', 'S1')).toMatchObject({ onHand: 5, available: 5 });
    expect(await onHand('CAP', 'S1')).toMatchObject({ onHand: 4, available: 4 });
  });

  it('lists the count in the history of its location, with its lines', async () => {
    const history = await t.get('/api/v1/inventory/counts?location=S1');
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({
      id: first.id,
      location: 'S1',
      countedAt: '2026-03-10T10:00:00.000Z',
      // The variance and its value at cost are signed: negative when units are missing.
      lines: [
        { sku: 'TEE', counted: 8, onHandAtCount: 10, variance: -2, value: -800 },
        { sku: 'MUG', counted: 5, onHandAtCount: 0, variance: 5, value: 2000 },
        { sku: 'CAP', counted: 4, onHandAtCount: 4, variance: 0, value: 0 },
      ],
    });
    expect(history.body.nextCursor).toBeNull();
    expect((await t.get('/api/v1/inventory/counts?location=S2')).body.items).toEqual([]);
  });

  it('counts a location down to zero', async () => {
    await t.post('/api/v1/inventory/adjustments', { location: 'S2', reason: 'opening stock', lines: [{ sku: 'HAT', delta: 3 }] });
    const response = await count('S2', [{ sku: 'HAT', counted: 0 }]);
    expect(response.status).toBe(201);
    expect(response.body.lines).toMatchObject([{ sku: 'HAT', counted: 0, onHandAtCount: 3, variance: -3 }]);
    expect(await onHand('HAT', 'S2')).toMatchObject({ onHand: 0, available: 0 });
  });
});

describe('inventory accuracy', () => {
  it('is 1 − Σ|variance| ÷ Σ counted over the counts of a location, in basis points', async () => {
    // S1: counted 8 + 5 + 4 = 17, |−2| + |5| + |0| = 7.
    const response = await t.get('/api/v1/inventory/accuracy?location=S1');
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(1);
    expect(response.body.items[0]).toMatchObject({ location: 'S1', countedUnits: 17, absoluteVariance: 7 });
    // 10/17 = 0.588235… → 5882 basis points, an integer.
    expect(response.body.items[0].accuracyBasisPoints).toBe(5882);
    expect(response.body).toMatchObject({ from: null, to: null });
  });

  it('is 0 when everything counted was missing, not a negative number', async () => {
    const response = await t.get('/api/v1/inventory/accuracy?location=S2');
    expect(response.status).toBe(200);
    expect(response.body.items[0]).toMatchObject({ location: 'S2', countedUnits: 0, absoluteVariance: 3, accuracyBasisPoints: 0 });
  });

  it('takes only the counts inside from..to', async () => {
    now = new Date('2026-03-20T10:00:00.000Z');
    const second = await count('S1', [
      { sku: 'TEE', counted: 8 },
      { sku: 'MUG', counted: 6 },
    ]);
    expect(second.status).toBe(201);
    expect(second.body.countedAt).toBe('2026-03-20T10:00:00.000Z');
    // Second count: counted 14, |0| + |1| = 1.

    const early = await t.get('/api/v1/inventory/accuracy?location=S1&from=2026-03-01&to=2026-03-15');
    expect(early.body.items[0]).toMatchObject({ countedUnits: 17, absoluteVariance: 7 });

    const late = await t.get('/api/v1/inventory/accuracy?location=S1&from=2026-03-16T00:00:00Z&to=2026-03-31T00:00:00Z');
    expect(late.body.items[0]).toMatchObject({ countedUnits: 14, absoluteVariance: 1 });
    expect(late.body.items[0].accuracyBasisPoints).toBe(9286);
    // The report echoes the period it covers.
    expect(late.body).toMatchObject({ from: '2026-03-16T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' });

    const both = await t.get('/api/v1/inventory/accuracy?location=S1&from=2026-03-01&to=2026-03-31');
    expect(both.body.items[0]).toMatchObject({ countedUnits: 31, absoluteVariance: 8 });
    expect(both.body.items[0].accuracyBasisPoints).toBe(7419);

    const none = await t.get('/api/v1/inventory/accuracy?location=S1&from=2026-04-01');
    expect(none.body.items).toEqual([]);

    const history = await t.get('/api/v1/inventory/counts?location=S1&from=2026-03-16');
    expect(history.body.items.map((item: { id: string }) => item.id)).toEqual([second.body.id]);
  });

  it('includes the whole day named by a date-only `to`', async () => {
    const response = await t.get('/api/v1/inventory/accuracy?location=S1&from=2026-03-20&to=2026-03-20');
    expect(response.status).toBe(200);
    expect(response.body.items[0]).toMatchObject({ countedUnits: 14, absoluteVariance: 1 });
    const history = await t.get('/api/v1/inventory/counts?location=S1&from=2026-03-10&to=2026-03-10');
    expect(history.body.items).toHaveLength(1);
  });

  it('lists newest first and covers every location without a filter', async () => {
    const history = await t.get('/api/v1/inventory/counts');
    expect(history.body.items.map((item: { location: string }) => item.location)).toEqual(['S1', 'S2', 'S1']);
    const accuracy = await t.get('/api/v1/inventory/accuracy');
    expect(accuracy.body.items.map((item: { location: string }) => item.location)).toEqual(['S1', 'S2']);
  });

  it('answers 400 for a date that is not one', async () => {
    expect((await t.get('/api/v1/inventory/accuracy?from=last-week')).status).toBe(400);
  });
});

describe('counts and reservations', () => {
  it('refuses a count below what is reserved with 409 insufficient_stock, changing nothing', async () => {
    // S1 holds 8 TEE; a click-and-collect order reserves 5.
    const order = await t.post('/api/v1/orders', { channel: 'web', fulfillment: 'pickup', pickupLocation: 'S1', lines: [{ sku: 'TEE', quantity: 5 }] });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const historyBefore = (await t.get('/api/v1/inventory/counts?location=S1')).body.items.length;

    const response = await count('S1', [
      { sku: 'CAP', counted: 1 },
      { sku: 'TEE', counted: 4 },
    ]);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('insufficient_stock');
    expect(await onHand('TEE', 'S1')).toMatchObject({ onHand: 8, reserved: 5, available: 3 });
    expect(await onHand('CAP', 'S1')).toMatchObject({ onHand: 4 });
    expect((await t.get('/api/v1/inventory/counts?location=S1')).body.items).toHaveLength(historyBefore);
  });

  it('accepts a count of exactly what is reserved', async () => {
    const response = await count('S1', [{ sku: 'TEE', counted: 5 }]);
    expect(response.status).toBe(201);
    expect(response.body.lines).toMatchObject([{ sku: 'TEE', counted: 5, onHandAtCount: 8, variance: -3 }]);
    expect(await onHand('TEE', 'S1')).toMatchObject({ onHand: 5, reserved: 5, available: 0 });
  });
});

describe('invalid counts, roles and scope', () => {
  it.each([
    ['a negative count', [{ sku: 'CAP', counted: -1 }], '/lines/0/counted'],
    ['a fractional count', [{ sku: 'CAP', counted: 1.5 }], '/lines/0/counted'],
    ['a count as a string', [{ sku: 'CAP', counted: '4' }], '/lines/0/counted'],
    ['the same SKU twice', [{ sku: 'CAP', counted: 1 }, { sku: 'CAP', counted: 2 }], '/lines/1/sku'],
    ['no lines', [], '/lines'],
  ])('answers 400 for %s', async (_name, lines, path) => {
    const response = await count('S1', lines);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(await onHand('CAP', 'S1')).toMatchObject({ onHand: 4 });
  });

  it('answers 422 unknown_reference for an unknown SKU or location', async () => {
    const sku = await count('S1', [{ sku: 'NOPE', counted: 1 }]);
    expect(sku.status).toBe(422);
    expect(sku.body.code).toBe('unknown_reference');
    const location = await count('NOWHERE', [{ sku: 'CAP', counted: 1 }]);
    expect(location.status).toBe(422);
    expect(location.body.code).toBe('unknown_reference');
  });

  it('lets a store manager count their store, not another (403), and shows them only their counts', async () => {
    const manager = await t.tokenFor('store_manager', ['S2']);
    const own = await count('S2', [{ sku: 'HAT', counted: 1 }], manager);
    expect(own.status).toBe(201);
    const other = await count('S1', [{ sku: 'CAP', counted: 9 }], manager);
    expect(other.status).toBe(403);
    expect(await onHand('CAP', 'S1')).toMatchObject({ onHand: 4 });

    const history = await t.get('/api/v1/inventory/counts', manager);
    expect(history.status).toBe(200);
    expect(new Set(history.body.items.map((item: { location: string }) => item.location))).toEqual(new Set(['S2']));
    const accuracy = await t.get('/api/v1/inventory/accuracy', manager);
    expect(accuracy.body.items.map((item: { location: string }) => item.location)).toEqual(['S2']);
  });

  it('lets an analyst read counts and accuracy but not count (403)', async () => {
    const analyst = await t.tokenFor('analyst');
    expect((await t.get('/api/v1/inventory/counts', analyst)).status).toBe(200);
    expect((await t.get('/api/v1/inventory/accuracy', analyst)).status).toBe(200);
    expect((await count('S1', [{ sku: 'CAP', counted: 9 }], analyst)).status).toBe(403);
  });
});

describe('invariants', () => {
  it('leaves a consistent stock ledger and consistent books', async () => {
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
  });
});
