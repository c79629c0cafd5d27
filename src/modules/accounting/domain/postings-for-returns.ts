// What a return posts: revenue (to sales returns) and tax reversed against the refund paid out;
// restocked units back into inventory at their original cost, credited to cost of goods sold.
// Scrapped units post nothing: their cost stays in cost of goods sold, as the contract allows.
import { assert } from '../../../kernel/assert.ts';
import { balanced, type Channel, credit, debit, type Posting, type PostingLine } from './posting.ts';
import { type Tender, tenderAccount } from './tender-account.ts';

export interface ReturnedLine {
  productId: string;
  disposition: 'restock' | 'scrap';
  net: number;
  tax: number;
  cost: number;
}

export interface AcceptedReturn {
  returnId: string;
  orderId: string;
  /** Where the units were taken back (restocked units enter this location). */
  locationId: string;
  refund: Tender;
  lines: readonly ReturnedLine[];
  /** The original sale's channel and location, so margin and tax reverse where they were earned. */
  sale: { channel: Channel | null; locationId: string | null };
}

export function postingForReturn(accepted: AcceptedReturn): Posting {
  const net = accepted.lines.reduce((sum, l) => sum + l.net, 0);
  const tax = accepted.lines.reduce((sum, l) => sum + l.tax, 0);
  assert(accepted.refund.amount === net + tax, `return ${accepted.returnId}: refund ${accepted.refund.amount} is not the ${net + tax} reversed`);
  const saleLocation = accepted.sale.locationId;
  const lines: PostingLine[] = [];
  for (const l of accepted.lines) lines.push(debit({ purpose: 'sales_returns' }, l.net, { productId: l.productId, locationId: saleLocation }));
  lines.push(debit({ purpose: 'tax_payable' }, tax, { locationId: saleLocation }));
  lines.push(credit(tenderAccount(accepted.refund), accepted.refund.amount, { locationId: accepted.refund.locationId }));
  for (const l of accepted.lines) {
    if (l.disposition !== 'restock') continue;
    lines.push(debit({ purpose: 'inventory' }, l.cost, { productId: l.productId, locationId: accepted.locationId }));
    lines.push(credit({ purpose: 'cogs' }, l.cost, { productId: l.productId, locationId: saleLocation }));
  }
  return balanced({
    kind: 'return',
    source: { type: 'return', id: accepted.returnId },
    description: `Return ${accepted.returnId} of order ${accepted.orderId}`,
    channel: accepted.sale.channel,
    locationId: accepted.locationId,
    lines,
  });
}
