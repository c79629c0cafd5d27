// Contract tests of transfers through HTTP: reserve or request, approve or reject, ship, receive in full or
// short, the approval inbox, state and scope rules — and what each step does to the stock at both ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { stockLevel } from '../support/stock-level.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let operatorW1: string;
let operatorW2: string;
let managerS1: string;
let managerS2: string;

beforeAll(async () => {
  t = await startTestApp();
  for (const location of [
    { code: 'W1', name: 'Central warehouse', kind: 'warehouse' },
    { code: 'W2', name: 'North warehouse', kind: 'warehouse' },
    { code: 'S1', name: 'High Street', kind: 'store' },
    { code: 'S2', name: 'Riverside', kind: 'store' },
  ]) {
    expect((await t.post('/api/v1/locations', location)).status).toBe(201);
  }
  for (const sku of ['TEE', 'MUG', 'CAP']) {
    expect((await t.post('/api/v1/products', { sku, name: `Product ${sku}`, cost: 300, price: 999, taxRate: 2000 })).status).toBe(201);
  }
  const stock = await t.post('/api/v1/inventory/adjustments', {
    location: 'W1',
    reason: 'opening stock',
    lines: [
      { sku: 'TEE', delta: 40 },
      { sku: 'MUG', delta: 10 },
      { sku: 'CAP', delta: 10 },
    ],
  });
  expect(stock.status).toBe(201);
  [operatorW1, operatorW2, managerS1, managerS2] = await Promise.all([
    t.tokenFor('warehouse_operator', ['W1']),
    t.tokenFor('warehouse_operator', ['W2']),
    t.tokenFor('store_manager', ['S1']),
    t.tokenFor('store_manager', ['S2']),
  ]);
});

afterAll(() => t.close());

const level = (sku: string, location: string) => stockLevel(t, sku, location);

/** On-hand of a SKU summed over every warehouse and store. */
async function totalOnHand(sku: string): Promise<number> {
  const response = await t.get(`/api/v1/inventory/levels?sku=${sku}&limit=500`);
  return response.body.items.reduce((sum: number, item: { onHand: number }) => sum + item.onHand, 0);
}

function create(body: unknown, token?: string) {
  return t.post('/api/v1/transfers', body, token ? { token } : {});
}

function act(id: string, verb: string, token?: string, body?: unknown) {
  return t.post(`/api/v1/transfers/${id}/${verb}`, body, token ? { token } : {});
}

async function createOk(body: unknown, token?: string) {
  const response = await create(body, token);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; number: string; status: string };
}

