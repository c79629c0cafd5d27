// Contract tests of reorder rules and the replenishment run through HTTP: the positions the SQL computes agree
// with the pure reorder maths on a random dataset; the run proposes below-min rules up to max (multiples, MOQ),
// groups proposals into one draft purchase order per vendor and warehouse and one draft transfer per source
// and store; manual rules wait for a buyer; running twice, or twice at once, duplicates nothing; templates give
// new locations their rules; the nightly job runs and queues the next night.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { evaluateReorderRules, expectedDemand, NIGHTLY_RUN_QUEUE, projectedPosition, reorderQuantity } from '../../src/modules/purchasing/index.ts';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { seededRandom } from '../support/random.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;

async function ok(path: string, body: unknown, status = 201, token?: string) {
  const response = await t.post(path, body, token ? { token } : {});
  expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBe(status);
  return response.body;
}

const adjust = (location: string, lines: Array<{ sku: string; delta: number }>) => ok('/api/v1/inventory/adjustments', { location, reason: 'setup', lines });
const rule = (body: Record<string, unknown>) => ok('/api/v1/reorder-rules', body, 200);

async function proposals(query: string) {
  const response = await t.get(`/api/v1/replenishment/proposals?limit=500&${query}`);
  expect(response.status).toBe(200);
  return response.body.items as any[];
}

beforeAll(async () => {
  t = await startTestApp();
  for (const location of [
    { code: 'W1', name: 'Central warehouse', kind: 'warehouse' },
    { code: 'W2', name: 'North warehouse', kind: 'warehouse' },
    { code: 'S1', name: 'High Street', kind: 'store' },
    { code: 'S2', name: 'Riverside', kind: 'store' },
  ]) {
    await ok('/api/v1/locations', location);
  }
  for (const sku of ['TEE', 'MUG', 'CAP', 'BAG', 'ODD']) {
    await ok('/api/v1/products', { sku, name: `Product ${sku}`, category: sku === 'MUG' ? 'home' : 'basics', cost: 300, price: 999, taxRate: 2000 });
  }
  await ok('/api/v1/vendors', { code: 'ACME', name: 'Acme Textiles', paymentTermsDays: 45, leadTimeDays: 10, contact: { name: 'Ann', email: 'ann@acme.example' } });
  await ok('/api/v1/vendors', { code: 'HOMECO', name: 'Home & Co', leadTimeDays: 5 });
  await ok('/api/v1/vendors/ACME/products', { sku: 'TEE', vendorSku: 'A-TEE', unitCost: 250, minOrderQuantity: 24, orderMultiple: 6, leadTimeDays: 7, preferred: true }, 200);
  await ok('/api/v1/vendors/ACME/products', { sku: 'CAP', unitCost: 120 }, 200);
  await ok('/api/v1/vendors/HOMECO/products', { sku: 'MUG', unitCost: 90, orderMultiple: 12, preferred: true }, 200);
  await ok('/api/v1/vendors/HOMECO/products', { sku: 'CAP', unitCost: 110, leadTimeDays: 3 }, 200);
});

afterAll(() => t.close());

