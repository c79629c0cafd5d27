// Table-driven tests of what orders post: deposits, sales (carry-out and fulfilled), cancellations.
import { describe, expect, it } from 'vitest';
import { InvariantViolation } from '../../../kernel/assert.ts';
import { netByAccount } from './net-by-account.test-support.ts';
import { type CompletedOrder, postingForCancellation, postingForOrderPlaced, postingForSale } from './postings-for-orders.ts';

const tee = { productId: 'p-tee', net: 2000, tax: 400, cost: 800 };
const mug = { productId: 'p-mug', net: 2397, tax: 132, cost: 999 };

describe('postingForOrderPlaced', () => {
  it.each([
    ['a web order paid online', { channel: 'web', fulfillment: 'ship', method: 'online', locationId: null }, { online_clearing: 5000, customer_deposits: -5000 }],
    ['a marketplace order', { channel: 'marketplace', fulfillment: 'ship', method: 'online', locationId: null }, { online_clearing: 5000, customer_deposits: -5000 }],
    ['a click-and-collect order paid by card', { channel: 'web', fulfillment: 'pickup', method: 'card', locationId: 'S1' }, { card_clearing: 5000, customer_deposits: -5000 }],
    ['a store order shipped, paid cash', { channel: 'store', fulfillment: 'ship', method: 'cash', locationId: 'S1' }, { 'cash_till@S1': 5000, customer_deposits: -5000 }],
    ['an order paid with store credit', { channel: 'web', fulfillment: 'pickup', method: 'store_credit', locationId: null }, { store_credit: 5000, customer_deposits: -5000 }],
    ['a till sale (posts at completion)', { channel: 'store', fulfillment: 'carry_out', method: 'cash', locationId: 'S1' }, {}],
  ] as const)('%s', (_name, order, expected) => {
    const posting = postingForOrderPlaced({
      orderId: 'o1',
      channel: order.channel,
      fulfillment: order.fulfillment,
      locationId: order.locationId,
      total: 5000,
      payment: { method: order.method, amount: 5000, locationId: order.locationId },
    });
    expect(netByAccount(posting)).toEqual(expected);
    if (posting) expect(posting.source).toEqual({ type: 'order', id: 'o1' });
  });
});

describe('postingForSale', () => {
  const base: CompletedOrder = { orderId: 'o1', channel: 'store', carryOut: true, tenders: [], lines: [tee, mug], locationIds: ['S1'] };
  const owed = 2000 + 400 + 2397 + 132;
  it.each([
    [
      'a till sale paid cash',
      { tenders: [{ method: 'cash', amount: owed, locationId: 'S1' }] },
      { 'cash_till@S1': owed, revenue_store: -4397, tax_payable: -532, cogs: 1799, inventory: -1799 },
    ],
    [
      'a till sale paid by card and cash',
      { tenders: [{ method: 'card', amount: 3000, locationId: 'S1' }, { method: 'cash', amount: owed - 3000, locationId: 'S1' }] },
      { card_clearing: 3000, 'cash_till@S1': owed - 3000, revenue_store: -4397, tax_payable: -532, cogs: 1799, inventory: -1799 },
    ],
    [
      'a till sale partly paid with store credit',
      { tenders: [{ method: 'store_credit', amount: 1000, locationId: null }, { method: 'card', amount: owed - 1000, locationId: 'S1' }] },
      { store_credit: 1000, card_clearing: owed - 1000, revenue_store: -4397, tax_payable: -532, cogs: 1799, inventory: -1799 },
    ],
    [
      'a shipped web order (the deposit becomes revenue)',
      { channel: 'web', carryOut: false, tenders: [{ method: 'online', amount: owed, locationId: null }], locationIds: ['W1'] },
      { customer_deposits: owed, revenue_web: -4397, tax_payable: -532, cogs: 1799, inventory: -1799 },
    ],
    [
      'a marketplace order shipped from two warehouses',
      { channel: 'marketplace', carryOut: false, tenders: [{ method: 'online', amount: owed, locationId: null }], locationIds: ['W1', 'W2'] },
      { customer_deposits: owed, revenue_marketplace: -4397, tax_payable: -532, cogs: 1799, inventory: -1799 },
    ],
    [
      'a tax-free line and a free gift (zero lines dropped)',
      { tenders: [{ method: 'card', amount: 1000, locationId: 'S1' }], lines: [{ productId: 'p', net: 1000, tax: 0, cost: 300 }, { productId: 'g', net: 0, tax: 0, cost: 0 }] },
      { card_clearing: 1000, revenue_store: -1000, cogs: 300, inventory: -300 },
    ],
  ] as const)('%s', (_name, change, expected) => {
    const posting = postingForSale({ ...base, ...change } as CompletedOrder);
    expect(netByAccount(posting)).toEqual(expected);
    expect(posting.lines.every((line) => line.debit > 0 !== line.credit > 0)).toBe(true);
  });

  it('carries product and location dimensions on revenue and cost lines (location only when one)', () => {
    const one = postingForSale({ ...base, tenders: [{ method: 'card', amount: owed, locationId: 'S1' }] });
    expect(one.lines.filter((l) => l.account.purpose === 'revenue_store').map((l) => [l.productId, l.locationId])).toEqual([['p-tee', 'S1'], ['p-mug', 'S1']]);
    expect(one.locationId).toBe('S1');
    const two = postingForSale({ ...base, carryOut: false, locationIds: ['W1', 'W2'] });
    expect(two.locationId).toBeNull();
  });

  it.each([
    ['tenders short of the amount owed', [{ method: 'cash', amount: owed - 1, locationId: 'S1' }]],
    ['no tender at all', []],
  ] as const)('refuses %s as a broken invariant', (_name, tenders) => {
    expect(() => postingForSale({ ...base, tenders })).toThrow(InvariantViolation);
  });
});

describe('postingForCancellation', () => {
  it.each([
    ['online', null, { customer_deposits: 4321, online_clearing: -4321 }],
    ['card', 'S1', { customer_deposits: 4321, card_clearing: -4321 }],
    ['cash', 'S2', { customer_deposits: 4321, 'cash_till@S2': -4321 }],
  ] as const)('pays a %s deposit back the way it came', (method, locationId, expected) => {
    expect(netByAccount(postingForCancellation({ orderId: 'o1', refund: { method, amount: 4321, locationId } }))).toEqual(expected);
  });
});