async function actOk(id: string, verb: string, token?: string, body?: unknown) {
  const response = await act(id, verb, token, body);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe('the whole lifecycle: reserved at the source, shipped, received in full', () => {
  let transfer: { id: string; number: string };

  it('is created reserved by someone acting for `from` (201), and available at `from` drops', async () => {
    const response = await create({ from: 'W1', to: 'S2', lines: [{ sku: 'TEE', quantity: 5 }] }, operatorW1);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'reserved',
      from: 'W1',
      to: 'S2',
      lines: [{ sku: 'TEE', quantity: 5 }],
    });
    transfer = response.body;
    expect(await level('TEE', 'W1')).toEqual({ onHand: 40, reserved: 5, available: 35 });
  });

  it('cannot be shipped by the destination (403)', async () => {
    const response = await act(transfer.id, 'ship', managerS2);
    expect(response.status).toBe(403);
    expect(await level('TEE', 'W1')).toEqual({ onHand: 40, reserved: 5, available: 35 });
  });

  it('cannot be received before it is shipped (409 invalid_state)', async () => {
    const response = await act(transfer.id, 'receive', managerS2);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('invalid_state');
    expect(response.body.detail).toMatch(/^Transfer TRF-\d+ is reserved and cannot be received\.$/);
  });

  it('ships: in_transit, and the units leave on-hand at `from`', async () => {
    const shipped = await actOk(transfer.id, 'ship', operatorW1);
    expect(shipped.status).toBe('in_transit');
    expect(await level('TEE', 'W1')).toEqual({ onHand: 35, reserved: 0, available: 35 });
    expect(await level('TEE', 'S2')).toEqual({ onHand: 0, reserved: 0, available: 0 });
  });

  it('cannot be shipped twice (409 invalid_state)', async () => {
    const response = await act(transfer.id, 'ship', operatorW1);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('invalid_state');
    expect(await level('TEE', 'W1')).toEqual({ onHand: 35, reserved: 0, available: 35 });
  });

  it('cannot be received by the source (403)', async () => {
    expect((await act(transfer.id, 'receive', operatorW1)).status).toBe(403);
  });

  it('is received in full by the destination: received, stock at `to`, no discrepancies', async () => {
    const received = await actOk(transfer.id, 'receive', managerS2);
    expect(received).toMatchObject({ status: 'received', lines: [{ sku: 'TEE', quantity: 5, received: 5 }], discrepancies: [] });
    expect(await level('TEE', 'S2')).toEqual({ onHand: 5, reserved: 0, available: 5 });
    expect(await totalOnHand('TEE')).toBe(40);
  });

  it('cannot be received twice, shipped again or approved (409 invalid_state)', async () => {
    for (const [verb, token] of [
      ['receive', managerS2],
      ['ship', operatorW1],
      ['approve', operatorW1],
      ['reject', operatorW1],
    ] as const) {
      const response = await act(transfer.id, verb, token);
      expect(response.status, verb).toBe(409);
      expect(response.body.code, verb).toBe('invalid_state');
    }
    expect(await level('TEE', 'S2')).toEqual({ onHand: 5, reserved: 0, available: 5 });
  });

  it('reads back by id and by number', async () => {
    const byId = await t.get(`/api/v1/transfers/${transfer.id}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({ id: transfer.id, status: 'received', from: 'W1', to: 'S2' });
    const byNumber = await t.get(`/api/v1/transfers/${transfer.number}`);
    expect(byNumber.status).toBe(200);
    expect(byNumber.body).toEqual(byId.body);
  });
});

describe('requests from the destination', () => {
  let request: { id: string };

  it('is created requested by a store manager scoped only to `to` (201), reserving nothing', async () => {
    const before = await level('MUG', 'W1');
    const response = await create({ from: 'W1', to: 'S2', lines: [{ sku: 'MUG', quantity: 3 }] }, managerS2);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'requested', from: 'W1', to: 'S2', lines: [{ sku: 'MUG', quantity: 3 }] });
    request = response.body;
    expect(await level('MUG', 'W1')).toEqual(before);
  });

  it('is refused (403) to a user who acts for neither location, creating nothing', async () => {
    const inboxBefore = (await t.get('/api/v1/transfers?from=W1&limit=500')).body.items.length;
    const response = await create({ from: 'W1', to: 'S2', lines: [{ sku: 'MUG', quantity: 1 }] }, managerS1);
    expect(response.status).toBe(403);
    expect((await t.get('/api/v1/transfers?from=W1&limit=500')).body.items).toHaveLength(inboxBefore);
  });

  it('is refused (403) to a role that does not move stock', async () => {
    const associate = await t.tokenFor('store_associate', ['S2']);
    expect((await create({ from: 'W1', to: 'S2', lines: [{ sku: 'MUG', quantity: 1 }] }, associate)).status).toBe(403);
  });

  it('shows in the approval inbox of the source: GET /transfers?from=W1&status=requested', async () => {
    const inbox = await t.get('/api/v1/transfers?from=W1&status=requested', operatorW1);
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((item: { id: string }) => item.id)).toEqual([request.id]);
    expect(inbox.body.items[0]).toMatchObject({ status: 'requested', from: 'W1', to: 'S2' });
    expect(inbox.body.nextCursor).toBeNull();
    expect((await t.get('/api/v1/transfers?from=W2&status=requested')).body.items).toEqual([]);
  });

  it('cannot be shipped before it is approved (409 invalid_state)', async () => {
    const response = await act(request.id, 'ship', operatorW1);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('invalid_state');
  });

  it('cannot be approved by the destination (403), which reserves nothing', async () => {
    const before = await level('MUG', 'W1');
    const response = await act(request.id, 'approve', managerS2);
    expect(response.status).toBe(403);
    expect(response.body.detail).toMatch(/^Only staff of W1 may approve transfer TRF-\d+\.$/);
    expect(await level('MUG', 'W1')).toEqual(before);
    expect((await t.get(`/api/v1/transfers/${request.id}`)).body.status).toBe('requested');
  });

  it('is approved by the source: reserved, and the stock is reserved at `from`', async () => {
    const before = await level('MUG', 'W1');
    const approved = await actOk(request.id, 'approve', operatorW1);
    expect(approved.status).toBe('reserved');
    expect(await level('MUG', 'W1')).toEqual({ onHand: before.onHand, reserved: before.reserved + 3, available: before.available - 3 });
    expect((await t.get('/api/v1/transfers?from=W1&status=requested')).body.items).toEqual([]);
  });

  it('then ships and is received by the store that asked', async () => {
    await actOk(request.id, 'ship', operatorW1);
    const received = await actOk(request.id, 'receive', managerS2);
    expect(received.status).toBe('received');
    expect(await level('MUG', 'S2')).toEqual({ onHand: 3, reserved: 0, available: 3 });
  });

  it('cannot be approved when the source lacks the stock (409 insufficient_stock), and stays requested', async () => {
    const big = await createOk({ from: 'W1', to: 'S2', lines: [{ sku: 'MUG', quantity: 1000 }] }, managerS2);
    expect(big.status).toBe('requested');
    const before = await level('MUG', 'W1');
    const response = await act(big.id, 'approve', operatorW1);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('insufficient_stock');
    expect(await level('MUG', 'W1')).toEqual(before);
    expect((await t.get(`/api/v1/transfers/${big.id}`)).body.status).toBe('requested');

    const rejected = await actOk(big.id, 'reject', operatorW1, { reason: 'We do not have that many' });
    expect(rejected.status).toBe('rejected');
  });

  it('is rejected by the source: rejected, nothing reserved, and it cannot be approved afterwards', async () => {
    const asked = await createOk({ from: 'W1', to: 'S2', lines: [{ sku: 'CAP', quantity: 2 }] }, managerS2);
    const before = await level('CAP', 'W1');
    expect((await act(asked.id, 'reject', managerS2)).status).toBe(403);
    const rejected = await actOk(asked.id, 'reject', operatorW1);
    expect(rejected.status).toBe('rejected');
    expect(await level('CAP', 'W1')).toEqual(before);
    const approve = await act(asked.id, 'approve', operatorW1);
    expect(approve.status).toBe(409);
    expect(approve.body.code).toBe('invalid_state');
    expect(await level('CAP', 'W1')).toEqual(before);
  });

  it('refuses to reject a transfer that is already reserved (409 invalid_state)', async () => {
    const reserved = await createOk({ from: 'W1', to: 'S1', lines: [{ sku: 'CAP', quantity: 1 }] }, operatorW1);
    const response = await act(reserved.id, 'reject', operatorW1);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('invalid_state');
  });
});

describe('creating at the source without the stock', () => {
  it('answers 409 insufficient_stock and reserves nothing of any line', async () => {
    const tee = await level('TEE', 'W1');
    const cap = await level('CAP', 'W1');
    const response = await create(
      {
        from: 'W1',
        to: 'S1',
        lines: [
          { sku: 'TEE', quantity: 1 },
          { sku: 'CAP', quantity: 500 },
        ],
      },
      operatorW1,
    );
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('insufficient_stock');
    expect(response.body.lines).toEqual([{ sku: 'CAP', requested: 500, available: cap.available }]);
    expect(await level('TEE', 'W1')).toEqual(tee);
    expect(await level('CAP', 'W1')).toEqual(cap);
  });
});

describe('short and over receipts', () => {
  let transfer: { id: string };
  let teeTotal: number;
  let mugTotal: number;

  beforeAll(async () => {
    teeTotal = await totalOnHand('TEE');
    mugTotal = await totalOnHand('MUG');
    transfer = await createOk(
      {
        from: 'W1',
        to: 'S1',
        lines: [
          { sku: 'TEE', quantity: 4 },
          { sku: 'MUG', quantity: 2 },
        ],
      },
      operatorW1,
    );
    await actOk(transfer.id, 'ship', operatorW1);
  });

  it('refuses receiving more than was shipped (409), changing nothing', async () => {
    const before = await level('TEE', 'S1');
    const response = await act(transfer.id, 'receive', managerS1, { lines: [{ sku: 'TEE', quantity: 5 }] });
    expect(response.status).toBe(409);
    expect(response.body.status).toBe(409);
    expect(await level('TEE', 'S1')).toEqual(before);
    expect((await t.get(`/api/v1/transfers/${transfer.id}`)).body.status).toBe('in_transit');
  });

  it('answers 400 for a negative or fractional received quantity', async () => {
    expect((await act(transfer.id, 'receive', managerS1, { lines: [{ sku: 'TEE', quantity: -1 }] })).status).toBe(400);
    expect((await act(transfer.id, 'receive', managerS1, { lines: [{ sku: 'TEE', quantity: 1.5 }] })).status).toBe(400);
    expect((await t.get(`/api/v1/transfers/${transfer.id}`)).body.status).toBe('in_transit');
  });

  it('records a short receipt as discrepancies; the shortfall is in stock nowhere', async () => {
    const before = await level('TEE', 'S1');
    const received = await actOk(transfer.id, 'receive', managerS1, { lines: [{ sku: 'TEE', quantity: 3 }] });
    expect(received.status).toBe('received');
    expect(received.lines).toEqual([
      { sku: 'TEE', quantity: 4, received: 3 },
      { sku: 'MUG', quantity: 2, received: 0 },
    ]);
    expect(received.discrepancies).toEqual(
      expect.arrayContaining([
        { sku: 'TEE', quantity: 1 },
        { sku: 'MUG', quantity: 2 },
      ]),
    );
    expect(received.discrepancies).toHaveLength(2);
    expect(await level('TEE', 'S1')).toEqual({ onHand: before.onHand + 3, reserved: 0, available: before.available + 3 });
    expect(await totalOnHand('TEE')).toBe(teeTotal - 1);
    expect(await totalOnHand('MUG')).toBe(mugTotal - 2);
    expect((await t.get(`/api/v1/transfers/${transfer.id}`)).body.discrepancies).toHaveLength(2);
  });
});

describe('invalid transfers', () => {
  it('answers 400 when from equals to', async () => {
    const response = await create({ from: 'W1', to: 'W1', lines: [{ sku: 'TEE', quantity: 1 }] });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
  });

  it.each([
    ['no lines', { from: 'W1', to: 'S1', lines: [] }],
    ['a zero quantity', { from: 'W1', to: 'S1', lines: [{ sku: 'TEE', quantity: 0 }] }],
    ['a negative quantity', { from: 'W1', to: 'S1', lines: [{ sku: 'TEE', quantity: -2 }] }],
    ['a fractional quantity', { from: 'W1', to: 'S1', lines: [{ sku: 'TEE', quantity: 1.5 }] }],
    ['a quantity as a string', { from: 'W1', to: 'S1', lines: [{ sku: 'TEE', quantity: '2' }] }],
    ['no destination', { from: 'W1', lines: [{ sku: 'TEE', quantity: 1 }] }],
  ])('answers 400 for %s', async (_name, body) => {
    const before = await level('TEE', 'W1');
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(await level('TEE', 'W1')).toEqual(before);
  });

  it('answers 422 unknown_reference for an unknown SKU or location', async () => {
    const sku = await create({ from: 'W1', to: 'S1', lines: [{ sku: 'NOPE', quantity: 1 }] });
    expect(sku.status).toBe(422);
    expect(sku.body.code).toBe('unknown_reference');
    const location = await create({ from: 'W1', to: 'NOWHERE', lines: [{ sku: 'TEE', quantity: 1 }] });
    expect(location.status).toBe(422);
    expect(location.body.code).toBe('unknown_reference');
  });

  it('answers 404 for an unknown transfer', async () => {
    expect((await t.get('/api/v1/transfers/00000000-0000-4000-8000-00000000abcd')).status).toBe(404);
    expect((await act('00000000-0000-4000-8000-00000000abcd', 'ship')).status).toBe(404);
  });
});

describe('scope', () => {
  let transfer: { id: string; number: string };
  beforeAll(async () => {
    transfer = await createOk({ from: 'W1', to: 'S2', lines: [{ sku: 'TEE', quantity: 1 }] }, operatorW1);
  });

  it('hides a transfer from a user scoped elsewhere (404), by id and by number', async () => {
    expect((await t.get(`/api/v1/transfers/${transfer.id}`, managerS1)).status).toBe(404);
    expect((await t.get(`/api/v1/transfers/${transfer.number}`, operatorW2)).status).toBe(404);
    expect((await t.get(`/api/v1/transfers/${transfer.id}`, managerS2)).status).toBe(200);
    expect((await t.get(`/api/v1/transfers/${transfer.id}`, operatorW1)).status).toBe(200);
  });

  it('leaves it out of that user’s lists', async () => {
    const list = await t.get('/api/v1/transfers?limit=500', managerS1);
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(transfer.id);
    for (const item of list.body.items as Array<{ from: string; to: string }>) expect([item.from, item.to]).toContain('S1');
  });

  it('does not let a user scoped elsewhere act on it', async () => {
    const response = await act(transfer.id, 'ship', managerS1);
    expect([403, 404]).toContain(response.status);
    expect((await t.get(`/api/v1/transfers/${transfer.id}`)).body.status).toBe('reserved');
  });
});

describe('invariants', () => {
  it('leaves a consistent stock ledger and consistent books', async () => {
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
  });
});
