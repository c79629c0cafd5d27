// Contract tests of stock adjustments and stock levels through HTTP: deltas in both directions, refusals
// that change nothing, validation, unknown references, roles and location scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  for (const location of [
    { code: 'W1', name: 'Central warehouse', kind: 'warehouse' },
    { code: 'S1', name: 'High Street', kind: 'store' },
    { code: 'S2', name: 'Riverside', kind: 'store' },
    { code: 'WEB', name: 'Web shop', kind: 'online' },
  ]) {
    const created = await t.post('/api/v1/locations', location);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  for (const sku of ['TEE', 'MUG', 'CAP', 'SOCK', 'BAG']) {
    const created = await t.post('/api/v1/products', { sku, name: `Product ${sku}`, cost: 500, price: 999, taxRate: 2000 });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
});

afterAll(() => t.close());

interface Level {
  sku: string;
  location: string;
  onHand: number;
  reserved: number;
  available: number;
}

/** The level of one SKU at one location (zeros when it has never been stocked there). */
async function level(sku: string, location: string): Promise<Level> {
  const response = await t.get(`/api/v1/inventory/levels?sku=${sku}&location=${location}`);
  expect(response.status).toBe(200);
  expect(response.body.items.length).toBeLessThanOrEqual(1);
  return response.body.items[0] ?? { sku, location, onHand: 0, reserved: 0, available: 0 };
}

function adjust(location: string, lines: unknown, options: { token?: string; reason?: string } = {}) {
  return t.post('/api/v1/inventory/adjustments', { location, reason: options.reason ?? 'test', lines }, options.token ? { token: options.token } : {});
}

async function adjustOk(location: string, lines: Array<{ sku: string; delta: number }>) {
  const response = await adjust(location, lines);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

describe('posting adjustments', () => {
  it('answers 201 with { id, location, lines } and a positive delta raises on-hand and available', async () => {
    const response = await adjust('W1', [{ sku: 'TEE', delta: 10 }], { reason: 'opening stock' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      location: 'W1',
      lines: [{ sku: 'TEE', delta: 10 }],
    });
    const levels = await t.get('/api/v1/inventory/levels?sku=TEE&location=W1');
    expect(levels.status).toBe(200);
    expect(levels.body.items).toEqual([{ sku: 'TEE', location: 'W1', onHand: 10, reserved: 0, available: 10 }]);
  });

  it('lowers on-hand with a negative delta (a loss)', async () => {
    const response = await adjust('W1', [{ sku: 'TEE', delta: -3 }], { reason: 'damaged in storage' });
    expect(response.status).toBe(201);
    expect(response.body.lines).toMatchObject([{ sku: 'TEE', delta: -3 }]);
    expect(await level('TEE', 'W1')).toEqual({ sku: 'TEE', location: 'W1', onHand: 7, reserved: 0, available: 7 });
  });

  it('applies every line of a multi-line adjustment, in both directions', async () => {
    await adjustOk('S1', [{ sku: 'MUG', delta: 6 }]);
    const response = await adjust('S1', [
      { sku: 'MUG', delta: -2 },
      { sku: 'CAP', delta: 4 },
    ]);
    expect(response.status).toBe(201);
    expect(response.body.lines).toMatchObject([
      { sku: 'MUG', delta: -2 },
      { sku: 'CAP', delta: 4 },
    ]);
    expect((await level('MUG', 'S1')).onHand).toBe(4);
    expect((await level('CAP', 'S1')).onHand).toBe(4);
  });

  it('can take a location down to exactly zero', async () => {
    await adjustOk('S2', [{ sku: 'SOCK', delta: 2 }]);
    await adjustOk('S2', [{ sku: 'SOCK', delta: -2 }]);
    expect(await level('SOCK', 'S2')).toMatchObject({ onHand: 0, reserved: 0, available: 0 });
  });

  it('replays an adjustment sent again with the same Idempotency-Key instead of posting it twice', async () => {
    const headers = { 'idempotency-key': 'adjust-bag-once' };
    const body = { location: 'W1', reason: 'found', lines: [{ sku: 'BAG', delta: 5 }] };
    const first = await t.post('/api/v1/inventory/adjustments', body, { headers });
    const second = await t.post('/api/v1/inventory/adjustments', body, { headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect((await level('BAG', 'W1')).onHand).toBe(5);
  });
});

describe('refusing adjustments that would break the stock', () => {
  it('refuses a delta that would make on-hand negative with 409 insufficient_stock, changing nothing', async () => {
    const before = await level('TEE', 'W1');
    const response = await adjust('W1', [{ sku: 'TEE', delta: -(before.onHand + 1) }]);
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 409, code: 'insufficient_stock' });
    expect(await level('TEE', 'W1')).toEqual(before);
  });

  it('refuses taking stock from a location that never had any', async () => {
    const response = await adjust('S2', [{ sku: 'TEE', delta: -1 }]);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('insufficient_stock');
    expect(await level('TEE', 'S2')).toMatchObject({ onHand: 0 });
  });

  it('changes nothing at all when one line of several is refused', async () => {
    const teeBefore = await level('TEE', 'W1');
    const bagBefore = await level('BAG', 'W1');
    const response = await adjust('W1', [
      { sku: 'BAG', delta: 3 },
      { sku: 'TEE', delta: -1000 },
    ]);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('insufficient_stock');
    expect(await level('TEE', 'W1')).toEqual(teeBefore);
    expect(await level('BAG', 'W1')).toEqual(bagBefore);
  });

  it('refuses a delta that would leave on-hand below what is reserved', async () => {
    // S1 holds 4 MUG; a click-and-collect order reserves 3 of them.
    const order = await t.post('/api/v1/orders', { channel: 'web', fulfillment: 'pickup', pickupLocation: 'S1', lines: [{ sku: 'MUG', quantity: 3 }] });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    expect(await level('MUG', 'S1')).toEqual({ sku: 'MUG', location: 'S1', onHand: 4, reserved: 3, available: 1 });

    const tooMuch = await adjust('S1', [{ sku: 'MUG', delta: -2 }]);
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.code).toBe('insufficient_stock');
    expect(await level('MUG', 'S1')).toEqual({ sku: 'MUG', location: 'S1', onHand: 4, reserved: 3, available: 1 });

    const exactly = await adjust('S1', [{ sku: 'MUG', delta: -1 }]);
    expect(exactly.status).toBe(201);
    expect(await level('MUG', 'S1')).toEqual({ sku: 'MUG', location: 'S1', onHand: 3, reserved: 3, available: 0 });
  });
});

