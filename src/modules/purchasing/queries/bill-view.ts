// Vendor bills as the API shows them (with their match lines and exceptions), and the exception list.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { encodeCursor, toPage } from '../../../platform/http/cursor.ts';
import { iso } from './purchase-order-view.ts';
import { cursorKey } from './cursor-key.ts';
import { newestDocumentFirst, olderThanDocument } from '../../../platform/db/document-order.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const scoped = (actor: Actor) => (actor.locationIds !== null ? sql`AND o.location_id = ANY(${actor.locationIds}::uuid[])` : sql``);

async function loadBills(db: Queryable, where: ReturnType<typeof sql>) {
  const bills = await sql<Record<string, any>>`SELECT b.*, v.code AS vendor, o.number AS purchase_order FROM vendor_bill b
    JOIN vendor v ON v.id = b.vendor_id JOIN purchase_order o ON o.id = b.purchase_order_id WHERE ${where} ORDER BY ${newestDocumentFirst('b.number')}`.execute(db);
  if (bills.rows.length === 0) return [];
  const ids = bills.rows.map((b) => b.id);
  const lines = await sql<Record<string, any>>`SELECT l.*, p.sku FROM vendor_bill_line l JOIN product p ON p.id = l.product_id
    WHERE l.bill_id = ANY(${ids}::uuid[]) ORDER BY l.line_no`.execute(db);
  const exceptions = await sql<Record<string, any>>`SELECT e.*, p.sku FROM vendor_bill_exception e
    JOIN vendor_bill_line l ON l.bill_id = e.bill_id AND l.line_no = e.line_no JOIN product p ON p.id = l.product_id
    WHERE e.bill_id = ANY(${ids}::uuid[]) ORDER BY e.line_no, e.kind`.execute(db);
  return bills.rows.map((bill) => ({
    id: bill.id as string,
    number: bill.number as string,
    vendor: bill.vendor as string,
    purchaseOrder: bill.purchase_order as string,
    reference: bill.reference as string,
    status: bill.status as 'posted' | 'on_hold' | 'rejected',
    subtotal: Number(bill.subtotal),
    tax: Number(bill.tax),
    total: Number(bill.total),
    receivedValue: Number(bill.received_value),
    priceVariance: Number(bill.price_variance),
    dueAt: iso(bill.due_at) as string,
    lines: lines.rows
      .filter((line) => line.bill_id === bill.id)
      .map((line) => ({
        sku: line.sku as string,
        quantity: Number(line.quantity),
        unitCost: Number(line.unit_cost),
        amount: Number(line.amount),
        ordered: Number(line.ordered),
        received: Number(line.received),
        billedBefore: Number(line.billed_before),
        orderUnitCost: Number(line.order_unit_cost),
        receivedValue: Number(line.received_value),
      })),
    exceptions: exceptions.rows
      .filter((e) => e.bill_id === bill.id)
      .map((e) => ({ sku: e.sku as string, kind: e.kind as 'quantity' | 'price', expected: Number(e.expected), actual: Number(e.actual), status: e.status as string })),
    createdAt: iso(bill.created_at) as string,
    postedAt: iso(bill.posted_at),
    decisionNote: (bill.decision_note ?? null) as string | null,
  }));
}

export type BillView = Awaited<ReturnType<typeof loadBills>>[number];

export async function getBill(db: Queryable, actor: Actor, idOrNumber: string): Promise<BillView> {
  const [bill] = await loadBills(db, sql`${UUID.test(idOrNumber) ? sql`b.id = ${idOrNumber}` : sql`b.number = ${idOrNumber}`} ${scoped(actor)}`);
  if (!bill) throw new NotFound('Vendor bill', idOrNumber);
  return bill;
}

export async function listBills(db: Queryable, actor: Actor, input: { status?: string; vendor?: string; purchaseOrder?: string; limit: number; cursor?: string }) {
  const after = cursorKey(input.cursor, ['string']);
  const ids = await sql<{ id: string }>`SELECT b.id FROM vendor_bill b JOIN vendor v ON v.id = b.vendor_id JOIN purchase_order o ON o.id = b.purchase_order_id
    WHERE true ${scoped(actor)}
      ${input.status !== undefined ? sql`AND b.status = ${input.status}` : sql``}
      ${input.vendor !== undefined ? sql`AND v.code = ${input.vendor}` : sql``}
      ${input.purchaseOrder !== undefined ? sql`AND o.number = ${input.purchaseOrder}` : sql``}
      ${olderThanDocument('b.number', after)}
    ORDER BY ${newestDocumentFirst('b.number')} LIMIT ${input.limit + 1}`.execute(db);
  const page = ids.rows.slice(0, input.limit).map((row) => row.id);
  const items = page.length > 0 ? await loadBills(db, sql`b.id = ANY(${page}::uuid[])`) : [];
  const last = items[items.length - 1];
  return { items, nextCursor: ids.rows.length > input.limit && last ? encodeCursor([last.number]) : null };
}

/** Open three-way-match exceptions, oldest first: the queue accounts payable works through. */
export async function listBillExceptions(db: Queryable, actor: Actor, input: { vendor?: string; limit: number; cursor?: string }) {
  const after = cursorKey(input.cursor, ['string', 'integer', 'string']);
  const rows = await sql<Record<string, any>>`SELECT e.*, b.number AS bill, b.reference, v.code AS vendor, o.number AS purchase_order, p.sku
    FROM vendor_bill_exception e JOIN vendor_bill b ON b.id = e.bill_id JOIN vendor v ON v.id = b.vendor_id
    JOIN purchase_order o ON o.id = b.purchase_order_id
    JOIN vendor_bill_line l ON l.bill_id = e.bill_id AND l.line_no = e.line_no JOIN product p ON p.id = l.product_id
    WHERE e.status = 'open' ${scoped(actor)}
      ${input.vendor !== undefined ? sql`AND v.code = ${input.vendor}` : sql``}
      ${after ? sql`AND (b.number, e.line_no, e.kind) > (${String(after[0])}, ${Number(after[1])}, ${String(after[2])})` : sql``}
    ORDER BY b.number, e.line_no, e.kind LIMIT ${input.limit + 1}`.execute(db);
  return toPage(
    rows.rows,
    input.limit,
    (row) => ({
      bill: row.bill as string,
      billId: row.bill_id as string,
      vendor: row.vendor as string,
      purchaseOrder: row.purchase_order as string,
      reference: row.reference as string,
      sku: row.sku as string,
      kind: row.kind as 'quantity' | 'price',
      expected: Number(row.expected),
      actual: Number(row.actual),
      status: row.status as string,
      createdAt: iso(row.created_at) as string,
    }),
    (row) => [row.bill, row.line_no, row.kind],
  );
}
