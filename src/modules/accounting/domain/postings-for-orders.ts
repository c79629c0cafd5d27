// What orders post: a deposit when a ship or pickup order is paid, the sale when goods leave (revenue,
// tax, cost of goods), and the deposit paid back when a reserved order is cancelled.
import { assert } from '../../../kernel/assert.ts';
import { balanced, type Channel, credit, debit, type Posting, type PostingLine } from './posting.ts';
import { revenueAccount, type Tender, tenderAccount } from './tender-account.ts';

export interface SoldLine {
  productId: string;
  /** quantity × unitPrice − discount, tax excluded. */
  net: number;
  tax: number;
  /** Cost of goods of the units that left. */
  cost: number;
}

export interface PlacedOrder {
  orderId: string;
  channel: Channel;
  fulfillment: 'carry_out' | 'ship' | 'pickup';
  locationId: string | null;
  total: number;
  payment: Tender;
}

/** A ship or pickup order's payment is a customer deposit (a liability) until the goods leave; a till sale posts at completion. */
export function postingForOrderPlaced(order: PlacedOrder): Posting | null {
  if (order.fulfillment === 'carry_out') return null;
  return balanced({
    kind: 'deposit',
    source: { type: 'order', id: order.orderId },
    description: `Deposit taken for order ${order.orderId}`,
    channel: order.channel,
    locationId: order.locationId,
    lines: [debit(tenderAccount(order.payment), order.total, { locationId: order.payment.locationId }), credit({ purpose: 'customer_deposits' }, order.total)],
  });
}

export interface CompletedOrder {
  orderId: string;
  channel: Channel;
  /** A till sale: paid now, never a deposit. */
  carryOut: boolean;
  /** How the customer paid: one tender, or several for a split till payment. */
  tenders: readonly Tender[];
  lines: readonly SoldLine[];
  /** The locations the goods left from. */
  locationIds: readonly string[];
}

/**
 * The sale: revenue (by channel) and tax payable are credited against the till/clearing accounts
 * (carry-out) or the customer deposit (shipped, collected); cost of goods sold is debited against inventory.
 */
export function postingForSale(order: CompletedOrder): Posting {
  const locationId = order.locationIds.length === 1 ? (order.locationIds[0] ?? null) : null;
  const net = order.lines.reduce((sum, l) => sum + l.net, 0);
  const tax = order.lines.reduce((sum, l) => sum + l.tax, 0);
  const lines: PostingLine[] = [];
  if (order.carryOut) lines.push(...tenderDebits(order, net + tax));
  else lines.push(debit({ purpose: 'customer_deposits' }, net + tax));
  for (const l of order.lines) lines.push(credit(revenueAccount(order.channel), l.net, { productId: l.productId, locationId }));
  lines.push(credit({ purpose: 'tax_payable' }, tax, { locationId }));
  for (const l of order.lines) {
    lines.push(debit({ purpose: 'cogs' }, l.cost, { productId: l.productId, locationId }));
    lines.push(credit({ purpose: 'inventory' }, l.cost, { productId: l.productId, locationId }));
  }
  return balanced({
    kind: 'sale',
    source: { type: 'order', id: order.orderId },
    description: `Sale ${order.orderId}`,
    channel: order.channel,
    locationId,
    lines,
  });
}

function tenderDebits(order: CompletedOrder, amount: number): PostingLine[] {
  assert(order.tenders.length > 0, `sale ${order.orderId} has no tender`);
  const tendered = order.tenders.reduce((sum, t) => sum + t.amount, 0);
  assert(tendered === amount, `sale ${order.orderId}: tenders of ${tendered} do not pay the ${amount} owed`);
  return order.tenders.map((t) => debit(tenderAccount(t), t.amount, { locationId: t.locationId }));
}

export interface CancelledOrder {
  orderId: string;
  refund: Tender;
}

/** The deposit is paid back the way it came. */
export function postingForCancellation(order: CancelledOrder): Posting {
  return balanced({
    kind: 'deposit_refund',
    source: { type: 'order', id: order.orderId },
    description: `Deposit paid back for cancelled order ${order.orderId}`,
    channel: null,
    locationId: order.refund.locationId,
    lines: [debit({ purpose: 'customer_deposits' }, order.refund.amount), credit(tenderAccount(order.refund), order.refund.amount, { locationId: order.refund.locationId })],
  });
}
