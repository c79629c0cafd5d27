// The purchase order's workflow after creation: lock it, check the actor's scope and the allowed states,
// run the change, audit it (who, before, after, and why when a note is given) and return the new view.
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { assertMayActAt, assertMaySee } from '../../identity/index.ts';
import { allows, type PurchaseOrderAction } from '../domain/purchase-order-status.ts';
import { InvalidState } from '../errors.ts';
import { loadPurchaseOrder, type PurchaseOrderRecord } from '../queries/load-purchase-order.ts';
import { type PurchaseOrderView, toPurchaseOrderView } from '../queries/purchase-order-view.ts';

export async function changePurchaseOrder(
  ctx: Context,
  idOrNumber: string,
  action: PurchaseOrderAction,
  apply: (order: PurchaseOrderRecord) => Promise<Record<string, unknown> | undefined | void>,
): Promise<PurchaseOrderView> {
  const order = await loadPurchaseOrder(ctx.tx, idOrNumber, { forUpdate: true });
  assertMaySee(ctx.actor, [order.locationId], 'Purchase order', idOrNumber);
  assertMayActAt(ctx.actor, order.locationId, order.locationCode);
  if (!allows(order.status, action)) throw new InvalidState(`Purchase order ${order.number}`, order.status, action);
  const detail = await apply(order);
  const after = toPurchaseOrderView(await loadPurchaseOrder(ctx.tx, order.id));
  await ctx.audit({
    action: `purchase_order.${action}`,
    entity: 'purchase_order',
    entityId: order.id,
    before: { status: order.status },
    after: detail ? { ...after, decision: detail } : after,
  });
  return after;
}
