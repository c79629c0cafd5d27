// Matches one settlement row to the order its reference names: a positive gross settles the order's card or
// online capture (once, for exactly the captured amount); a negative gross settles a refund of it (never
// more than was captured). Anything else is an exception with a stable reason.
import type { SettledRow } from './postings-for-cash.ts';
import type { SettlementRow } from './settlement-csv.ts';

export interface OrderPayment {
  orderId: string;
  method: 'cash' | 'card' | 'store_credit' | 'online';
  amount: number;
}

export interface SettledBefore {
  /** The capture of the order was already settled. */
  capture: boolean;
  /** Refunds of the order already settled (a positive amount). */
  refunds: number;
}

export type SettlementMatch = { status: 'matched'; orderId: string; settled: SettledRow } | { status: 'exception'; orderId: string | null; reason: string };

export function matchSettlementRow(row: SettlementRow, payment: OrderPayment | null, before: SettledBefore): SettlementMatch {
  if (row.problem) return { status: 'exception', orderId: null, reason: row.problem };
  const { gross, fee, net } = row as { gross: number; fee: number; net: number };
  if (!payment) return { status: 'exception', orderId: null, reason: 'unknown_reference' };
  const exception = (reason: string): SettlementMatch => ({ status: 'exception', orderId: payment.orderId, reason });
  if (payment.method !== 'card' && payment.method !== 'online') return exception('not_a_provider_payment');
  const clearing = payment.method === 'card' ? 'card_clearing' : 'online_clearing';
  if (gross > 0) {
    if (before.capture) return exception('already_settled');
    if (gross !== payment.amount) return exception('amount_mismatch');
  } else if (gross < 0) {
    if (before.refunds - gross > payment.amount) return exception('refund_exceeds_payment');
  } else {
    return exception('zero_amount');
  }
  return { status: 'matched', orderId: payment.orderId, settled: { clearing, gross, fee, net } };
}
