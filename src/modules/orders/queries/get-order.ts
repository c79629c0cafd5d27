// Reads one order with its timeline; an order outside the actor's locations does not exist for them (404).
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { assertMaySee } from '../../identity/index.ts';
import { orderLocationIds } from '../commands/change-order.ts';
import { loadOrder } from './load-order.ts';
import { type OrderView, toOrderView } from './order-view.ts';

export interface OrderTimelineEntry {
  at: string;
  type: string;
  detail: Record<string, unknown>;
}

export async function getOrder(db: Queryable, actor: Actor, idOrNumber: string): Promise<OrderView & { events: OrderTimelineEntry[] }> {
  const order = await loadOrder(db, idOrNumber);
  // Whoever placed an order can follow it, even when it is sourced from locations outside their scope.
  if (order.createdBy !== actor.userId) assertMaySee(actor, orderLocationIds(order), 'Order', idOrNumber);
  const events = await sql<{ at: Date; type: string; detail: Record<string, unknown> }>`SELECT at, type, detail FROM order_event
    WHERE order_id = ${order.id} ORDER BY id`.execute(db);
  return {
    ...toOrderView(order),
    events: events.rows.map((event) => ({ at: new Date(event.at).toISOString(), type: event.type, detail: event.detail })),
  };
}
