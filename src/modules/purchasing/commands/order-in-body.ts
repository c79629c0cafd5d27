// Locks the purchase order a receipt or bill names in its body: unknown, or outside the actor's locations, is
// 422 unknown_reference (its existence is not disclosed); a status that does not allow the action is 409.
import { UnknownReference } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { allows, type PurchaseOrderAction } from '../domain/purchase-order-status.ts';
import { InvalidState } from '../errors.ts';
import { loadPurchaseOrder, type PurchaseOrderRecord } from '../queries/load-purchase-order.ts';

export async function lockOrderInBody(ctx: Context, key: string, action: PurchaseOrderAction): Promise<PurchaseOrderRecord> {
  const order = await loadPurchaseOrder(ctx.tx, key, { forUpdate: true }).catch((error: unknown) => {
    if ((error as { code?: string }).code === 'not_found') throw new UnknownReference('purchase order', key, '/purchaseOrder');
    throw error;
  });
  if (ctx.actor.locationIds !== null && !ctx.actor.locationIds.includes(order.locationId)) throw new UnknownReference('purchase order', key, '/purchaseOrder');
  if (!allows(order.status, action)) throw new InvalidState(`Purchase order ${order.number}`, order.status, action);
  return order;
}
