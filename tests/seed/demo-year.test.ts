// The demo year written in bulk (the code path of the first `npm start`, at a smaller scale: 300 SKUs, 70 days,
// a third of the volume). The bulk loader skips the per-row triggers, so this proves what they would have: every
// foreign key resolves, every entry balances; and what the commands would have left: the ledger and books
// checkers find nothing, stock levels are the sum of the moves, document numbers are gapless, and a sample of
// documents re-read through the API (orders, returns, transfers, purchase orders, bills, journal entries) is coherent.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/platform/db/database.ts';
import { type DemoOptions, type DemoSummary, seedDemoRetailer } from '../../src/seed/demo-retailer.ts';
import { checkBooks } from '../invariants/books-checker.ts';
import { checkLedger } from '../invariants/ledger-checker.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const END = '2026-11-27';
const SMALL: DemoOptions = { seed: 99, skus: 300, days: 70, volume: 0.35, end: END };

describe('the demo year, written in bulk (300 SKUs, 70 days)', () => {
  let t: TestApp;
  let db: Queryable;
  let summary: DemoSummary;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.database.kysely;
    const started = Date.now();
    summary = await seedDemoRetailer(t.app, SMALL);
    console.log(`bulk demo on ${t.app.database.engine}: ${Date.now() - started} ms`, JSON.stringify(summary.contents?.history));
  }, 300_000);
  afterAll(() => t?.close());

  it('loads every kind of document the year promises', () => {
    const history = summary.contents?.history as unknown as Record<string, number>;
    expect(summary.loaded).toBe(true);
    for (const kind of ['orders', 'orderLines', 'openOrders', 'cancelled', 'returns', 'transfers', 'transfersInTransit', 'counts', 'purchaseOrders', 'receipts', 'bills', 'billsOnHold', 'cashSessions', 'vendors', 'reorderRules']) {
      expect(history[kind], kind).toBeGreaterThan(0);
    }
  });

  it('writes the catalogue as createProduct does: searchable, with its audit entries', async () => {
    const products = await sql<{ sku: string; name: string; n: number }>`SELECT sku, name, (SELECT count(*)::int FROM product) AS n FROM product ORDER BY sku LIMIT 1`.execute(db);
    const first = products.rows[0] as { sku: string; name: string; n: number };
    expect(first.n).toBe(300);
    const found = await t.get(`/api/v1/products?q=${encodeURIComponent(first.sku.toLowerCase())}`);
    expect(found.status).toBe(200);
    expect(found.body.items[0]?.sku).toBe(first.sku);
    const audited = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'product.created'`.execute(db);
    expect(audited.rows[0]?.n).toBe(300);
  });

  it('leaves the stock ledger and the books exact', async () => {
    expect(await checkLedger(db)).toEqual([]);
    expect(await checkBooks(db)).toEqual([]);
  });

  it('resolves every foreign key of every table (the load skipped the per-row checks)', async () => {
    const keys = await sql<{ child: string; parent: string; columns: string[]; referenced: string[] }>`
      SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
             array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
             array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS referenced
        FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace WHERE c.contype = 'f' AND s.nspname = current_schema()`.execute(db);
    expect(keys.rows.length).toBeGreaterThan(30);
    for (const key of keys.rows) {
      const joined = sql.join(key.columns.map((column, i) => sql`p.${sql.ref(key.referenced[i] as string)} = c.${sql.ref(column)}`), sql` AND `);
      const present = sql.join(key.columns.map((column) => sql`c.${sql.ref(column)} IS NOT NULL`), sql` AND `);
      const orphans = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(key.child)} c
        WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${sql.table(key.parent)} p WHERE ${joined})`.execute(db);
      expect(orphans.rows[0]?.n, `${key.child} (${key.columns}) → ${key.parent}`).toBe(0);
    }
  });

  it('balances every entry to its total, and the journal as a whole (the trial balance)', async () => {
    const unbalanced = await sql<{ n: number }>`SELECT count(*)::int AS n FROM journal_entry e
      JOIN (SELECT entry_id, sum(debit) AS d, sum(credit) AS c FROM journal_line GROUP BY entry_id) s ON s.entry_id = e.id WHERE s.d <> s.c OR s.d <> e.total`.execute(db);
    expect(unbalanced.rows[0]?.n).toBe(0);
    const tb = await t.get('/api/v1/accounting/trial-balance');
    expect(tb.status).toBe(200);
    expect(tb.body.totals.debit).toBe(tb.body.totals.credit);
    expect(tb.body.totals.debit).toBeGreaterThan(0);
  });

  it('keeps every stock level equal to the sum of its moves, and every reservation behind its document', async () => {
    const drift = await sql<{ n: number }>`WITH m AS (SELECT product_id, location_id, sum(q)::int8 AS q FROM (
        SELECT product_id, to_location_id AS location_id, quantity AS q FROM stock_move UNION ALL SELECT product_id, from_location_id, -quantity FROM stock_move) x
        GROUP BY 1, 2)
      SELECT count(*)::int AS n FROM stock_level s JOIN m ON m.product_id = s.product_id AND m.location_id = s.location_id WHERE s.on_hand <> m.q`.execute(db);
    expect(drift.rows[0]?.n).toBe(0);
    const openOrders = await sql<{ n: number }>`SELECT count(*)::int AS n FROM sales_order WHERE status = 'reserved'`.execute(db);
    const active = await sql<{ n: number }>`SELECT count(DISTINCT source_id)::int AS n FROM reservation WHERE status = 'active' AND source_type = 'order'`.execute(db);
    expect(active.rows[0]?.n).toBe(openOrders.rows[0]?.n);
  });

  it('numbers every document type 1..N without gaps, with its counter at N', async () => {
    const numbered = await sql<{ type: string; last_value: number; count: number; highest: number }>`
      SELECT c.type, c.last_value, d.count, d.highest FROM document_counter c JOIN (
        SELECT 'SO' AS type, count(*)::int AS count, max(substring(number from '[0-9]+$')::int) AS highest FROM sales_order
        UNION ALL SELECT 'RET', count(*)::int, max(substring(number from '[0-9]+$')::int) FROM return_document
        UNION ALL SELECT 'TRF', count(*)::int, max(substring(number from '[0-9]+$')::int) FROM transfer
        UNION ALL SELECT 'ADJ', count(*)::int, max(substring(number from '[0-9]+$')::int) FROM inventory_adjustment
        UNION ALL SELECT 'CNT', count(*)::int, max(substring(number from '[0-9]+$')::int) FROM inventory_count
        UNION ALL SELECT 'PO', count(*)::int, max(substring(number from '[0-9]+$')::int) FROM purchase_order
        UNION ALL SELECT 'RCP', count(*)::int, max(substring(number from '[0-9]+$')::int) FROM receipt
        UNION ALL SELECT 'BILL', count(*)::int, max(substring(number from '[0-9]+$')::int) FROM vendor_bill
        UNION ALL SELECT 'CS', count(*)::int, max(substring(number from '[0-9]+$')::int) FROM cash_session
        UNION ALL SELECT 'JE', count(*)::int, max(number)::int FROM journal_entry) d ON d.type = c.type
      ORDER BY c.type`.execute(db);
    expect(numbered.rows).toHaveLength(10);
    for (const row of numbered.rows) {
      expect(row.count, row.type).toBeGreaterThan(0);
      expect([Number(row.last_value), row.highest], row.type).toEqual([row.count, row.count]);
    }
  });

  it('re-reads a sample of orders through the API: lines add up to the totals, and their sale entry to the order', async () => {
    const sample = await sql<{ number: string }>`SELECT number FROM sales_order WHERE status = 'completed' ORDER BY md5(number) LIMIT 12`.execute(db);
    for (const { number } of sample.rows) {
      const order = await t.get(`/api/v1/orders/${number}`);
      expect(order.status, number).toBe(200);
      expect(order.body.number).toBe(number);
      const lines = order.body.lines as Array<{ quantity: number; unitPrice: number; tax: number }>;
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.reduce((sum, line) => sum + line.quantity * line.unitPrice + line.tax, 0)).toBe(order.body.totals.total);
      expect(order.body.allocations.every((allocation: { status: string }) => allocation.status === 'fulfilled')).toBe(true);
      const entries = await t.get(`/api/v1/accounting/journal-entries?source=order:${number}`);
      expect(entries.status).toBe(200);
      const sale = (entries.body.items as Array<{ description: string; lines: Array<{ role: string; debit: number; credit: number }> }>).find((entry) => entry.description.startsWith('Sale '));
      expect(sale?.description, number).toBe(`Sale ${number}`);
      const earned = (sale?.lines ?? []).filter((line) => line.role === 'revenue' || line.role === 'tax_payable').reduce((sum, line) => sum + line.credit - line.debit, 0);
      expect(earned, number).toBe(order.body.totals.total);
    }
  });

  it('re-reads returns, transfers, purchase orders and bills through the API', async () => {
    const returns = await t.get('/api/v1/returns?limit=5');
    expect(returns.status).toBe(200);
    expect(returns.body.items.length).toBeGreaterThan(0);
    for (const item of returns.body.items as Array<{ number: string; refund: { amount: number }; lines: Array<{ refund: number }> }>) {
      expect(item.lines.reduce((sum, line) => sum + line.refund, 0)).toBe(item.refund.amount);
      const entries = await t.get(`/api/v1/accounting/journal-entries?source=return:${item.number}`);
      expect(entries.body.items).toHaveLength(1);
      const paid = (entries.body.items[0].lines as Array<{ role: string; debit: number; credit: number }>).filter((line) => line.role === 'customer_payments').reduce((sum, line) => sum + line.credit - line.debit, 0);
      expect(paid, item.number).toBe(item.refund.amount);
    }
    const inTransit = await t.get('/api/v1/transfers?status=in_transit');
    expect(inTransit.status).toBe(200);
    expect(inTransit.body.items.length).toBeGreaterThan(0);
    const received = await t.get('/api/v1/transfers?status=received&limit=3');
    expect(received.body.items.length).toBeGreaterThan(0);
    const orders = await t.get('/api/v1/purchase-orders?limit=50');
    expect(orders.status).toBe(200);
    const statuses = new Set((orders.body.items as Array<{ status: string }>).map((po) => po.status));
    expect(statuses.size).toBeGreaterThan(1);
    const bills = await t.get('/api/v1/vendor-bills/exceptions');
    expect(bills.status).toBe(200);
    expect(bills.body.items.length).toBeGreaterThan(0);
    const sessions = await t.get('/api/v1/accounting/cash-sessions?limit=3');
    expect(sessions.status).toBe(200);
    expect(sessions.body.items.length).toBeGreaterThan(0);
  });
});
