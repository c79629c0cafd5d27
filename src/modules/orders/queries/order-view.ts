// The order as the API shows it: lines with amounts per line, totals, allocations and backorders.
import type { Channel, Fulfillment, PaymentMethod } from '../events.ts';
import type { OrderRecord, OrderStatus } from './load-order.ts';

export interface OrderView {
  id: string;
  number: string;
  channel: Channel;
  status: OrderStatus;
  fulfillment: Fulfillment;
  location: string | null;
  pickupLocation: string | null;
  customer: { email: string; name: string | null } | null;
  lines: Array<{ sku: string; quantity: number; unitPrice: number; discount: number; tax: number; taxRate: number }>;
  totals: { subtotal: number; discount: number; tax: number; total: number };
  allocations: Array<{ sku: string; location: string; quantity: number; status: 'reserved' | 'fulfilled' | 'released' }>;
  backorders: Array<{ sku: string; location: string | null; quantity: number }>;
  payment: { method: PaymentMethod; amount: number };
  placedAt: string;
  completedAt: string | null;
  cancelledAt: string | null;
}

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export function toOrderView(order: OrderRecord): OrderView {
  const skuOf = new Map(order.lines.map((line) => [line.lineNo, line.sku]));
  return {
    id: order.id,
    number: order.number,
    channel: order.channel,
    status: order.status,
    fulfillment: order.fulfillment,
    location: order.locationCode,
    pickupLocation: order.pickupLocationCode,
    customer: order.customer,
    lines: order.lines.map((line) => ({
      sku: line.sku,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discount: line.discount,
      tax: line.tax,
      taxRate: line.taxRate,
    })),
    totals: { subtotal: order.subtotal, discount: order.discount, tax: order.tax, total: order.total },
    allocations: order.allocations
      .filter((allocation) => allocation.status !== 'backordered' && allocation.locationCode !== null)
      .map((allocation) => ({
        sku: skuOf.get(allocation.lineNo) as string,
        location: allocation.locationCode as string,
        quantity: allocation.quantity,
        status: allocation.status as 'reserved' | 'fulfilled' | 'released',
      })),
    backorders: order.allocations
      .filter((allocation) => allocation.status === 'backordered')
      .map((allocation) => ({ sku: skuOf.get(allocation.lineNo) as string, location: allocation.locationCode, quantity: allocation.quantity })),
    payment: { method: order.payment.method, amount: order.payment.amount },
    placedAt: iso(order.placedAt) as string,
    completedAt: iso(order.completedAt),
    cancelledAt: iso(order.cancelledAt),
  };
}
