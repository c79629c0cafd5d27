// What purchasing posts: a receipt puts the goods into inventory against goods received not invoiced; a
// matched vendor bill clears that against accounts payable (the price difference to purchase price
// variance, the vendor's tax to recoverable tax); a landed cost is capitalized into inventory for the units
// still held and expensed to cost of goods sold for those already gone, against landed cost clearing.
import { assert } from '../../../kernel/assert.ts';
import { balanced, credit, debit, type Posting, signed } from './posting.ts';

export interface Receipt {
  receiptId: string;
  locationId: string;
  lines: ReadonlyArray<{ productId: string; value: number }>;
}

export function postingForReceipt(receipt: Receipt): Posting {
  const total = receipt.lines.reduce((sum, line) => sum + line.value, 0);
  return balanced({
    kind: 'receipt',
    source: { type: 'receipt', id: receipt.receiptId },
    description: `Goods received ${receipt.receiptId}`,
    channel: null,
    locationId: receipt.locationId,
    lines: [
      ...receipt.lines.map((line) => debit({ purpose: 'inventory' }, line.value, { productId: line.productId, locationId: receipt.locationId })),
      credit({ purpose: 'goods_received_not_invoiced' }, total),
    ],
  });
}

export interface VendorBill {
  billId: string;
  locationId: string | null;
  receivedValue: number;
  /** Billed minus received value: positive debits the variance, negative credits it. */
  priceVariance: number;
  tax: number;
  total: number;
}

export function postingForBill(bill: VendorBill): Posting {
  assert(bill.total === bill.receivedValue + bill.priceVariance + bill.tax, `bill ${bill.billId}: total ${bill.total} is not received value + variance + tax`);
  return balanced({
    kind: 'bill',
    source: { type: 'bill', id: bill.billId },
    description: `Vendor bill ${bill.billId}`,
    channel: null,
    locationId: bill.locationId,
    lines: [
      debit({ purpose: 'goods_received_not_invoiced' }, bill.receivedValue),
      signed({ purpose: 'purchase_price_variance' }, bill.priceVariance),
      signed({ purpose: 'tax_recoverable' }, bill.tax),
      signed({ purpose: 'accounts_payable' }, -bill.total),
    ],
  });
}

export interface LandedCost {
  landedCostId: string;
  amount: number;
  lines: ReadonlyArray<{ productId: string; capitalized: number; expensed: number }>;
}

export function postingForLandedCost(cost: LandedCost): Posting {
  return balanced({
    kind: 'landed_cost',
    source: { type: 'landed_cost', id: cost.landedCostId },
    description: `Landed cost ${cost.landedCostId}`,
    channel: null,
    locationId: null,
    lines: [
      ...cost.lines.flatMap((line) => [
        debit({ purpose: 'inventory' }, line.capitalized, { productId: line.productId }),
        debit({ purpose: 'cogs' }, line.expensed, { productId: line.productId }),
      ]),
      credit({ purpose: 'landed_cost_clearing' }, cost.amount),
    ],
  });
}
