// Delayed receipts: lines of sent purchase orders past their promised date with units still to come, most
// overdue first — the receipts half of the replenishment exception queue.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { toPage } from '../../../platform/http/cursor.ts';
import { iso } from './purchase-order-view.ts';
import { cursorKey } from './cursor-key.ts';

export async function delayedReceipts(db: Queryable, actor: Actor, now: Date, input: { vendor?: string; location?: string; limit: number; cursor?: string }) {
  const after = cursorKey(input.cursor, ['timestamp', 'string', 'integer']);
  const rows = await sql<Record<string, any>>`SELECT o.number, v.code AS vendor, lo.code AS location, p.sku, l.line_no, l.quantity, l.received,
      l.expected_at, o.sent_at
    FROM purchase_order_line l JOIN purchase_order o ON o.id = l.purchase_order_id JOIN vendor v ON v.id = o.vendor_id
    JOIN location lo ON lo.id = o.location_id JOIN product p ON p.id = l.product_id
    WHERE o.status IN ('sent', 'partially_received') AND l.expected_at < ${now} AND l.received < l.quantity
      ${input.vendor !== undefined ? sql`AND v.code = ${input.vendor}` : sql``}
      ${input.location !== undefined ? sql`AND lo.code = ${input.location}` : sql``}
      ${actor.locationIds !== null ? sql`AND o.location_id = ANY(${actor.locationIds}::uuid[])` : sql``}
      ${after ? sql`AND (l.expected_at, o.number, l.line_no) > (${String(after[0])}::timestamptz, ${String(after[1])}, ${Number(after[2])})` : sql``}
    ORDER BY l.expected_at, o.number, l.line_no LIMIT ${input.limit + 1}`.execute(db);
  return toPage(
    rows.rows,
    input.limit,
    (row) => ({
      purchaseOrder: row.number as string,
      vendor: row.vendor as string,
      location: row.location as string,
      sku: row.sku as string,
      ordered: Number(row.quantity),
      received: Number(row.received),
      outstanding: Number(row.quantity) - Number(row.received),
      sentAt: iso(row.sent_at) as string,
      expectedAt: iso(row.expected_at) as string,
      daysLate: Math.floor((now.getTime() - new Date(row.expected_at).getTime()) / 86_400_000),
    }),
    (row) => [new Date(row.expected_at).toISOString(), row.number, row.line_no],
  );
}