describe('vendors and supplier info', () => {
  it('creates, reads, lists and updates vendors by code', async () => {
    const acme = await t.get('/api/v1/vendors/ACME');
    expect(acme.body).toMatchObject({ code: 'ACME', name: 'Acme Textiles', paymentTermsDays: 45, leadTimeDays: 10, contact: { name: 'Ann', email: 'ann@acme.example', phone: null }, active: true });
    expect((await t.get('/api/v1/vendors')).body.items.map((v: any) => v.code)).toEqual(['ACME', 'HOMECO']);
    const updated = await ok('/api/v1/vendors/HOMECO', { contact: { phone: '+44 20 0000' } }, 200);
    expect(updated.contact.phone).toBe('+44 20 0000');
    expect((await t.get('/api/v1/vendors/NOPE')).status).toBe(404);
    expect((await t.post('/api/v1/vendors', { code: 'ACME', name: 'again' })).body.code).toBe('already_exists');
    expect((await t.post('/api/v1/vendors', { code: '', name: 'x' })).status).toBe(400);
  });

  it('keeps one preferred vendor per product and resolves the vendor lead time when none is given', async () => {
    const list = await t.get('/api/v1/vendors/ACME/products');
    expect(list.body.items).toEqual([
      { vendor: 'ACME', sku: 'CAP', vendorSku: null, unitCost: 120, minOrderQuantity: 1, orderMultiple: 1, leadTimeDays: 10, preferred: false },
      { vendor: 'ACME', sku: 'TEE', vendorSku: 'A-TEE', unitCost: 250, minOrderQuantity: 24, orderMultiple: 6, leadTimeDays: 7, preferred: true },
    ]);
    await ok('/api/v1/vendors/HOMECO/products', { sku: 'CAP', unitCost: 110, leadTimeDays: 3, preferred: true }, 200);
    await ok('/api/v1/vendors/ACME/products', { sku: 'CAP', unitCost: 120, preferred: true }, 200);
    const caps = [...(await t.get('/api/v1/vendors/ACME/products?sku=CAP')).body.items, ...(await t.get('/api/v1/vendors/HOMECO/products?sku=CAP')).body.items];
    expect(caps.map((c: any) => [c.vendor, c.preferred])).toEqual([
      ['ACME', true],
      ['HOMECO', false],
    ]);
    expect((await t.post('/api/v1/vendors/ACME/products', { sku: 'NOPE', unitCost: 1 })).status).toBe(422);
    expect((await t.post('/api/v1/vendors/NOPE/products', { sku: 'TEE', unitCost: 1 })).status).toBe(404);
  });
});

describe('reorder rules', () => {
  it('upserts a rule per product and location and lists with filters', async () => {
    const first = await rule({ sku: 'TEE', location: 'W1', min: 20, max: 100 });
    expect(first).toMatchObject({ sku: 'TEE', location: 'W1', min: 20, max: 100, multiple: 1, trigger: 'auto', source: 'purchase', sourceLocation: null });
    const again = await rule({ sku: 'TEE', location: 'W1', min: 20, max: 120 });
    expect(again.id).toBe(first.id);
    expect(again.max).toBe(120);
    await rule({ sku: 'TEE', location: 'S1', min: 5, max: 15, sourceLocation: 'W1' });
    const list = await t.get('/api/v1/reorder-rules?sku=TEE');
    expect(list.body.items.map((r: any) => [r.location, r.source, r.sourceLocation])).toEqual([
      ['S1', 'transfer', 'W1'],
      ['W1', 'purchase', null],
    ]);
    expect((await t.get('/api/v1/reorder-rules?source=transfer')).body.items).toHaveLength(1);
  });

  it('refuses min above max, a store as a transfer source, a rule on itself and unknown references', async () => {
    expect((await t.post('/api/v1/reorder-rules', { sku: 'TEE', location: 'W1', min: 10, max: 5 })).body.code).toBe('validation_failed');
    expect((await t.post('/api/v1/reorder-rules', { sku: 'TEE', location: 'S2', min: 1, max: 5, sourceLocation: 'S1' })).body.code).toBe('invalid_source');
    expect((await t.post('/api/v1/reorder-rules', { sku: 'TEE', location: 'W1', min: 1, max: 5, sourceLocation: 'W1' })).status).toBe(400);
    expect((await t.post('/api/v1/reorder-rules', { sku: 'TEE', location: 'S2', min: 1, max: 5, source: 'transfer' })).status).toBe(400);
    expect((await t.post('/api/v1/reorder-rules', { sku: 'NOPE', location: 'W1', min: 1, max: 5 })).status).toBe(422);
    expect((await t.post('/api/v1/reorder-rules', { sku: 'TEE', location: 'NOWHERE', min: 1, max: 5 })).status).toBe(422);
  });

  it('gives a new store the rules of the store template', async () => {
    await ok('/api/v1/reorder-rule-templates', { locationKind: 'store', sku: 'MUG', min: 2, max: 8, sourceLocation: 'W1' }, 200);
    await ok('/api/v1/locations', { code: 'S9', name: 'New store', kind: 'store' });
    const rules = await t.get('/api/v1/reorder-rules?location=S9');
    expect(rules.body.items).toEqual([expect.objectContaining({ sku: 'MUG', min: 2, max: 8, source: 'transfer', sourceLocation: 'W1', trigger: 'auto' })]);
    expect((await t.get('/api/v1/reorder-rule-templates')).body.items).toEqual([expect.objectContaining({ locationKind: 'store', sku: 'MUG' })]);
  });
});

