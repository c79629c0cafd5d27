// Contract tests of returns through HTTP: any store or warehouse takes back any channel's completed order;
// refunds are the returned units' exact share of the line; over-returns are refused across returns;
// restocked units come back into the return location's stock, scrapped ones do not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let associateS1: string;
let associateS2: string;

beforeAll(async () => {
  t = await startTestApp();
  for (const location of [
    { code: 'W1', name: 'Central warehouse', kind: 'warehouse' },
    { code: 'S1', name: 'High Street', kind: 'store' },
    { code: 'S2', name: 'Riverside', kind: 'store' },
    { code: 'WEB', name: 'Web shop', kind: 'online' },
  ]) {
    expect((await t.post('/api/v1/locations', location)).status).toBe(201);
  }
  for (const product of [
    { sku: 'R1', name: 'Shirt', cost: 500, price: 999, taxRate: 2000 },
    { sku: 'R2', name: 'Trousers', cost: 400, price: 1000, taxRate: 2000 },
    { sku: 'R3', name: 'Belt', cost: 300, price: 1005, taxRate: 750 },
  ]) {
    expect((await t.post('/api/v1/products', product)).status).toBe(201);
  }
  for (const location of ['W1', 'S1']) {
    const stocked = await t.post('/api/v1/inventory/adjustments', {
      location,
      reason: 'opening stock',
      lines: [
        { sku: 'R1', delta: 30 },
        { sku: 'R2', delta: 30 },
        { sku: 'R3', delta: 30 },
      ],
    });
    expect(stocked.status).toBe(201);
  }
  [associateS1, associateS2] = await Promise.all([t.tokenFor('store_associate', ['S1']), t.tokenFor('store_associate', ['S2'])]);
});

afterAll(() => t.close());

async function onHand(sku: string, location: string): Promise<number> {
  const response = await t.get(`/api/v1/inventory/levels?sku=${sku}&location=${location}`);
  expect(response.status).toBe(200);
  return response.body.items[0]?.onHand ?? 0;
}

