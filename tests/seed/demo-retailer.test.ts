// The demo retailer, at a smaller scale (200 SKUs, two weeks): the catalogue in its families, stock at every
// warehouse and store, orders of every channel and fulfilment, returns (some at another location than the
// sale), transfers and counts — all through the commands, so the ledger and the books check out — and the
// same seed gives the same demo.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRate } from '../../src/kernel/money.ts';
import { getBalanceSheet, getProfitAndLoss } from '../../src/modules/accounting/queries/financial-statements.ts';
import { isValidGtin } from '../../src/modules/catalog/index.ts';
import type { Queryable } from '../../src/platform/db/database.ts';
import { UnitOfWork } from '../../src/platform/db/unit-of-work.ts';
import { EventBus } from '../../src/platform/events/event-bus.ts';
import { systemClock } from '../../src/kernel/clock.ts';
import { familyCounts, generateCatalogue } from '../../src/seed/demo-catalogue.ts';
import { type DemoOptions, type DemoSummary, seedDemoRetailer } from '../../src/seed/demo-retailer.ts';
import { seededRandom } from '../../src/seed/random.ts';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const END = '2026-11-27';
const SMALL: DemoOptions = { seed: 4242, skus: 200, weeks: 2, volume: 0.5, end: END, verify: true };
const SEEDING = 300_000;