describe('the run', () => {
  let run: any;

  beforeAll(async () => {
    // W1: TEE 30 on hand, rule 20..120 from ACME (MOQ 24, packs of 6); sales at S1 drive demand there.
    await adjust('W1', [
      { sku: 'TEE', delta: 30 },
      { sku: 'MUG', delta: 3 },
    ]);
    await adjust('S1', [{ sku: 'TEE', delta: 10 }]);
    await ok('/api/v1/orders', { channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'TEE', quantity: 8 }] });
    await rule({ sku: 'MUG', location: 'W1', min: 10, max: 40 }); // HOMECO, packs of 12
    await rule({ sku: 'CAP', location: 'W2', min: 5, max: 9, multiple: 4 }); // ACME preferred now
    await rule({ sku: 'BAG', location: 'W1', min: 1, max: 3 }); // no vendor: stays open
    await rule({ sku: 'ODD', location: 'W1', min: 1, max: 1, trigger: 'manual' }); // no vendor and manual
    await rule({ sku: 'TEE', location: 'S2', min: 4, max: 6, sourceLocation: 'W1', trigger: 'manual' });
    await rule({ sku: 'MUG', location: 'S9', min: 2, max: 8, sourceLocation: 'W1' });
    // Another open purchase order for MUG at W1 counts as incoming.
    await ok('/api/v1/purchase-orders', { vendor: 'HOMECO', location: 'W1', lines: [{ sku: 'MUG', quantity: 5 }] });
    const response = await t.post('/api/v1/replenishment/runs', {});
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    run = response.body;
  });

  it('answers 201 with its counts', () => {
    expect(run).toMatchObject({
      id: expect.any(String),
      rulesEvaluated: 8,
      proposalsCreated: 8,
      purchaseOrdersDrafted: 3, // ACME→W1 (TEE), HOMECO→W1 (MUG), ACME→W2 (CAP)
      transfersDrafted: 2, // W1→S1 (TEE), W1→S9 (MUG)
      purchaseOrdersAutoApproved: 0,
    });
    expect(run.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('proposes up to max with the position it computed, rounded to multiples and the MOQ', async () => {
    const all = await proposals(`run=${run.id}`);
    const bySkuLocation = Object.fromEntries(all.map((p) => [`${p.sku}@${p.location}`, p]));
    // S1 TEE: 2 on hand, sold 8 in the window, lead 2 days → demand ceil(8 × 2 / 56) = 1; projected 1 < 5 → 15 − 1 = 14.
    expect(bySkuLocation['TEE@S1']).toMatchObject({ source: 'transfer', sourceLocation: 'W1', quantity: 14, status: 'drafted', position: { onHand: 2, demand: 1, projected: 1 } });
    expect(bySkuLocation['TEE@S1'].transferDraft).toMatch(/^TD-/);
    // W1 TEE: 30 on hand − 14 requested by S1 = 16 < 20 → 120 − 16 = 104 → packs of 6 → 108.
    expect(bySkuLocation['TEE@W1']).toMatchObject({ vendor: 'ACME', quantity: 108, position: { onHand: 30, outgoing: 14, projected: 16 }, unitCost: 250, leadTimeDays: 7 });
    // W1 MUG: 3 on hand + 5 incoming − 6 requested by S9 (8 − 0 − 2... S9 asks 8) → see the position.
    const mug = bySkuLocation['MUG@W1'];
    expect(mug.position).toMatchObject({ onHand: 3, incoming: 5, outgoing: 8 });
    expect(mug.quantity).toBe(reorderQuantity(mug.position.projected, { min: 10, max: 40, multiple: 1 }, { minOrderQuantity: 1, orderMultiple: 12 }));
    expect(mug.quantity % 12).toBe(0);
    expect(bySkuLocation['CAP@W2']).toMatchObject({ vendor: 'ACME', quantity: 12, status: 'ordered' }); // 9 → multiple of 4
    expect(bySkuLocation['BAG@W1']).toMatchObject({ vendor: null, quantity: 3, status: 'open' });
    expect(bySkuLocation['ODD@W1']).toMatchObject({ trigger: 'manual', status: 'open' });
    expect(bySkuLocation['TEE@S2']).toMatchObject({ trigger: 'manual', status: 'open', quantity: 6 });
  });

  it('drafts one purchase order per vendor and warehouse and submits it for approval', async () => {
    const orders = (await t.get('/api/v1/purchase-orders?limit=50')).body.items.filter((o: any) => o.origin === 'replenishment');
    expect(orders.map((o: any) => `${o.vendor}@${o.location}`).sort()).toEqual(['ACME@W1', 'ACME@W2', 'HOMECO@W1']);
    const acme = orders.find((o: any) => o.vendor === 'ACME' && o.location === 'W1');
    expect(acme).toMatchObject({ status: 'to_approve', total: 108 * 250, lines: [expect.objectContaining({ sku: 'TEE', quantity: 108, unitCost: 250, leadTimeDays: 7 })] });
    expect(acme.approvals).toEqual([expect.objectContaining({ step: 1, approver: { role: 'buyer', user: null }, status: 'pending' })]);
  });

  it('drafts one transfer per source and store, reserving nothing until the warehouse approves it', async () => {
    const drafts = (await t.get('/api/v1/replenishment/transfer-drafts?from=W1&status=draft')).body.items;
    expect(drafts.map((d: any) => d.to).sort()).toEqual(['S1', 'S9']);
    expect(drafts.find((d: any) => d.to === 'S1')).toMatchObject({ status: 'draft', lines: [{ sku: 'TEE', quantity: 14 }], transfer: null });
    expect((await t.get('/api/v1/inventory/levels?sku=TEE&location=W1')).body.items[0].reserved).toBe(0);
    expect((await t.get('/api/v1/transfers?from=W1')).body.items).toEqual([]);
  });

  it('is idempotent: a second run proposes and drafts nothing new', async () => {
    const again = await ok('/api/v1/replenishment/runs', {});
    expect(again).toMatchObject({ rulesEvaluated: 8, proposalsCreated: 0, purchaseOrdersDrafted: 0, transfersDrafted: 0 });
    expect(await proposals('status=open')).toHaveLength(3);
    expect((await t.get('/api/v1/replenishment/runs')).body.items).toHaveLength(2);
  });

  it('lets a buyer change an open proposal’s quantity and order open manual proposals, grouped the same way, and refuses ones without a vendor', async () => {
    const open = await proposals('status=open');
    const manualTransfer = open.find((p) => p.sku === 'TEE' && p.location === 'S2');
    const noVendor = open.find((p) => p.sku === 'BAG');
    const refused = await t.post('/api/v1/replenishment/proposals/order', { proposals: [noVendor.id] });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('no_vendor');
    const more = manualTransfer.quantity + 5;
    const changed = await ok(`/api/v1/replenishment/proposals/${manualTransfer.id}`, { quantity: more }, 200);
    expect(changed).toMatchObject({ id: manualTransfer.id, sku: 'TEE', location: 'S2', quantity: more, status: 'open' });
    expect((await t.post(`/api/v1/replenishment/proposals/${manualTransfer.id}`, { quantity: 0 })).status).toBe(400);
    expect((await t.post('/api/v1/replenishment/proposals/00000000-0000-4000-8000-000000000999', { quantity: 1 })).status).toBe(404);
    const ordered = await ok('/api/v1/replenishment/proposals/order', { proposals: [manualTransfer.id] });
    expect(ordered.purchaseOrders).toEqual([]);
    expect(ordered.transferDrafts).toHaveLength(1);
    const draft = await t.get(`/api/v1/replenishment/transfer-drafts/${ordered.transferDrafts[0]}`);
    expect(draft.body.lines).toEqual([{ sku: 'TEE', quantity: more }]);
    const decided = await t.post(`/api/v1/replenishment/proposals/${manualTransfer.id}`, { quantity: 1 });
    expect([decided.status, decided.body.code]).toEqual([409, 'invalid_state']);
    const audit = await t.get(`/api/v1/audit?action=replenishment.proposal_changed&entityId=${manualTransfer.id}`);
    expect(audit.body.items[0]).toMatchObject({ before: { quantity: manualTransfer.quantity }, after: { quantity: more } });
    expect((await t.post('/api/v1/replenishment/proposals/order', { proposals: [manualTransfer.id] })).body.code).toBe('invalid_state');
    expect((await t.post('/api/v1/replenishment/proposals/order', { proposals: ['00000000-0000-4000-8000-000000000999'] })).status).toBe(422);
    await ok('/api/v1/replenishment/proposals/dismiss', { proposals: [noVendor.id], reason: 'discontinued' }, 200);
    expect((await proposals('status=open')).map((p) => p.sku)).toEqual(['ODD']);
  });

  it('refuses a run to users limited to some locations, and to roles without purchasing.write', async () => {
    const scopedBuyer = await t.tokenFor('buyer', ['W1']);
    expect((await t.post('/api/v1/replenishment/runs', {}, { token: scopedBuyer })).status).toBe(403);
    const analyst = await t.tokenFor('analyst');
    expect((await t.post('/api/v1/replenishment/runs', {}, { token: analyst })).status).toBe(403);
    expect((await t.get('/api/v1/replenishment/proposals', analyst)).status).toBe(200);
  });

  it('drafts a purchase order from a manual rule’s proposal when a buyer orders it', async () => {
    await ok('/api/v1/products', { sku: 'MAN', name: 'Manual item', cost: 60, price: 200 });
    await ok('/api/v1/vendors/HOMECO/products', { sku: 'MAN', unitCost: 50 }, 200);
    await rule({ sku: 'MAN', location: 'W2', min: 5, max: 10, trigger: 'manual' });
    await ok('/api/v1/replenishment/runs', {});
    const [proposal] = await proposals('sku=MAN&status=open');
    expect(proposal).toMatchObject({ vendor: 'HOMECO', quantity: 10, trigger: 'manual' });
    const ordered = await ok('/api/v1/replenishment/proposals/order', { proposals: [proposal.id] });
    expect(ordered.transferDrafts).toEqual([]);
    const order = (await t.get(`/api/v1/purchase-orders/${ordered.purchaseOrders[0]}`)).body;
    expect(order).toMatchObject({ vendor: 'HOMECO', location: 'W2', status: 'draft', origin: 'replenishment', total: 500, lines: [expect.objectContaining({ sku: 'MAN', quantity: 10, unitCost: 50 })] });
    expect((await proposals('sku=MAN'))[0]).toMatchObject({ status: 'ordered', purchaseOrder: order.number });
  });

  it('keeps the stock ledger and the books consistent', async () => {
    expect(await checkLedger(t.app.database.kysely)).toEqual([]);
    expect(await checkBooks(t.app.database.kysely)).toEqual([]);
  });
});

describe('draft transfers', () => {
  it('become a reserved inventory transfer when the warehouse approves them', async () => {
    const operator = await t.tokenFor('warehouse_operator', ['W1']);
    const draft = (await t.get('/api/v1/replenishment/transfer-drafts?to=S1&status=draft', operator)).body.items[0];
    const approved = await ok(`/api/v1/replenishment/transfer-drafts/${draft.number}/approve`, undefined, 200, operator);
    expect(approved).toMatchObject({ status: 'approved', transfer: expect.stringMatching(/^TRF-/), decidedBy: expect.any(String) });
    const transfer = (await t.get(`/api/v1/transfers/${approved.transfer}`)).body;
    expect(transfer).toMatchObject({ from: 'W1', to: 'S1', status: 'reserved', lines: [{ sku: 'TEE', quantity: 14, received: null }] });
    expect((await t.get('/api/v1/inventory/levels?sku=TEE&location=W1')).body.items[0].reserved).toBe(14);
    expect((await proposals('sku=TEE&location=S1'))[0].status).toBe('ordered');
    expect((await t.post(`/api/v1/replenishment/transfer-drafts/${draft.id}/approve`, {}, { token: operator })).body.code).toBe('invalid_state');
    // The transfer now counts as incoming at S1 and reserved at W1: nothing new to propose for them.
    const before = (await proposals('sku=TEE')).length;
    await ok('/api/v1/replenishment/runs', {});
    expect(await proposals('sku=TEE')).toHaveLength(before);
  });

  it('refuse quantities beyond the warehouse’s stock (409, nothing changes), accept changed quantities, and can be dismissed', async () => {
    const operator = await t.tokenFor('warehouse_operator', ['W1']);
    const draft = (await t.get('/api/v1/replenishment/transfer-drafts?to=S9&status=draft')).body.items[0];
    expect(draft.lines).toEqual([{ sku: 'MUG', quantity: 8 }]);
    const short = await t.post(`/api/v1/replenishment/transfer-drafts/${draft.id}/approve`, {}, { token: operator });
    expect(short.status).toBe(409);
    expect(short.body.code).toBe('insufficient_stock');
    expect((await t.get(`/api/v1/replenishment/transfer-drafts/${draft.id}`)).body.status).toBe('draft');
    expect((await t.post(`/api/v1/replenishment/transfer-drafts/${draft.id}/approve`, { lines: [{ sku: 'TEE', quantity: 1 }] }, { token: operator })).status).toBe(422);
    const stranger = await t.tokenFor('store_manager', ['S2']);
    expect((await t.post(`/api/v1/replenishment/transfer-drafts/${draft.id}/approve`, {}, { token: stranger })).status).toBe(404);
    const partial = await ok(`/api/v1/replenishment/transfer-drafts/${draft.id}/approve`, { lines: [{ sku: 'MUG', quantity: 3 }], note: 'all we have' }, 200, operator);
    expect((await t.get(`/api/v1/transfers/${partial.transfer}`)).body.lines).toEqual([{ sku: 'MUG', quantity: 3, received: null }]);
    const lane = (await t.get('/api/v1/replenishment/transfer-drafts?to=S2&status=draft')).body.items[0];
    expect((await t.post(`/api/v1/replenishment/transfer-drafts/${lane.id}/dismiss`, {}, { token: operator })).status).toBe(400);
    expect((await ok(`/api/v1/replenishment/transfer-drafts/${lane.id}/dismiss`, { note: 'S2 is closing' }, 200, operator)).status).toBe('dismissed');
    expect((await proposals('sku=TEE&location=S2'))[0].status).toBe('dismissed');
  });
});

describe('concurrent runs', () => {
  it('never duplicate a proposal or a document', async () => {
    for (const sku of ['C1', 'C2', 'C3']) {
      await ok('/api/v1/products', { sku, name: sku, cost: 100, price: 300 });
      await ok('/api/v1/vendors/HOMECO/products', { sku, unitCost: 80, preferred: true }, 200);
      await rule({ sku, location: 'W2', min: 10, max: 20 });
      await rule({ sku, location: 'S2', min: 1, max: 2, sourceLocation: 'W2' });
    }
    const runs = await Promise.all(Array.from({ length: 4 }, () => t.post('/api/v1/replenishment/runs', {})));
    expect(runs.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    // 6 for C1–C3 at W2 and S2, and BAG@W1 again: it was dismissed, and is still below min.
    expect(runs.reduce((sum, r) => sum + r.body.proposalsCreated, 0)).toBe(7);
    expect(runs.reduce((sum, r) => sum + r.body.purchaseOrdersDrafted, 0)).toBe(1);
    expect(runs.reduce((sum, r) => sum + r.body.transfersDrafted, 0)).toBe(1);
    for (const sku of ['C1', 'C2', 'C3']) expect(await proposals(`sku=${sku}`)).toHaveLength(2);
  });

  it('replays a run with the same Idempotency-Key instead of running again', async () => {
    const headers = { 'idempotency-key': 'nightly-2026-11-27' };
    const first = await t.post('/api/v1/replenishment/runs', {}, { headers });
    const second = await t.post('/api/v1/replenishment/runs', {}, { headers });
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
  });
});

describe('the SQL positions agree with the pure reorder maths', () => {
  it('on a random dataset of rules, stock, sales and open orders', async () => {
    const random = seededRandom(20261127);
    const skus = Array.from({ length: 8 }, (_, i) => `R${i}`);
    for (const sku of skus) {
      await ok('/api/v1/products', { sku, name: sku, cost: 100, price: 500 });
      await ok('/api/v1/vendors/ACME/products', { sku, unitCost: 50 + random.int(0, 50), minOrderQuantity: random.int(1, 30), orderMultiple: random.int(1, 6), leadTimeDays: random.int(0, 20), preferred: true }, 200);
      await adjust('W2', [{ sku, delta: random.int(1, 60) }]);
      await adjust('S1', [{ sku, delta: random.int(5, 30) }]);
      await ok('/api/v1/orders', { channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku, quantity: random.int(1, 5) }] });
      const min = random.int(0, 40);
      await rule({ sku, location: 'W2', min, max: min + random.int(0, 60), multiple: random.int(1, 5) });
      const storeMin = random.int(0, 20);
      await rule({ sku, location: 'S1', min: storeMin, max: storeMin + random.int(0, 10), sourceLocation: 'W2', leadTimeDays: random.int(0, 9) });
      if (random.int(0, 1) === 1) await ok('/api/v1/purchase-orders', { vendor: 'ACME', location: 'W2', lines: [{ sku, quantity: random.int(1, 20) }] });
    }
    const parameters = { now: new Date(), demandWindowDays: 56, transferLeadTimeDays: 2 };
    let compared = 0;
    for (const source of ['transfer', 'purchase'] as const) {
      const rows = await evaluateReorderRules(t.app.database.kysely, { ...parameters, source });
      for (const row of rows) {
        const demand = expectedDemand(row.sold, 56, row.lead_time_days);
        expect(row.demand, JSON.stringify(row)).toBe(demand);
        const projected = projectedPosition({ onHand: row.on_hand, reserved: row.reserved, incoming: row.incoming, outgoing: row.outgoing, demand });
        expect(row.projected).toBe(projected);
        const supplier = row.vendor_id ? { minOrderQuantity: row.moq, orderMultiple: row.vendor_multiple } : undefined;
        expect(row.quantity, JSON.stringify(row)).toBe(reorderQuantity(projected, { min: row.min_quantity, max: row.max_quantity, multiple: row.order_multiple }, supplier));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(16);
  });
});

describe('the nightly job', () => {
  it('is queued at start-up, runs as the system, and queues the next night', async () => {
    const db = t.app.database.kysely;
    const queued = async () =>
      (await db.selectFrom('job').select(['id', 'run_at']).where('queue', '=', NIGHTLY_RUN_QUEUE).where('status', '=', 'queued').execute()) as Array<{ id: number; run_at: Date }>;
    const before = await queued();
    expect(before).toHaveLength(1);
    expect(new Date(before[0]?.run_at as Date).getUTCHours()).toBe(2);
    // Make it due now and let the worker run it.
    await db.updateTable('job').set({ run_at: new Date(Date.now() - 1000) }).where('id', '=', before[0]?.id as number).execute();
    const runsBefore = (await t.get('/api/v1/replenishment/runs?limit=500')).body.items.length;
    expect(await t.app.worker.drain()).toBe(1);
    const after = await queued();
    expect(after).toHaveLength(1);
    expect(new Date(after[0]?.run_at as Date).getTime()).toBeGreaterThan(Date.now());
    const runs = (await t.get('/api/v1/replenishment/runs?limit=500')).body.items;
    expect(runs).toHaveLength(runsBefore + 1);
    const audit = await db.selectFrom('audit_log').select(['actor_id']).where('entity_id', '=', runs[0].id).execute();
    expect(audit).toEqual([{ actor_id: SYSTEM_ACTOR.userId }]);
  });
});
