// Facts the orders module publishes inside the transaction that made them true. Accounting posts the
// books from them; nothing here knows about accounting.
import type { DomainEvent } from '../../platform/events/event-bus.ts';

export type Channel = 'store' | 'web' | 'marketplace';
export type Fulfillment = 'carry_out' | 'ship' | 'pickup';
export type PaymentMethod = 'cash' | 'card' | 'store_credit' | 'online';

export interface PostedLine {
  lineNo: number;
  productId: string;
  quantity: number;
  /** quantity × unitPrice − discount: revenue, tax excluded. */
  net: number;
  tax: number;
  /** Cost of goods of the units that left (average cost at that moment). */
  cost: number;
  /** The location most of the line's units left from (the sale counts there). */
  locationId: string;
}

export interface Payment {
  method: PaymentMethod;
  amount: number;
  /** The store whose till took it, for cash; null for online captures. */
  locationId: string | null;
}

/** An order was placed. For ship and pickup the payment is a customer deposit until fulfilment. `lineCount`: lines placed. */
export type OrderPlaced = DomainEvent<
  'orders.order_placed',
  { orderId: string; channel: Channel; fulfillment: Fulfillment; locationId: string | null; total: number; payment: Payment; lineCount: number }
>;

/** Units of one order line that left one location, and what they cost (a line may leave from several). */
export interface Shipment {
  lineNo: number;
  locationId: string;
  quantity: number;
  cost: number;
}

/**
 * Goods left: revenue, tax and cost of goods are earned now. carryOut: paid at the till, never a deposit.
 * `shipments` say where each line's units left from; `placedAt` is when the order was placed (ISO).
 */
export type OrderCompleted = DomainEvent<
  'orders.order_completed',
  {
    orderId: string;
    number: string;
    channel: Channel;
    fulfillment: Fulfillment;
    carryOut: boolean;
    payment: Payment;
    lines: PostedLine[];
    locationIds: string[];
    shipments: Shipment[];
    placedAt: string;
    /** The order's own location (till store or pickup store), as in orders.order_placed; null when the system sources it. */
    homeLocationId: string | null;
  }
>;

/** A reserved order was cancelled: the deposit is paid back. */
export type OrderCancelled = DomainEvent<'orders.order_cancelled', { orderId: string; refund: Payment }>;

export type OrderEvent = OrderPlaced | OrderCompleted | OrderCancelled;
