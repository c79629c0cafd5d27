// Lists orders newest first, filtered by channel, status, location and customer, limited to the actor's scope.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/cursor.ts';
import type { Channel, Fulfillment } from '../events.ts';
import { loadOrder, type OrderStatus } from './load-order.ts';
import { type OrderView, toOrderView } from './order-view.ts';
import { newestDocumentFirst, olderThanDocument } from '../../../platform/db/document-order.ts';

export interface ListOrdersInput {
  channel?: Channel;
  fulfillment?: Fulfillment;
  status?: OrderStatus;
  location?: string;
  customer?: string;
  limit: number;
  cursor?: string;
}

export async function listOrders(db: Queryable, actor: Actor, input: ListOrdersInput) {
  const after = decodeCursor(input.cursor);
  const touches = (locationIds: readonly string[] | null, code: string | undefined) =>
    sql`(o.location_id ${locationIds ? sql`= ANY(${locationIds})` : sql`IN (SELECT id FROM location WHERE code = ${code ?? ''})`}
      OR o.pickup_location_id ${locationIds ? sql`= ANY(${locationIds})` : sql`IN (SELECT id FROM location WHERE code = ${code ?? ''})`}
      OR EXISTS (SELECT 1 FROM order_allocation a WHERE a.order_id = o.id AND a.location_id
        ${locationIds ? sql`= ANY(${locationIds})` : sql`IN (SELECT id FROM location WHERE code = ${code ?? ''})`}))`;
  const rows = await sql<{ id: string; number: string }>`SELECT o.id, o.number FROM sales_order o
    WHERE true
      ${input.channel ? sql`AND o.channel = ${input.channel}` : sql``}
      ${input.fulfillment ? sql`AND o.fulfillment = ${input.fulfillment}` : sql``}
      ${input.status ? sql`AND o.status = ${input.status}` : sql``}
      ${input.customer ? sql`AND lower(o.customer_email) = lower(${input.customer})` : sql``}
      ${input.location ? sql`AND ${touches(null, input.location)}` : sql``}
      ${actor.locationIds !== null ? sql`AND ${touches(actor.locationIds, undefined)}` : sql``}
      ${olderThanDocument('o.number', after)}
    ORDER BY ${newestDocumentFirst('o.number')} LIMIT ${input.limit + 1}`.execute(db);
  const items: OrderView[] = [];
  for (const row of rows.rows.slice(0, input.limit)) items.push(toOrderView(await loadOrder(db, row.id)));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.rows.length > input.limit && last ? encodeCursor([last.number]) : null };
}