async function tillSale(lines: Array<{ sku: string; quantity: number }>, location = 'S1') {
  const response = await t.post('/api/v1/orders', { channel: 'store', location, fulfillment: 'carry_out', lines });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

interface ReturnLine {
  sku: string;
  quantity: number;
  reason?: string;
  disposition?: string;
}

function takeBack(order: string, location: string, lines: ReturnLine[], options: { token?: string; headers?: Record<string, string> } = {}) {
  return t.post(
    '/api/v1/returns',
    { order, location, lines: lines.map((line) => ({ reason: 'changed_mind', disposition: 'restock', ...line })) },
    { ...(options.token ? { token: options.token } : {}), ...(options.headers ? { headers: options.headers } : {}) },
  );
}

async function takeBackOk(order: string, location: string, lines: ReturnLine[], token?: string) {
  const response = await takeBack(order, location, lines, token ? { token } : {});
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

describe('a web order returned at a store, in three partial returns', () => {
  let order: any;
  const refunds: number[] = [];

  beforeAll(async () => {
    const placed = await t.post('/api/v1/orders', { channel: 'web', fulfillment: 'ship', location: 'W1', customer: { email: 'ann@example.com' }, lines: [{ sku: 'R1', quantity: 3 }] });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const fulfilled = await t.post(`/api/v1/orders/${placed.body.id}/fulfill`);
    expect(fulfilled.status).toBe(200);
    order = fulfilled.body;
    // 3 × 999 = 2997, tax 599.4 → 599: the customer paid 3596 for the line.
    expect(order.totals.total).toBe(3596);
  });

  it('takes the first unit back at another store (201 { id, order, location, lines, refund: { amount } })', async () => {
    const before = await onHand('R1', 'S2');
    const response = await takeBack(order.id, 'S2', [{ sku: 'R1', quantity: 1, reason: 'damaged', disposition: 'restock' }], { token: associateS2 });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      location: 'S2',
      lines: [expect.objectContaining({ sku: 'R1', quantity: 1, reason: 'damaged', disposition: 'restock' })],
      refund: { amount: 1199 },
    });
    expect([order.id, order.number]).toContain(response.body.order);
    refunds.push(response.body.refund.amount);
    // Restocked: the unit is back in the return location's stock.
    expect(await onHand('R1', 'S2')).toBe(before + 1);
  });

  it('refunds the second unit its share, and a scrapped unit does not come back into stock', async () => {
    const before = await onHand('R1', 'S2');
    const returned = await takeBackOk(order.number, 'S2', [{ sku: 'R1', quantity: 1, reason: 'not_as_described', disposition: 'scrap' }], associateS2);
    expect(returned.refund.amount).toBe(1198);
    refunds.push(returned.refund.amount);
    expect(await onHand('R1', 'S2')).toBe(before);
  });

  it('refunds exactly the line total over the three returns', async () => {
    const returned = await takeBackOk(order.id, 'S2', [{ sku: 'R1', quantity: 1 }], associateS2);
    refunds.push(returned.refund.amount);
    expect(refunds).toEqual([1199, 1198, 1199]);
    expect(refunds.reduce((sum, amount) => sum + amount, 0)).toBe(3 * 999 + 599);
  });

  it('refuses a fourth unit with 409 return_exceeds_sold, changing nothing', async () => {
    const before = await onHand('R1', 'S2');
    const response = await takeBack(order.id, 'S2', [{ sku: 'R1', quantity: 1 }]);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('return_exceeds_sold');
    expect(await onHand('R1', 'S2')).toBe(before);
  });

  it('lists the returns of the order and reads one back', async () => {
    const list = await t.get(`/api/v1/returns?order=${order.id}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(3);
    const one = list.body.items[0];
    const read = await t.get(`/api/v1/returns/${one.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(one);
    const timeline = (await t.get(`/api/v1/orders/${order.id}`)).body.events.map((event: { type: string }) => event.type);
    expect(timeline.filter((type: string) => type === 'returned')).toHaveLength(3);
  });
});

describe('refund amounts', () => {
  it('refunds exactly the line total for a full return in one go', async () => {
    const sale = await tillSale([{ sku: 'R1', quantity: 3 }]);
    const before = await onHand('R1', 'S1');
    const returned = await takeBackOk(sale.id, 'S1', [{ sku: 'R1', quantity: 3, reason: 'wrong_size' }]);
    expect(returned.refund.amount).toBe(3596);
    expect(returned.refund.amount).toBe(sale.totals.total);
    expect(await onHand('R1', 'S1')).toBe(before + 3);
  });

  it('refunds each line’s share on a multi-line order, adding up to what was paid', async () => {
    // R1: 2 × 999 = 1998, tax 399.6 → 400. R3: 2 × 1005 = 2010, tax 150.75 → 151.
    const sale = await tillSale([
      { sku: 'R1', quantity: 2 },
      { sku: 'R3', quantity: 2 },
    ]);
    expect(sale.totals.total).toBe(1998 + 400 + 2010 + 151);
    const first = await takeBackOk(sale.id, 'S1', [
      { sku: 'R1', quantity: 1 },
      { sku: 'R3', quantity: 1 },
    ]);
    // One R1: 999 + 200; one R3: 1005 + round(75.5) = 1005 + 76.
    expect(first.refund.amount).toBe(1199 + 1081);
    const second = await takeBackOk(sale.id, 'W1', [
      { sku: 'R3', quantity: 1 },
      { sku: 'R1', quantity: 1 },
    ]);
    expect(second.refund.amount).toBe(1080 + 1199);
    expect(first.refund.amount + second.refund.amount).toBe(sale.totals.total);
  });

  it('refunds what was paid at an overridden price, not the catalog price', async () => {
    const sale = await t.post('/api/v1/orders', { channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'R2', quantity: 2, unitPrice: 750 }] });
    expect(sale.status).toBe(201);
    const returned = await takeBackOk(sale.body.id, 'S1', [{ sku: 'R2', quantity: 1 }]);
    expect(returned.refund.amount).toBe(750 + 150);
  });
});