describe('unknown references and invalid bodies', () => {
  it('answers 422 unknown_reference for an unknown SKU in the body, pointing at the line, changing nothing', async () => {
    const before = await level('BAG', 'W1');
    const response = await adjust('W1', [
      { sku: 'BAG', delta: 1 },
      { sku: 'NO-SUCH-SKU', delta: 1 },
    ]);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ status: 422, code: 'unknown_reference' });
    expect(response.body.errors).toEqual([expect.objectContaining({ path: '/lines/1/sku' })]);
    expect(await level('BAG', 'W1')).toEqual(before);
  });

  it('answers 422 unknown_reference for an unknown location in the body', async () => {
    const response = await adjust('NOWHERE', [{ sku: 'BAG', delta: 1 }]);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('unknown_reference');
    expect(response.body.errors).toEqual([expect.objectContaining({ path: '/location' })]);
  });

  it('refuses stock at an online location, which holds none, and records nothing there', async () => {
    const response = await adjust('WEB', [{ sku: 'BAG', delta: 1 }]);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect((await t.get('/api/v1/inventory/levels?location=WEB')).body.items).toEqual([]);
  });

  it.each([
    ['zero', 0],
    ['a float', 1.5],
    ['a numeric string', '3'],
    ['null', null],
    ['a boolean', true],
  ])('answers 400 validation_failed for a delta that is %s', async (_name, delta) => {
    const before = await level('BAG', 'W1');
    const response = await adjust('W1', [{ sku: 'BAG', delta }]);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/lines/0/delta' })]));
    expect(await level('BAG', 'W1')).toEqual(before);
  });

  it('answers 400 for a line without a delta', async () => {
    const response = await adjust('W1', [{ sku: 'BAG' }]);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/lines/0/delta' })]));
  });

  it('answers 400 for empty lines', async () => {
    const response = await adjust('W1', []);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/lines' })]));
  });

  it.each([
    ['without a location', { reason: 'x', lines: [{ sku: 'BAG', delta: 1 }] }, '/location'],
    ['with an empty location code', { location: '', reason: 'x', lines: [{ sku: 'BAG', delta: 1 }] }, '/location'],
    ['with an empty SKU', { location: 'W1', reason: 'x', lines: [{ sku: '', delta: 1 }] }, '/lines/0/sku'],
    ['with lines that are not a list', { location: 'W1', reason: 'x', lines: { sku: 'BAG', delta: 1 } }, '/lines'],
  ])('answers 400 for a body %s', async (_name, body, path) => {
    const response = await t.post('/api/v1/inventory/adjustments', body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });
});

