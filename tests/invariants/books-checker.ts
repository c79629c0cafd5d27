// The books checker: run after integration tests and simulations. Returns every violation found (empty: the
// books are right): entries balance, the journal balances, the inventory account equals the valuation of
// stock on hand and in transit, and every order's and return's entries match what the customer paid.
// Entries name their source document by number (order:SO-000123).
import { sql } from 'kysely';
import type { Queryable } from '../../src/platform/db/database.ts';

export async function checkBooks(db: Queryable): Promise<string[]> {
  const violations: string[] = [];
  const report = (rows: Array<Record<string, unknown>>, what: string) => {
    for (const row of rows.slice(0, 20)) violations.push(`${what}: ${JSON.stringify(row)}`);
  };

  const unbalanced = await sql<Record<string, unknown>>`
    SELECT e.id, e.source_type, e.source_id, e.total, s.debits, s.credits, s.lines
      FROM journal_entry e
      LEFT JOIN (SELECT entry_id, sum(debit)::int8 AS debits, sum(credit)::int8 AS credits, count(*)::int AS lines,
                        count(*) FILTER (WHERE (debit > 0) = (credit > 0) OR debit < 0 OR credit < 0)::int AS bad_lines
                   FROM journal_line GROUP BY entry_id) s ON s.entry_id = e.id
     WHERE s.entry_id IS NULL OR s.debits <> s.credits OR s.debits <> e.total OR s.bad_lines > 0`.execute(db);
  report(unbalanced.rows, 'journal entry does not balance (or has no lines, or a bad line)');

  const misdated = await sql<Record<string, unknown>>`SELECT l.entry_id, l.line_no FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id
    WHERE l.posted_at <> e.posted_at`.execute(db);
  report(misdated.rows, 'journal line dated differently from its entry');

  const totals = await sql<{ debits: number; credits: number }>`SELECT coalesce(sum(debit), 0)::int8 AS debits, coalesce(sum(credit), 0)::int8 AS credits FROM journal_line`.execute(db);
  const total = totals.rows[0];
  if (!total || Number(total.debits) !== Number(total.credits)) violations.push(`journal does not balance: ${JSON.stringify(total)}`);

  const inventory = await sql<{ account: number; valuation: number }>`SELECT
      (SELECT coalesce(sum(l.debit - l.credit), 0)::int8 FROM journal_line l JOIN account a ON a.id = l.account_id WHERE a.role = 'inventory') AS account,
      (SELECT coalesce(sum(value), 0)::int8 FROM product_valuation) AS valuation`.execute(db);
  const stock = inventory.rows[0];
  if (!stock || Number(stock.account) !== Number(stock.valuation)) violations.push(`inventory account differs from the stock valuation: ${JSON.stringify(stock)}`);

  const sales = await sql<Record<string, unknown>>`
    SELECT o.id, o.number, o.status, o.total, coalesce(b.earned, 0) AS earned
      FROM sales_order o
      LEFT JOIN (SELECT e.source_id, sum(l.credit - l.debit)::int8 AS earned FROM journal_entry e
                   JOIN journal_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id
                  WHERE e.source_type = 'order' AND a.role IN ('revenue', 'tax_payable') GROUP BY e.source_id) b ON b.source_id = o.number
     WHERE coalesce(b.earned, 0) <> CASE WHEN o.status = 'completed' THEN o.total ELSE 0 END`.execute(db);
  report(sales.rows, 'revenue + tax posted for an order differs from what the customer paid (completed) or from zero');

  const deposits = await sql<Record<string, unknown>>`
    SELECT o.id, o.number, o.status, o.fulfillment, o.total, coalesce(b.held, 0) AS held
      FROM sales_order o
      LEFT JOIN (SELECT e.source_id, sum(l.credit - l.debit)::int8 AS held FROM journal_entry e
                   JOIN journal_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id
                  WHERE e.source_type = 'order' AND a.role = 'customer_deposits' GROUP BY e.source_id) b ON b.source_id = o.number
     WHERE coalesce(b.held, 0) <> CASE WHEN o.status IN ('reserved', 'backordered') AND o.fulfillment <> 'carry_out' THEN o.total ELSE 0 END`.execute(db);
  report(deposits.rows, 'customer deposit held for an order is wrong (the total while open, zero once completed or cancelled)');

  const refunds = await sql<Record<string, unknown>>`
    SELECT r.id, r.number, r.refund_amount, coalesce(b.reversed, 0) AS reversed, coalesce(b.paid, 0) AS paid
      FROM return_document r
      LEFT JOIN (SELECT e.source_id,
                        sum(l.debit - l.credit) FILTER (WHERE a.role IN ('revenue', 'tax_payable'))::int8 AS reversed,
                        sum(l.credit - l.debit) FILTER (WHERE a.role = 'customer_payments')::int8 AS paid
                   FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id
                  WHERE e.source_type = 'return' GROUP BY e.source_id) b ON b.source_id = r.number
     WHERE coalesce(b.reversed, 0) <> r.refund_amount OR coalesce(b.paid, 0) <> r.refund_amount`.execute(db);
  report(refunds.rows, 'a return did not reverse revenue and tax, or pay out, exactly its refund');

  const payments = await sql<Record<string, unknown>>`
    WITH money AS (
      SELECT order_id, sum(CASE WHEN kind = 'payment' THEN amount ELSE -amount END)::int8 AS received FROM order_payment GROUP BY order_id),
    posted AS (
      SELECT coalesce(r.order_id, o.id)::text AS order_id, sum(l.debit - l.credit)::int8 AS received
        FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id
        LEFT JOIN return_document r ON e.source_type = 'return' AND r.number = e.source_id
        LEFT JOIN sales_order o ON e.source_type = 'order' AND o.number = e.source_id
       WHERE e.source_type IN ('order', 'return') AND a.role = 'customer_payments'
       GROUP BY 1)
    SELECT m.order_id, m.received AS paid, coalesce(p.received, 0) AS posted
      FROM money m LEFT JOIN posted p ON p.order_id = m.order_id::text
     WHERE m.received <> coalesce(p.received, 0)`.execute(db);
  report(payments.rows, 'customer money posted for an order differs from its payments less refunds');

  return violations;
}