describe('over-returns and orders that cannot be returned', () => {
  it('refuses returning more than was sold in one return (409 return_exceeds_sold)', async () => {
    const sale = await tillSale([{ sku: 'R2', quantity: 3 }]);
    const before = await onHand('R2', 'S1');
    const response = await takeBack(sale.id, 'S1', [{ sku: 'R2', quantity: 4 }]);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('return_exceeds_sold');
    expect(await onHand('R2', 'S1')).toBe(before);
  });

  it('counts earlier returns: 2 then 2 of 3 is refused, then the last 1 is taken', async () => {
    const sale = await tillSale([{ sku: 'R2', quantity: 3 }]);
    await takeBackOk(sale.id, 'S1', [{ sku: 'R2', quantity: 2 }]);
    const before = await onHand('R2', 'S1');
    const over = await takeBack(sale.id, 'S1', [{ sku: 'R2', quantity: 2 }]);
    expect(over.status).toBe(409);
    expect(over.body.code).toBe('return_exceeds_sold');
    expect(await onHand('R2', 'S1')).toBe(before);
    await takeBackOk(sale.id, 'S1', [{ sku: 'R2', quantity: 1 }]);
  });

  it('counts two lines of one SKU in the same return together', async () => {
    const sale = await tillSale([{ sku: 'R2', quantity: 2 }]);
    const response = await takeBack(sale.id, 'S1', [
      { sku: 'R2', quantity: 2 },
      { sku: 'R2', quantity: 1 },
    ]);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('return_exceeds_sold');
  });

  it('refuses a product that is not on the order (422 not_on_order), not as "only 0 can be returned"', async () => {
    const sale = await tillSale([{ sku: 'R2', quantity: 1 }]);
    const response = await takeBack(sale.id, 'S1', [
      { sku: 'R2', quantity: 1 },
      { sku: 'R3', quantity: 1 },
    ]);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'not_on_order', detail: `R3 is not on order ${sale.number}.`, errors: [{ path: '/lines/1/sku', message: 'not on the order' }] });
  });

  it('refuses a return of an order that is not completed (409), reserved or cancelled', async () => {
    const reserved = await t.post('/api/v1/orders', { channel: 'web', fulfillment: 'pickup', pickupLocation: 'S1', lines: [{ sku: 'R2', quantity: 1 }] });
    expect(reserved.status).toBe(201);
    const before = await onHand('R2', 'S1');
    const early = await takeBack(reserved.body.id, 'S1', [{ sku: 'R2', quantity: 1 }]);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('invalid_state');
    expect(await onHand('R2', 'S1')).toBe(before);

    expect((await t.post(`/api/v1/orders/${reserved.body.id}/cancel`)).status).toBe(200);
    const cancelled = await takeBack(reserved.body.id, 'S1', [{ sku: 'R2', quantity: 1 }]);
    expect(cancelled.status).toBe(409);
    expect(await onHand('R2', 'S1')).toBe(before);
  });
});

