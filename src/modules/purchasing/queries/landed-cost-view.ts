// Landed costs as the API shows them: the amount, how much moved the average cost of goods still held
// (capitalized) and how much belongs to goods already gone (expensed), per receipt line.
import { sql } from 'kysely';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { encodeCursor } from '../../../platform/http/cursor.ts';
import { iso } from './purchase-order-view.ts';
import { cursorKey } from './cursor-key.ts';
import { newestDocumentFirst, olderThanDocument } from '../../../platform/db/document-order.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadLandedCosts(db: Queryable, where: ReturnType<typeof sql>) {
  const headers = await sql<Record<string, any>>`SELECT c.*, v.code AS vendor FROM landed_cost c LEFT JOIN vendor v ON v.id = c.vendor_id
    WHERE ${where} ORDER BY ${newestDocumentFirst('c.number')}`.execute(db);
  if (headers.rows.length === 0) return [];
  const lines = await sql<Record<string, any>>`SELECT l.*, r.number AS receipt, p.sku FROM landed_cost_line l
    JOIN receipt r ON r.id = l.receipt_id JOIN product p ON p.id = l.product_id
    WHERE l.landed_cost_id = ANY(${headers.rows.map((h) => h.id)}::uuid[]) ORDER BY l.line_no`.execute(db);
  return headers.rows.map((header) => ({
    id: header.id as string,
    number: header.number as string,
    kind: header.kind as 'freight' | 'duty',
    allocation: header.allocation as 'value' | 'quantity',
    amount: Number(header.amount),
    capitalized: Number(header.capitalized),
    expensed: Number(header.expensed),
    vendor: (header.vendor ?? null) as string | null,
    reference: (header.reference ?? null) as string | null,
    lines: lines.rows
      .filter((line) => line.landed_cost_id === header.id)
      .map((line) => ({
        receipt: line.receipt as string,
        sku: line.sku as string,
        allocated: Number(line.allocated),
        capitalized: Number(line.capitalized),
        expensed: Number(line.expensed),
      })),
    createdAt: iso(header.created_at) as string,
  }));
}

export type LandedCostView = Awaited<ReturnType<typeof loadLandedCosts>>[number];

export async function getLandedCost(db: Queryable, idOrNumber: string): Promise<LandedCostView> {
  const [cost] = await loadLandedCosts(db, UUID.test(idOrNumber) ? sql`c.id = ${idOrNumber}` : sql`c.number = ${idOrNumber}`);
  if (!cost) throw new NotFound('Landed cost', idOrNumber);
  return cost;
}

export async function listLandedCosts(db: Queryable, input: { receipt?: string; limit: number; cursor?: string }) {
  const after = cursorKey(input.cursor, ['string']);
  const ids = await sql<{ id: string }>`SELECT c.id FROM landed_cost c WHERE true
    ${input.receipt !== undefined ? sql`AND EXISTS (SELECT 1 FROM landed_cost_line l WHERE l.landed_cost_id = c.id AND l.receipt_id = ${input.receipt})` : sql``}
    ${olderThanDocument('c.number', after)}
    ORDER BY ${newestDocumentFirst('c.number')} LIMIT ${input.limit + 1}`.execute(db);
  const page = ids.rows.slice(0, input.limit).map((row) => row.id);
  const items = page.length > 0 ? await loadLandedCosts(db, sql`c.id = ANY(${page}::uuid[])`) : [];
  const last = items[items.length - 1];
  return { items, nextCursor: ids.rows.length > input.limit && last ? encodeCursor([last.number]) : null };
}
