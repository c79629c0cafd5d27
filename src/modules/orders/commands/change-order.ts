// Locks an order for a state change after checking the actor may see it and act for it.
import type { Actor } from '../../../kernel/actor.ts';
import { Forbidden } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { assertMaySee, mayActAt } from '../../identity/index.ts';
import { loadOrder, type OrderRecord } from '../queries/load-order.ts';

/** Every location an order touches: where it was sold, where it is picked up, where stock is allocated. */
export function orderLocationIds(order: OrderRecord): string[] {
  const ids = [order.locationId, order.pickupLocationId, ...order.allocations.map((allocation) => allocation.locationId)];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

export async function lockOrderFor(ctx: Context, idOrNumber: string, action: string): Promise<OrderRecord> {
  const order = await loadOrder(ctx.tx, idOrNumber, { forUpdate: true });
  const locations = orderLocationIds(order);
  assertMaySee(ctx.actor, locations, 'Order', idOrNumber);
  assertMayActFor(ctx.actor, order, locations, action);
  return order;
}

/** Scoped staff act for an order when it is picked up at, or entirely allocated to, their locations. */
function assertMayActFor(actor: Actor, order: OrderRecord, locations: string[], action: string): void {
  if (actor.locationIds === null) return;
  const decisive = order.pickupLocationId ? [order.pickupLocationId] : locations;
  if (decisive.length > 0 && decisive.every((id) => mayActAt(actor, id))) return;
  throw new Forbidden(`You may not ${action} order ${order.number}: it involves locations outside your scope.`);
}