describe('roles and location scope', () => {
  let managerS1: string;
  beforeAll(async () => {
    managerS1 = await t.tokenFor('store_manager', ['S1']);
    await adjustOk('S2', [{ sku: 'CAP', delta: 7 }]);
  });

  it('answers 401 without a token', async () => {
    expect((await t.post('/api/v1/inventory/adjustments', { location: 'S1', reason: 'x', lines: [{ sku: 'CAP', delta: 1 }] }, { token: null })).status).toBe(401);
    expect((await t.get('/api/v1/inventory/levels', null)).status).toBe(401);
  });

  it('lets a store manager adjust at their store', async () => {
    const before = await level('CAP', 'S1');
    const response = await adjust('S1', [{ sku: 'CAP', delta: 2 }], { token: managerS1 });
    expect(response.status).toBe(201);
    expect((await level('CAP', 'S1')).onHand).toBe(before.onHand + 2);
  });

  it('answers 403 to a store manager of S1 adjusting S2, changing nothing', async () => {
    const before = await level('CAP', 'S2');
    const response = await adjust('S2', [{ sku: 'CAP', delta: -1 }], { token: managerS1 });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('forbidden');
    expect(await level('CAP', 'S2')).toEqual(before);
  });

  it('shows a store manager of S1 only the levels of S1', async () => {
    const all = await t.get('/api/v1/inventory/levels?limit=500', managerS1);
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThan(0);
    expect(new Set(all.body.items.map((item: Level) => item.location))).toEqual(new Set(['S1']));

    // A location outside the scope is not found, never an empty list that reads as "no stock there".
    const elsewhere = await t.get('/api/v1/inventory/levels?location=S2', managerS1);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.code).toBe('not_found');
    expect((await t.get('/api/v1/inventory/levels?location=NOWHERE', managerS1)).status).toBe(404);

    const everyone = await t.get('/api/v1/inventory/levels?sku=CAP');
    expect(everyone.body.items.map((item: Level) => item.location)).toEqual(['S1', 'S2']);
  });

  it('lets an analyst read every level but not adjust (403)', async () => {
    const analyst = await t.tokenFor('analyst');
    const levels = await t.get('/api/v1/inventory/levels?sku=CAP', analyst);
    expect(levels.status).toBe(200);
    expect(levels.body.items.map((item: Level) => item.location)).toEqual(['S1', 'S2']);
    const before = await level('CAP', 'S2');
    const response = await adjust('S2', [{ sku: 'CAP', delta: 1 }], { token: analyst });
    expect(response.status).toBe(403);
    expect(await level('CAP', 'S2')).toEqual(before);
  });

  it('answers 403 to a service agent, who changes no stock', async () => {
    const agent = await t.tokenFor('service_agent');
    expect((await adjust('S2', [{ sku: 'CAP', delta: 1 }], { token: agent })).status).toBe(403);
  });
});

describe('listing levels', () => {
  it('derives available as on-hand − reserved on every row, never negative', async () => {
    const all = await t.get('/api/v1/inventory/levels?limit=500');
    expect(all.status).toBe(200);
    for (const item of all.body.items as Level[]) {
      expect(item.available).toBe(item.onHand - item.reserved);
      expect(item.available).toBeGreaterThanOrEqual(0);
    }
  });

  it('pages with limit and cursor, without repeating or skipping a row', async () => {
    const all = (await t.get('/api/v1/inventory/levels?limit=500')).body.items as Level[];
    expect(all.length).toBeGreaterThan(3);
    const seen: Level[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: Level[]; nextCursor: string | null } } = await t.get(
        `/api/v1/inventory/levels?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('answers 400 for a limit above 500', async () => {
    expect((await t.get('/api/v1/inventory/levels?limit=501')).status).toBe(400);
  });
});

describe('invariants', () => {
  it('leaves a consistent stock ledger and consistent books', async () => {
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
  });
});
