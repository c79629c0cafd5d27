// What an order may still return, line by line: sold less already returned, and what the customer paid.
// Accepting a return and the eligibility look-up read it the same way, so the answer is what a return takes.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import { loadOrder, type OrderLineRecord, priceLine } from '../../orders/index.ts';
import { returnShare, type SoldLine } from '../domain/return-refund.ts';

/** Units returned so far per order line number. */
export async function returnedSoFar(db: Queryable, orderId: string): Promise<Map<number, number>> {
  const rows = await sql<{ order_line_no: number; quantity: number }>`SELECT order_line_no, sum(quantity)::int8 AS quantity
    FROM return_line WHERE order_id = ${orderId} GROUP BY order_line_no`.execute(db);
  return new Map(rows.rows.map((row) => [row.order_line_no, Number(row.quantity)]));
}

export function soldFigures(line: OrderLineRecord): SoldLine {
  return { quantity: line.quantity, net: priceLine(line).net, tax: line.tax, cost: line.cost ?? 0 };
}

export interface ReturnEligibility {
  /** The order's number, as every response names a document. */
  order: string;
  channel: string;
  status: string;
  /** Only completed orders take returns. */
  returnable: boolean;
  lines: Array<{
    lineNo: number;
    sku: string;
    sold: number;
    returned: number;
    left: number;
    /** What the customer paid for the line, tax included. */
    paid: number;
    /** The line's paid amount per unit, rounded to the cent (refunds are prorated so the line adds up). */
    unitPaid: number;
    /** What returning every unit left refunds, tax included. */
    refundLeft: number;
  }>;
}

/** By order id or number (a till sale's receipt carries its order number); NotFound for an unknown order. */
export async function returnEligibility(db: Queryable, idOrNumber: string): Promise<ReturnEligibility> {
  const order = await loadOrder(db, idOrNumber);
  const returned = await returnedSoFar(db, order.id);
  const returnable = order.status === 'completed';
  return {
    order: order.number,
    channel: order.channel,
    status: order.status,
    returnable,
    lines: order.lines.map((line) => {
      const sold = soldFigures(line);
      const already = returned.get(line.lineNo) ?? 0;
      const left = returnable ? line.quantity - already : 0;
      const paid = sold.net + sold.tax;
      return {
        lineNo: line.lineNo,
        sku: line.sku,
        sold: line.quantity,
        returned: already,
        left,
        paid,
        unitPaid: Math.round(paid / line.quantity),
        refundLeft: left > 0 ? returnShare(sold, left, already).refund : 0,
      };
    }),
  };
}
