// The API view of an order just placed, built from what the command already holds (no re-read).
import type { OrderView } from '../queries/order-view.ts';
import type { OrderDraft } from './place-order.ts';

export interface DraftAllocation {
  lineNo: number;
  locationCode: string | null;
  quantity: number;
  status: 'reserved' | 'backordered' | 'fulfilled';
}

export function draftView(draft: OrderDraft, number: string, status: OrderView['status'], allocations: DraftAllocation[], placedAt: Date): OrderView {
  const skuOf = (lineNo: number) => draft.lines[lineNo - 1]?.product.sku as string;
  const { input } = draft;
  return {
    id: draft.id,
    number,
    channel: input.channel,
    status,
    fulfillment: input.fulfillment,
    location: draft.location?.code ?? null,
    pickupLocation: draft.pickup?.code ?? null,
    customer: input.customer ? { email: input.customer.email, name: input.customer.name ?? null } : null,
    lines: draft.lines.map((line) => ({ sku: line.product.sku, quantity: line.quantity, unitPrice: line.unitPrice, discount: line.discount, tax: line.tax, taxRate: line.taxRate })),
    totals: draft.totals,
    allocations: allocations
      .filter((a) => a.status !== 'backordered')
      .map((a) => ({ sku: skuOf(a.lineNo), location: a.locationCode as string, quantity: a.quantity, status: a.status as 'reserved' | 'fulfilled' })),
    backorders: allocations.filter((a) => a.status === 'backordered').map((a) => ({ sku: skuOf(a.lineNo), location: a.locationCode, quantity: a.quantity })),
    payment: { method: draft.payment.method, amount: draft.payment.amount },
    placedAt: placedAt.toISOString(),
    completedAt: status === 'completed' ? placedAt.toISOString() : null,
    cancelledAt: null,
  };
}
