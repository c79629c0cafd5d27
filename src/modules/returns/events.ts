// Facts the returns module publishes inside the transaction that made them true.
import type { DomainEvent } from '../../platform/events/event-bus.ts';
import type { Channel, Payment } from '../orders/index.ts';

export type Disposition = 'restock' | 'scrap';

export interface ReturnedLine {
  productId: string;
  quantity: number;
  disposition: Disposition;
  /** The share of the line's net amount (quantity × unitPrice − discount) refunded for these units. */
  net: number;
  /** The share of the line's tax refunded for these units. */
  tax: number;
  /** What these units cost when they left (their share of the sold line's cost of goods). */
  cost: number;
  reason: string;
  /** Where the sold line's units left from (the first of its locations by id when it left from several). */
  soldFromLocationId: string | null;
}

/** A return was taken (`channel` and `soldAt`: the order's channel and completion time): revenue and tax are reversed, the refund is paid out; restocked units re-enter inventory at `cost`. */
export type ReturnAccepted = DomainEvent<
  'returns.return_accepted',
  { returnId: string; orderId: string; locationId: string; refund: Payment; lines: ReturnedLine[]; channel: Channel; soldAt: string }
>;
