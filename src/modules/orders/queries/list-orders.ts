// Lists orders newest first, filtered by channel, fulfillment, status, location, customer and placing time,
// limited to the actor's scope.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { newestDocumentFirst, olderThanDocument } from '../../../platform/db/document-order.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/cursor.ts';
import { periodRange } from '../../../platform/http/period.ts';
import { assertMaySee } from '../../identity/index.ts';
import { getLocation } from '../../network/index.ts';
import type { Channel, Fulfillment } from '../events.ts';
import { loadOrder, type OrderStatus } from './load-order.ts';
import { type OrderView, toOrderView } from './order-view.ts';

export interface ListOrdersInput {
  channel?: Channel;
  fulfillment?: Fulfillment;
  status?: OrderStatus;
  location?: string;
  customer?: string;
  /** Placed at or after: an ISO date or date-time. */
  from?: string;
  /** Placed at or before: an ISO date (the whole day) or date-time. */
  to?: string;
  limit: number;
  cursor?: string;
}

export async function listOrders(db: Queryable, actor: Actor, input: ListOrdersInput) {
  const after = decodeCursor(input.cursor);
  const placed = periodRange(input.from, input.to);
  // Naming a location outside the caller's scope is 404, as reading it is — an empty list would read as "no orders".
  let location: string | undefined;
  if (input.location !== undefined) {
    location = (await getLocation(db, input.location)).id;
    assertMaySee(actor, [location], 'Location', input.location);
  }
  const touches = (locationIds: readonly string[]) =>
    sql`(o.location_id = ANY(${locationIds}) OR o.pickup_location_id = ANY(${locationIds})
      OR EXISTS (SELECT 1 FROM order_allocation a WHERE a.order_id = o.id AND a.location_id = ANY(${locationIds})))`;
  const rows = await sql<{ id: string; number: string }>`SELECT o.id, o.number FROM sales_order o
    WHERE true
      ${input.channel ? sql`AND o.channel = ${input.channel}` : sql``}
      ${input.fulfillment ? sql`AND o.fulfillment = ${input.fulfillment}` : sql``}
      ${input.status ? sql`AND o.status = ${input.status}` : sql``}
      ${input.customer ? sql`AND lower(o.customer_email) = lower(${input.customer})` : sql``}
      ${placed.from ? sql`AND o.placed_at >= ${placed.from}` : sql``}
      ${placed.until ? sql`AND o.placed_at < ${placed.until}` : sql``}
      ${location !== undefined ? sql`AND ${touches([location])}` : sql``}
      ${actor.locationIds !== null ? sql`AND ${touches(actor.locationIds)}` : sql``}
      ${olderThanDocument('o.number', after)}
    ORDER BY ${newestDocumentFirst('o.number')} LIMIT ${input.limit + 1}`.execute(db);
  const items: OrderView[] = [];
  for (const row of rows.rows.slice(0, input.limit)) items.push(toOrderView(await loadOrder(db, row.id)));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.rows.length > input.limit && last ? encodeCursor([last.number]) : null };
}
