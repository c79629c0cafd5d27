// What a return refunds: the returned units' share of what the customer paid for the line, prorated so
// that returning every unit, in one return or several, refunds exactly the line — net, tax and cost alike.
import { prorate } from '../../../kernel/money.ts';

export interface SoldLine {
  quantity: number;
  net: number;
  tax: number;
  cost: number;
}

export interface ReturnShare {
  net: number;
  tax: number;
  cost: number;
  refund: number;
}

export function returnShare(line: SoldLine, returning: number, alreadyReturned: number): ReturnShare {
  const net = prorate(line.net, returning, alreadyReturned, line.quantity);
  const tax = prorate(line.tax, returning, alreadyReturned, line.quantity);
  const cost = prorate(line.cost, returning, alreadyReturned, line.quantity);
  return { net, tax, cost, refund: net + tax };
}

export const REASON_CODES = ['damaged', 'wrong_size', 'changed_mind', 'not_as_described', 'late_delivery'] as const;

/** A known reason keeps its code; anything else is recorded as free text under 'other'. */
export function reasonCode(reason: string): (typeof REASON_CODES)[number] | 'other' {
  return (REASON_CODES as readonly string[]).includes(reason) ? (reason as (typeof REASON_CODES)[number]) : 'other';
}
