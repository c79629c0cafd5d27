// Lists purchase orders, newest number first, filtered by status, vendor and location, within the actor's scope;
// and reads one (outside the actor's locations it does not exist: 404).
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { encodeCursor } from '../../../platform/http/cursor.ts';
import { assertMaySee } from '../../identity/index.ts';
import type { PurchaseOrderStatus } from '../domain/purchase-order-status.ts';
import { loadPurchaseOrder } from './load-purchase-order.ts';
import { type PurchaseOrderView, toPurchaseOrderView } from './purchase-order-view.ts';
import { cursorKey } from './cursor-key.ts';
import { newestDocumentFirst, olderThanDocument } from '../../../platform/db/document-order.ts';

export interface ListPurchaseOrdersInput {
  status?: PurchaseOrderStatus;
  vendor?: string;
  location?: string;
  limit: number;
  cursor?: string;
}

export async function listPurchaseOrders(db: Queryable, actor: Actor, input: ListPurchaseOrdersInput) {
  const after = cursorKey(input.cursor, ['string']);
  const rows = await sql<{ id: string; number: string }>`SELECT o.id, o.number FROM purchase_order o
    JOIN vendor v ON v.id = o.vendor_id JOIN location l ON l.id = o.location_id
    WHERE true
      ${input.status !== undefined ? sql`AND o.status = ${input.status}` : sql``}
      ${input.vendor !== undefined ? sql`AND v.code = ${input.vendor}` : sql``}
      ${input.location !== undefined ? sql`AND l.code = ${input.location}` : sql``}
      ${actor.locationIds !== null ? sql`AND o.location_id = ANY(${actor.locationIds}::uuid[])` : sql``}
      ${olderThanDocument('o.number', after)}
    ORDER BY ${newestDocumentFirst('o.number')} LIMIT ${input.limit + 1}`.execute(db);
  const items: PurchaseOrderView[] = [];
  for (const row of rows.rows.slice(0, input.limit)) items.push(toPurchaseOrderView(await loadPurchaseOrder(db, row.id)));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.rows.length > input.limit && last ? encodeCursor([last.number]) : null };
}

export async function getPurchaseOrder(db: Queryable, actor: Actor, idOrNumber: string): Promise<PurchaseOrderView> {
  const order = await loadPurchaseOrder(db, idOrNumber);
  assertMaySee(actor, [order.locationId], 'Purchase order', idOrNumber);
  return toPurchaseOrderView(order);
}