describe('the demo retailer (200 SKUs, two weeks)', () => {
  let first: TestApp;
  let second: TestApp;
  let summary: DemoSummary;
  let again: DemoSummary;
  let db: Queryable;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp();
    db = first.app.database.kysely;
    const started = Date.now();
    summary = await seedDemoRetailer(first.app, SMALL);
    console.log(`seedDemoRetailer(${JSON.stringify({ skus: SMALL.skus, weeks: SMALL.weeks, volume: SMALL.volume })}) on ${first.app.database.engine}: ${Date.now() - started} ms`, JSON.stringify(summary.contents));
    again = await seedDemoRetailer(second.app, SMALL);
  }, SEEDING);
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('reports what it loaded, and a second run on the same database does nothing', async () => {
    expect(summary.loaded).toBe(true);
    expect(summary.contents?.skus).toBe(200);
    expect(summary.logins.map((login) => login.role)).toContain('admin');
    const rerun = await seedDemoRetailer(first.app, SMALL);
    expect(rerun.loaded).toBe(false);
    expect(rerun.contents).toBeUndefined();
  });

  it('has the catalogue in its four families, with valid unique GTIN-13 barcodes, prices above cost and Dutch VAT', async () => {
    const families = await sql<{ family: string; n: number }>`SELECT family, count(*)::int AS n FROM product GROUP BY family ORDER BY family`.execute(db);
    expect(Object.fromEntries(families.rows.map((row) => [row.family, row.n]))).toEqual(familyCounts(200));
    const products = await sql<{ sku: string; name: string; barcode: string; family: string; style: string; attributes: Record<string, string>; cost: number; price: number; tax_rate: number }>`
      SELECT sku, name, barcode, family, style, attributes, cost, price, tax_rate FROM product`.execute(db);
    expect(new Set(products.rows.map((product) => product.barcode)).size).toBe(200);
    for (const product of products.rows) {
      expect(product.barcode, product.sku).toHaveLength(13);
      expect(isValidGtin(product.barcode), product.sku).toBe(true);
      expect(Number(product.price), product.sku).toBeGreaterThan(Number(product.cost));
      expect(Number(product.cost), product.sku).toBeGreaterThan(0);
      expect([2100, 900], product.sku).toContain(Number(product.tax_rate));
      // Tax-exclusive prices that come to a shelf price ending in .99 or .95 once VAT is added.
      const shelf = Number(product.price) + applyRate(Number(product.price), Number(product.tax_rate));
      expect([95, 99, 49], `${product.sku} at ${shelf}`).toContain(shelf % 100);
    }
    // Fashion comes in styles of size × colour variants, named "Style — Colour / Size".
    const fashion = products.rows.filter((product) => product.family === 'basics' || product.family === 'seasonal');
    const sized = fashion.filter((product) => product.attributes.size && product.attributes.colour);
    expect(sized.length).toBeGreaterThan(fashion.length * 0.8);
    for (const product of sized) expect(product.name).toContain(` — ${product.attributes.colour} / ${product.attributes.size}`);
    const styles = new Map<string, number>();
    for (const product of fashion) styles.set(product.style, (styles.get(product.style) ?? 0) + 1);
    expect(Math.max(...styles.values())).toBeGreaterThan(5);
  });

  it('has stock at both warehouses and every store', async () => {
    const levels = await sql<{ code: string; kind: string; skus: number; units: number }>`SELECT l.code, l.kind, count(*)::int AS skus, sum(s.on_hand)::int AS units
      FROM stock_level s JOIN location l ON l.id = s.location_id WHERE l.kind IN ('warehouse', 'store') AND s.on_hand > 0
      GROUP BY l.code, l.kind ORDER BY l.code`.execute(db);
    expect(levels.rows.filter((row) => row.kind === 'warehouse')).toHaveLength(2);
    expect(levels.rows.filter((row) => row.kind === 'store')).toHaveLength(20);
    for (const row of levels.rows) expect(row.units, row.code).toBeGreaterThan(0);
  });

  it('has orders of every channel and fulfilment, within the two weeks before the end date', async () => {
    const orders = await sql<{ channel: string; fulfillment: string; status: string; n: number }>`SELECT channel, fulfillment, status, count(*)::int AS n
      FROM sales_order GROUP BY channel, fulfillment, status`.execute(db);
    const count = (where: (row: { channel: string; fulfillment: string; status: string }) => boolean) =>
      orders.rows.filter(where).reduce((sum, row) => sum + row.n, 0);
    expect(count((row) => row.channel === 'store' && row.fulfillment === 'carry_out' && row.status === 'completed')).toBeGreaterThan(100);
    expect(count((row) => row.channel === 'web' && row.fulfillment === 'ship' && row.status === 'completed')).toBeGreaterThan(20);
    expect(count((row) => row.channel === 'marketplace' && row.fulfillment === 'ship' && row.status === 'completed')).toBeGreaterThan(5);
    expect(count((row) => row.channel === 'web' && row.fulfillment === 'pickup' && row.status === 'completed')).toBeGreaterThan(5);
    expect(count((row) => row.status === 'cancelled')).toBeGreaterThan(0);
    // Orders placed on the last day are still waiting to be shipped or collected.
    expect(count((row) => row.status === 'reserved' || row.status === 'backordered')).toBeGreaterThan(0);

    const span = await sql<{ first: Date; last: Date }>`SELECT min(placed_at) AS first, max(coalesce(completed_at, cancelled_at, placed_at)) AS last FROM sales_order`.execute(db);
    const end = Date.parse(`${END}T00:00:00Z`);
    expect(new Date(span.rows[0]?.first as Date).getTime()).toBeGreaterThanOrEqual(end - 14 * 86_400_000);
    expect(new Date(span.rows[0]?.last as Date).getTime()).toBeLessThan(end);

    // Shipped orders leave a day or two after they were placed; click-and-collect is picked up later too.
    const lead = await sql<{ fulfillment: string; hours: number }>`SELECT fulfillment, avg(extract(epoch FROM completed_at - placed_at) / 3600)::float8 AS hours
      FROM sales_order WHERE status = 'completed' AND fulfillment <> 'carry_out' GROUP BY fulfillment`.execute(db);
    for (const row of lead.rows) expect(row.hours, row.fulfillment).toBeGreaterThan(6);

    // Weekends are busier in the stores than midweek.
    const weekdays = await sql<{ dow: number; n: number }>`SELECT extract(isodow FROM placed_at)::int AS dow, count(*)::int AS n FROM sales_order
      WHERE fulfillment = 'carry_out' GROUP BY 1`.execute(db);
    const perDay = new Map(weekdays.rows.map((row) => [row.dow, row.n]));
    expect(perDay.get(6) ?? 0).toBeGreaterThan(perDay.get(2) ?? 0);
  });

  it('has returns, some taken at another location than the one the goods left from', async () => {
    const returns = await sql<{ n: number; elsewhere: number; at_store_for_web: number }>`SELECT count(*)::int AS n,
        count(*) FILTER (WHERE r.location_id IS DISTINCT FROM coalesce(o.pickup_location_id, o.location_id))::int AS elsewhere,
        count(*) FILTER (WHERE o.channel = 'web' AND o.fulfillment = 'ship' AND l.kind = 'store')::int AS at_store_for_web
      FROM return_document r JOIN sales_order o ON o.id = r.order_id JOIN location l ON l.id = r.location_id`.execute(db);
    const row = returns.rows[0] as { n: number; elsewhere: number; at_store_for_web: number };
    expect(row.n).toBeGreaterThan(0);
    expect(row.elsewhere).toBeGreaterThan(0);
    expect(summary.contents?.history.returns).toBe(row.n);
  });

  it('has warehouse-to-store transfers, cycle counts and damage write-offs', async () => {
    const transfers = await sql<{ from_kind: string; to_kind: string; status: string; n: number }>`SELECT f.kind AS from_kind, d.kind AS to_kind, t.status, count(*)::int AS n
      FROM transfer t JOIN location f ON f.id = t.from_location_id JOIN location d ON d.id = t.to_location_id GROUP BY 1, 2, 3`.execute(db);
    expect(transfers.rows.some((row) => row.from_kind === 'warehouse' && row.to_kind === 'store' && row.status === 'received')).toBe(true);
    const counts = await sql<{ n: number; variances: number }>`SELECT count(DISTINCT count_id)::int AS n, count(*) FILTER (WHERE counted <> on_hand_at_count)::int AS variances
      FROM inventory_count_line`.execute(db);
    expect(counts.rows[0]?.n).toBeGreaterThan(0);
    expect(counts.rows[0]?.variances).toBeGreaterThan(0);
    const adjustments = await sql<{ reason: string; n: number }>`SELECT reason, count(*)::int AS n FROM inventory_adjustment GROUP BY reason`.execute(db);
    expect(Object.fromEntries(adjustments.rows.map((row) => [row.reason, row.n]))).toMatchObject({ opening: 22 });
  });

  it('books the opening stock as opening balance equity, not as income', async () => {
    const opening = await sql<{ value: number }>`SELECT coalesce(sum(l.value), 0)::int8 AS value FROM inventory_adjustment_line l
      JOIN inventory_adjustment a ON a.id = l.adjustment_id WHERE a.reason = 'opening'`.execute(db);
    const openingValue = Number(opening.rows[0]?.value);
    expect(openingValue).toBeGreaterThan(0);
    const profitAndLoss = await getProfitAndLoss(db, { from: undefined, until: undefined });
    const gain = profitAndLoss.income.find((line) => line.role === 'inventory_gain')?.amount ?? 0;
    // What counts found is the only inventory gain: far less than the opening stock, which used to be booked here.
    const counted = await sql<{ value: number }>`SELECT coalesce(sum(l.value), 0)::int8 AS value FROM inventory_count_line l WHERE l.counted > l.on_hand_at_count`.execute(db);
    const found = await sql<{ value: number }>`SELECT coalesce(sum(l.value), 0)::int8 AS value FROM inventory_adjustment_line l
      JOIN inventory_adjustment a ON a.id = l.adjustment_id WHERE a.reason <> 'opening' AND l.delta > 0`.execute(db);
    expect(gain).toBe(Number(counted.rows[0]?.value) + Number(found.rows[0]?.value));
    expect(gain).toBeLessThan(openingValue / 100);
    const balanceSheet = await getBalanceSheet(db, { from: undefined, until: undefined });
    expect(balanceSheet.equity.find((line) => line.code === '3200')).toMatchObject({ role: 'opening_balance', closing: openingValue });
  });

  it('leaves the stock ledger and the books exact', async () => {
    expect(await checkLedger(db)).toEqual([]);
    expect(await checkBooks(db)).toEqual([]);
    const entries = await sql<{ n: number }>`SELECT count(*)::int AS n FROM journal_entry WHERE source_type = 'order'`.execute(db);
    expect(entries.rows[0]?.n).toBeGreaterThan(100);
  });

  it('numbers its documents through the counters: each type 1..N without gaps, and the counter at N', async () => {
    const numbered = await sql<{ type: string; last_value: number; count: number; highest: number }>`
      SELECT c.type, c.last_value, d.count, d.highest FROM document_counter c JOIN (
        SELECT 'SO' AS type, count(*)::int AS count, max(substring(number from '[0-9]+$')::int) AS highest FROM sales_order
        UNION ALL SELECT 'RET', count(*)::int, max(substring(number from '[0-9]+$')::int) FROM return_document
        UNION ALL SELECT 'TRF', count(*)::int, max(substring(number from '[0-9]+$')::int) FROM transfer
        UNION ALL SELECT 'ADJ', count(*)::int, max(substring(number from '[0-9]+$')::int) FROM inventory_adjustment
        UNION ALL SELECT 'CNT', count(*)::int, max(substring(number from '[0-9]+$')::int) FROM inventory_count
        UNION ALL SELECT 'JE', count(*)::int, max(number)::int FROM journal_entry) d ON d.type = c.type
      ORDER BY c.type`.execute(db);
    expect(numbered.rows).toHaveLength(6);
    for (const row of numbered.rows) {
      expect(row.count, row.type).toBeGreaterThan(0);
      expect([Number(row.last_value), row.highest], row.type).toEqual([row.count, row.count]);
    }
  });

  it('gives the same demo for the same seed and end date', async () => {
    expect(again.contents?.history).toEqual(summary.contents?.history);
    expect(await digest(second.app.database.kysely)).toBe(await digest(db));
  });

  it('gives another catalogue for another seed', () => {
    const sku = (seed: number) => generateCatalogue(seededRandom(seed), 200).map((product) => `${product.input.sku} ${product.input.name}`).join('\n');
    expect(sku(1)).toBe(sku(1));
    expect(sku(1)).not.toBe(sku(2));
  });
});

