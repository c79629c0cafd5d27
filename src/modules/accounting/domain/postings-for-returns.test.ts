// Table-driven tests of what returns post: revenue and tax reversed against the refund, restock at cost.
import { describe, expect, it } from 'vitest';
import { InvariantViolation } from '../../../kernel/assert.ts';
import { netByAccount } from './net-by-account.test-support.ts';
import { type AcceptedReturn, postingForReturn } from './postings-for-returns.ts';

const base: AcceptedReturn = {
  returnId: 'r1',
  orderId: 'o1',
  locationId: 'S2',
  refund: { method: 'card', amount: 0, locationId: null },
  lines: [],
  sale: { channel: 'store', locationId: 'S1' },
};

describe('postingForReturn', () => {
  it.each([
    [
      'one unit restocked, refunded by card',
      [{ productId: 'p', disposition: 'restock', net: 1000, tax: 200, cost: 400 }],
      { method: 'card', amount: 1200, locationId: null },
      { sales_returns: 1000, tax_payable: 200, card_clearing: -1200, inventory: 400, cogs: -400 },
    ],
    [
      'one unit scrapped: its cost stays in cost of goods sold',
      [{ productId: 'p', disposition: 'scrap', net: 1000, tax: 200, cost: 400 }],
      { method: 'cash', amount: 1200, locationId: 'S2' },
      { sales_returns: 1000, tax_payable: 200, 'cash_till@S2': -1200 },
    ],
    [
      'restocked and scrapped lines of a web order, refunded online',
      [
        { productId: 'p', disposition: 'restock', net: 667, tax: 133, cost: 333 },
        { productId: 'q', disposition: 'scrap', net: 500, tax: 0, cost: 250 },
      ],
      { method: 'online', amount: 1300, locationId: null },
      { sales_returns: 1167, tax_payable: 133, online_clearing: -1300, inventory: 333, cogs: -333 },
    ],
    [
      'a refund in store credit',
      [{ productId: 'p', disposition: 'restock', net: 999, tax: 0, cost: 0 }],
      { method: 'store_credit', amount: 999, locationId: null },
      { sales_returns: 999, store_credit: -999 },
    ],
  ] as const)('%s', (_name, lines, refund, expected) => {
    const posting = postingForReturn({ ...base, lines, refund });
    expect(netByAccount(posting)).toEqual(expected);
    expect(posting.source).toEqual({ type: 'return', id: 'r1' });
  });

  it('reverses revenue and cost where the sale earned them, and restocks where the units came back', () => {
    const posting = postingForReturn({ ...base, lines: [{ productId: 'p', disposition: 'restock', net: 10, tax: 0, cost: 4 }], refund: { method: 'card', amount: 10, locationId: null } });
    const at = (purpose: string) => posting.lines.find((line) => line.account.purpose === purpose)?.locationId;
    expect([at('sales_returns'), at('cogs'), at('inventory')]).toEqual(['S1', 'S1', 'S2']);
  });

  it('refuses a refund that is not the revenue and tax reversed', () => {
    expect(() => postingForReturn({ ...base, lines: [{ productId: 'p', disposition: 'restock', net: 10, tax: 2, cost: 4 }], refund: { method: 'card', amount: 11, locationId: null } })).toThrow(InvariantViolation);
  });
});
