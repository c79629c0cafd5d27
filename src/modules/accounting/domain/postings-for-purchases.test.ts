// Table-driven tests of what receipts, vendor bills and landed costs post.
import { describe, expect, it } from 'vitest';
import { InvariantViolation } from '../../../kernel/assert.ts';
import { netByAccount } from './net-by-account.test-support.ts';
import { postingForBill, postingForLandedCost, postingForReceipt } from './postings-for-purchases.ts';

describe('postingForReceipt', () => {
  it.each([
    ['one line', [{ productId: 'p', value: 1000 }], { inventory: 1000, goods_received_not_invoiced: -1000 }],
    ['two lines', [{ productId: 'p', value: 1000 }, { productId: 'q', value: 250 }], { inventory: 1250, goods_received_not_invoiced: -1250 }],
    ['free goods', [{ productId: 'p', value: 0 }], {}],
  ])('%s', (_name, lines, expected) => {
    expect(netByAccount(postingForReceipt({ receiptId: 'r', locationId: 'W1', lines }))).toEqual(expected);
  });
});

describe('postingForBill', () => {
  it.each([
    ['billed as received', 1000, 0, 0, { goods_received_not_invoiced: 1000, accounts_payable: -1000 }],
    ['billed dearer, with tax', 1000, 50, 210, { goods_received_not_invoiced: 1000, purchase_price_variance: 50, tax_recoverable: 210, accounts_payable: -1260 }],
    ['billed cheaper', 1000, -30, 0, { goods_received_not_invoiced: 1000, purchase_price_variance: -30, accounts_payable: -970 }],
  ])('%s', (_name, receivedValue, priceVariance, tax, expected) => {
    const total = receivedValue + priceVariance + tax;
    expect(netByAccount(postingForBill({ billId: 'b', locationId: 'W1', receivedValue, priceVariance, tax, total }))).toEqual(expected);
  });

  it('refuses a total that is not its parts', () => {
    expect(() => postingForBill({ billId: 'b', locationId: null, receivedValue: 1000, priceVariance: 0, tax: 0, total: 999 })).toThrow(InvariantViolation);
  });
});

describe('postingForLandedCost', () => {
  it.each([
    ['all units still held', [{ productId: 'p', capitalized: 300, expensed: 0 }], { inventory: 300, landed_cost_clearing: -300 }],
    ['some already sold', [{ productId: 'p', capitalized: 200, expensed: 100 }], { inventory: 200, cogs: 100, landed_cost_clearing: -300 }],
    ['over two products', [{ productId: 'p', capitalized: 150, expensed: 0 }, { productId: 'q', capitalized: 0, expensed: 150 }], { inventory: 150, cogs: 150, landed_cost_clearing: -300 }],
  ])('%s', (_name, lines, expected) => {
    expect(netByAccount(postingForLandedCost({ landedCostId: 'l', amount: 300, lines }))).toEqual(expected);
  });
});