describe('the demo retailer seeded through a bare unit of work (emporium seed --demo)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('still posts the journal entries, through the composition root’s subscribers', async () => {
    const uow = new UnitOfWork(t.app.database, new EventBus(), systemClock);
    const summary = await seedDemoRetailer(uow, { seed: 7, skus: 40, weeks: 1, volume: 0.3, end: END, verify: true });
    expect(summary.loaded).toBe(true);
    const db = t.app.database.kysely;
    const sales = await sql<{ n: number }>`SELECT count(*)::int AS n FROM journal_entry WHERE kind = 'sale'`.execute(db);
    expect(sales.rows[0]?.n).toBeGreaterThan(0);
    expect(await checkLedger(db)).toEqual([]);
    expect(await checkBooks(db)).toEqual([]);
  }, SEEDING);
});

/** A digest of what the demo contains, without the random ids: documents by number, stock by SKU and location. */
async function digest(db: Queryable): Promise<string> {
  const queries = [
    sql`SELECT sku, name, barcode, category, family, style, attributes::text, cost, price, tax_rate FROM product ORDER BY sku`,
    sql`SELECT o.number, o.channel, o.fulfillment, o.status, o.placed_at, o.completed_at, o.cancelled_at, o.total, l.code AS location, p.code AS pickup
      FROM sales_order o LEFT JOIN location l ON l.id = o.location_id LEFT JOIN location p ON p.id = o.pickup_location_id ORDER BY o.number`,
    sql`SELECT o.number, ol.line_no, pr.sku, ol.quantity, ol.unit_price, ol.tax, ol.cost FROM order_line ol JOIN sales_order o ON o.id = ol.order_id
      JOIN product pr ON pr.id = ol.product_id ORDER BY o.number, ol.line_no`,
    sql`SELECT o.number, a.line_no, l.code, a.quantity, a.status FROM order_allocation a JOIN sales_order o ON o.id = a.order_id
      LEFT JOIN location l ON l.id = a.location_id ORDER BY o.number, a.line_no, l.code, a.status, a.quantity`,
    sql`SELECT r.number, o.number AS order_number, l.code, r.refund_amount, r.created_at FROM return_document r JOIN sales_order o ON o.id = r.order_id
      JOIN location l ON l.id = r.location_id ORDER BY r.number`,
    sql`SELECT t.number, f.code AS from_code, d.code AS to_code, t.status, t.created_at, t.received_at, tl.line_no, p.sku, tl.quantity, tl.received
      FROM transfer t JOIN transfer_line tl ON tl.transfer_id = t.id JOIN product p ON p.id = tl.product_id
      JOIN location f ON f.id = t.from_location_id JOIN location d ON d.id = t.to_location_id ORDER BY t.number, tl.line_no`,
    sql`SELECT p.sku, l.code, s.on_hand, s.reserved FROM stock_level s JOIN product p ON p.id = s.product_id JOIN location l ON l.id = s.location_id
      ORDER BY p.sku, l.code`,
    sql`SELECT a.code, sum(jl.debit)::int8 AS debit, sum(jl.credit)::int8 AS credit FROM journal_line jl JOIN account a ON a.id = jl.account_id
      GROUP BY a.code ORDER BY a.code`,
  ];
  const hash = createHash('sha256');
  for (const query of queries) {
    const result = await query.execute(db);
    hash.update(JSON.stringify(result.rows, (_key, value) => (value instanceof Date ? value.toISOString() : value)));
  }
  return hash.digest('hex');
}
