// Receipts as the API shows them: one by id or number (within the actor's locations), or a page of them.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { encodeCursor } from '../../../platform/http/cursor.ts';
import { iso } from './purchase-order-view.ts';
import { cursorKey } from './cursor-key.ts';
import { newestDocumentFirst, olderThanDocument } from '../../../platform/db/document-order.ts';

export interface ReceiptView {
  id: string;
  number: string;
  purchaseOrder: string;
  vendor: string;
  location: string;
  value: number;
  landedCost: number;
  lines: Array<{ sku: string; quantity: number; unitCost: number; value: number; landedCost: number }>;
  receivedAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadReceipts(db: Queryable, where: ReturnType<typeof sql>): Promise<Array<ReceiptView & { locationId: string }>> {
  const headers = await sql<Record<string, any>>`SELECT r.*, o.number AS purchase_order, v.code AS vendor, l.code AS location
    FROM receipt r JOIN purchase_order o ON o.id = r.purchase_order_id JOIN vendor v ON v.id = o.vendor_id JOIN location l ON l.id = r.location_id
    WHERE ${where} ORDER BY ${newestDocumentFirst('r.number')}`.execute(db);
  if (headers.rows.length === 0) return [];
  const lines = await sql<Record<string, any>>`SELECT rl.*, p.sku FROM receipt_line rl JOIN product p ON p.id = rl.product_id
    WHERE rl.receipt_id = ANY(${headers.rows.map((h) => h.id)}::uuid[]) ORDER BY rl.line_no`.execute(db);
  return headers.rows.map((header) => {
    const own = lines.rows.filter((line) => line.receipt_id === header.id);
    return {
      id: header.id,
      number: header.number,
      purchaseOrder: header.purchase_order,
      vendor: header.vendor,
      location: header.location,
      locationId: header.location_id,
      value: Number(header.value),
      landedCost: own.reduce((sum, line) => sum + Number(line.landed_cost), 0),
      lines: own.map((line) => ({
        sku: line.sku,
        quantity: Number(line.quantity),
        unitCost: Number(line.unit_cost),
        value: Number(line.value),
        landedCost: Number(line.landed_cost),
      })),
      receivedAt: iso(header.received_at) as string,
    };
  });
}

export async function getReceipt(db: Queryable, actor: Actor, idOrNumber: string): Promise<ReceiptView> {
  const [receipt] = await loadReceipts(db, UUID.test(idOrNumber) ? sql`r.id = ${idOrNumber}` : sql`r.number = ${idOrNumber}`);
  if (!receipt || (actor.locationIds !== null && !actor.locationIds.includes(receipt.locationId))) throw new NotFound('Receipt', idOrNumber);
  const { locationId: _scope, ...view } = receipt;
  return view;
}

export async function listReceipts(db: Queryable, actor: Actor, input: { purchaseOrder?: string; location?: string; limit: number; cursor?: string }) {
  const after = cursorKey(input.cursor, ['string']);
  const ids = await sql<{ id: string }>`SELECT r.id FROM receipt r JOIN purchase_order o ON o.id = r.purchase_order_id JOIN location l ON l.id = r.location_id
    WHERE true
      ${input.purchaseOrder !== undefined ? sql`AND (o.number = ${input.purchaseOrder} OR o.id::text = ${input.purchaseOrder})` : sql``}
      ${input.location !== undefined ? sql`AND l.code = ${input.location}` : sql``}
      ${actor.locationIds !== null ? sql`AND r.location_id = ANY(${actor.locationIds}::uuid[])` : sql``}
      ${olderThanDocument('r.number', after)}
    ORDER BY ${newestDocumentFirst('r.number')} LIMIT ${input.limit + 1}`.execute(db);
  const page = ids.rows.slice(0, input.limit).map((row) => row.id);
  const items = page.length > 0 ? (await loadReceipts(db, sql`r.id = ANY(${page}::uuid[])`)).map(({ locationId: _scope, ...view }) => view) : [];
  const last = items[items.length - 1];
  return { items, nextCursor: ids.rows.length > input.limit && last ? encodeCursor([last.number]) : null };
}
