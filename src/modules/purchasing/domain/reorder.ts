// Reorder maths with Odoo's stock.warehouse.orderpoint semantics: when the projected position falls below
// the rule's min, order up to its max, rounded up to the order multiple and the vendor's minimum order quantity.
// The replenishment run computes the same in SQL (replenishment-sql.ts); a test checks that they agree.
import { assert } from '../../../kernel/assert.ts';

export interface ReorderLimits {
  min: number;
  max: number;
  /** The rule's order multiple (1 = any quantity). */
  multiple: number;
}

export interface SupplierTerms {
  minOrderQuantity: number;
  orderMultiple: number;
}

export interface StockPosition {
  onHand: number;
  reserved: number;
  /** Open purchase-order quantities still to come and inbound transfers not yet received. */
  incoming: number;
  /** Outbound transfer requests not yet reserved (reserved ones are already in `reserved`). */
  outgoing: number;
  /** Expected demand over the lead time. */
  demand: number;
}

/** On-hand − reserved − outgoing + incoming − expected demand over the lead time. */
export function projectedPosition(position: StockPosition): number {
  return position.onHand - position.reserved - position.outgoing + position.incoming - position.demand;
}

/**
 * Expected demand over the lead time from net units sold (sales − returns) over the window: the average daily
 * rate × lead time, rounded up (a fraction of a unit expected is a unit to cover). No net sales: no demand.
 */
export function expectedDemand(netSold: number, windowDays: number, leadTimeDays: number): number {
  assert(windowDays > 0 && leadTimeDays >= 0, 'demand needs a positive window and a lead time');
  if (netSold <= 0 || leadTimeDays === 0) return 0;
  return Math.floor((netSold * leadTimeDays + windowDays - 1) / windowDays);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The quantity step that satisfies both the rule's and the vendor's multiple. */
export function effectiveMultiple(ruleMultiple: number, vendorMultiple = 1): number {
  assert(ruleMultiple >= 1 && vendorMultiple >= 1, 'order multiples are at least 1');
  return (ruleMultiple / gcd(ruleMultiple, vendorMultiple)) * vendorMultiple;
}

const roundUp = (quantity: number, multiple: number) => Math.ceil(quantity / multiple) * multiple;

/**
 * How much to order: nothing unless projected < min; else max − projected, rounded up to the multiple, then
 * raised to the minimum order quantity (and rounded up to the multiple again).
 */
export function reorderQuantity(projected: number, limits: ReorderLimits, supplier?: SupplierTerms): number {
  assert(limits.min >= 0 && limits.max >= limits.min, 'a reorder rule needs 0 ≤ min ≤ max');
  if (projected >= limits.min) return 0;
  const multiple = effectiveMultiple(limits.multiple, supplier?.orderMultiple ?? 1);
  const wanted = roundUp(limits.max - projected, multiple);
  return roundUp(Math.max(wanted, supplier?.minOrderQuantity ?? 1), multiple);
}