describe('reasons and dispositions', () => {
  it('accepts every known reason and free text, one line each, keeping the reason as given', async () => {
    const sale = await tillSale([{ sku: 'R2', quantity: 6 }]);
    const reasons = ['damaged', 'wrong_size', 'changed_mind', 'not_as_described', 'late_delivery', 'The zip broke on day two'];
    const returned = await takeBackOk(
      sale.id,
      'S1',
      reasons.map((reason) => ({ sku: 'R2', quantity: 1, reason })),
    );
    expect(returned.lines.map((line: { reason: string }) => line.reason)).toEqual(reasons);
    expect(returned.refund.amount).toBe(sale.totals.total);
  });

  it('restocks at a warehouse too: any store or warehouse may take a return', async () => {
    const sale = await tillSale([{ sku: 'R3', quantity: 2 }], 'S1');
    const before = await onHand('R3', 'W1');
    await takeBackOk(sale.id, 'W1', [{ sku: 'R3', quantity: 2 }]);
    expect(await onHand('R3', 'W1')).toBe(before + 2);
  });

  it('refuses a return taken at an online location, which holds no stock', async () => {
    const sale = await tillSale([{ sku: 'R3', quantity: 1 }]);
    const response = await takeBack(sale.id, 'WEB', [{ sku: 'R3', quantity: 1 }]);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it.each([
    ['a zero quantity', { sku: 'R1', quantity: 0, reason: 'damaged', disposition: 'restock' }, '/lines/0/quantity'],
    ['a fractional quantity', { sku: 'R1', quantity: 0.5, reason: 'damaged', disposition: 'restock' }, '/lines/0/quantity'],
    ['an unknown disposition', { sku: 'R1', quantity: 1, reason: 'damaged', disposition: 'resell' }, '/lines/0/disposition'],
    ['an empty reason', { sku: 'R1', quantity: 1, reason: '', disposition: 'restock' }, '/lines/0/reason'],
    ['no reason', { sku: 'R1', quantity: 1, disposition: 'restock' }, '/lines/0/reason'],
  ])('answers 400 for %s', async (_name, line, path) => {
    const sale = (await t.get('/api/v1/orders?status=completed&limit=1')).body.items[0];
    const response = await t.post('/api/v1/returns', { order: sale.id, location: 'S1', lines: [line] });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });

  it('answers 400 for empty lines', async () => {
    const sale = (await t.get('/api/v1/orders?status=completed&limit=1')).body.items[0];
    const response = await t.post('/api/v1/returns', { order: sale.id, location: 'S1', lines: [] });
    expect(response.status).toBe(400);
  });
});

describe('unknown references', () => {
  it('answers 422 unknown_reference for an unknown order, by id or by number', async () => {
    const byId = await takeBack('00000000-0000-4000-8000-0000000000aa', 'S1', [{ sku: 'R1', quantity: 1 }]);
    expect(byId.status).toBe(422);
    expect(byId.body.code).toBe('unknown_reference');
    const byNumber = await takeBack('SO-9999999', 'S1', [{ sku: 'R1', quantity: 1 }]);
    expect(byNumber.status).toBe(422);
    expect(byNumber.body.code).toBe('unknown_reference');
  });

  it('answers 422 unknown_reference for an unknown location or SKU', async () => {
    const sale = await tillSale([{ sku: 'R1', quantity: 1 }]);
    const location = await takeBack(sale.id, 'NOWHERE', [{ sku: 'R1', quantity: 1 }]);
    expect(location.status).toBe(422);
    expect(location.body.code).toBe('unknown_reference');
    const sku = await takeBack(sale.id, 'S1', [{ sku: 'NO-SUCH-SKU', quantity: 1 }]);
    expect(sku.status).toBe(422);
    expect(sku.body.code).toBe('unknown_reference');
  });
});

describe('roles, scope and idempotency', () => {
  it('refuses a store associate of S1 taking a return at S2 (403), changing nothing', async () => {
    const sale = await tillSale([{ sku: 'R1', quantity: 1 }]);
    const before = await onHand('R1', 'S2');
    const response = await takeBack(sale.id, 'S2', [{ sku: 'R1', quantity: 1 }], { token: associateS1 });
    expect(response.status).toBe(403);
    expect(await onHand('R1', 'S2')).toBe(before);
    // The same associate may take it at their own store.
    const own = await takeBack(sale.id, 'S1', [{ sku: 'R1', quantity: 1 }], { token: associateS1 });
    expect(own.status).toBe(201);
  });

  it('lets a service agent read returns but not take one (403)', async () => {
    const agent = await t.tokenFor('service_agent');
    const sale = await tillSale([{ sku: 'R1', quantity: 1 }]);
    expect((await takeBack(sale.id, 'S1', [{ sku: 'R1', quantity: 1 }], { token: agent })).status).toBe(403);
    const returned = await takeBackOk(sale.id, 'S1', [{ sku: 'R1', quantity: 1 }]);
    const read = await t.get(`/api/v1/returns/${returned.id}`, agent);
    expect(read.status).toBe(200);
    expect(read.body.refund.amount).toBe(returned.refund.amount);
  });

  it('hides a return from a store associate scoped elsewhere (404)', async () => {
    const sale = await tillSale([{ sku: 'R1', quantity: 1 }]);
    const returned = await takeBackOk(sale.id, 'S1', [{ sku: 'R1', quantity: 1 }]);
    expect((await t.get(`/api/v1/returns/${returned.id}`, associateS2)).status).toBe(404);
    expect((await t.get(`/api/v1/returns/${returned.id}`, associateS1)).status).toBe(200);
  });

  it('takes a return sent twice with the same Idempotency-Key once', async () => {
    const sale = await tillSale([{ sku: 'R3', quantity: 2 }]);
    const before = await onHand('R3', 'S1');
    const headers = { 'idempotency-key': 'return-r3-once' };
    const first = await takeBack(sale.id, 'S1', [{ sku: 'R3', quantity: 1 }], { headers });
    const second = await takeBack(sale.id, 'S1', [{ sku: 'R3', quantity: 1 }], { headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(await onHand('R3', 'S1')).toBe(before + 1);
    expect((await t.get(`/api/v1/returns?order=${sale.id}`)).body.items).toHaveLength(1);
  });
});

describe('listing returns', () => {
  async function allPages(query: string, token?: string) {
    const seen: Array<{ id: string; location: string }> = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response: { status: number; body: { items: Array<{ id: string; location: string }>; nextCursor: string | null } } = await t.get(
        `/api/v1/returns?${query}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        token,
      );
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...response.body.items);
      cursor = response.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 50);
    return seen;
  }

  it('pages with limit and cursor, without repeating or skipping a return', async () => {
    const all = (await t.get('/api/v1/returns?limit=500')).body.items as Array<{ id: string }>;
    expect(all.length).toBeGreaterThan(4);
    const paged = await allPages('location=S1');
    expect(paged.map((item) => item.id)).toEqual(all.filter((item: any) => item.location === 'S1').map((item) => item.id));
    expect((await allPages('')).map((item) => item.id)).toEqual(all.map((item) => item.id));
  });

  it('shows a scoped user every return of their locations and none of the others, page after page', async () => {
    const all = (await t.get('/api/v1/returns?limit=500')).body.items as Array<{ id: string; location: string }>;
    const atS2 = all.filter((item) => item.location === 'S2').map((item) => item.id);
    expect(atS2.length).toBeGreaterThanOrEqual(3);
    const paged = await allPages('', associateS2);
    expect(paged.map((item) => item.id)).toEqual(atS2);
  });
});

describe('invariants', () => {
  it('leaves a consistent stock ledger and consistent books', async () => {
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
  });
});
