// Table-driven tests of what till sessions and settlements post.
import { describe, expect, it } from 'vitest';
import { netByAccount } from './net-by-account.test-support.ts';
import { postingForCashCount, postingForCashFloat, postingForSettlement } from './postings-for-cash.ts';

describe('postingForCashFloat', () => {
  it.each([
    [10_000, { 'cash_till@S1': 10_000, bank: -10_000 }],
    [0, {}],
  ])('draws a float of %i from the bank into the till', (float, expected) => {
    expect(netByAccount(postingForCashFloat({ sessionId: 's', locationId: 'S1', float }))).toEqual(expected);
  });
});

describe('postingForCashCount', () => {
  it.each([
    ['exact', 25_000, 25_000, { bank: 25_000, 'cash_till@S1': -25_000 }],
    ['over', 25_000, 25_150, { bank: 25_150, 'cash_till@S1': -25_000, cash_over_short: -150 }],
    ['short', 25_000, 24_000, { bank: 24_000, 'cash_till@S1': -25_000, cash_over_short: 1_000 }],
    ['empty and counted empty', 0, 0, {}],
    ['everything missing', 5_000, 0, { 'cash_till@S1': -5_000, cash_over_short: 5_000 }],
  ])('%s: expected %i, counted %i', (_name, expected, counted, net) => {
    expect(netByAccount(postingForCashCount({ sessionId: 's', locationId: 'S1', expected, counted }))).toEqual(net);
  });
});

describe('postingForSettlement', () => {
  it.each([
    ['one card capture', [{ clearing: 'card_clearing', gross: 10_000, fee: 150, net: 9_850 }], { card_clearing: -10_000, payment_fees: 150, bank: 9_850 }],
    [
      'card and online captures',
      [
        { clearing: 'card_clearing', gross: 10_000, fee: 150, net: 9_850 },
        { clearing: 'online_clearing', gross: 5_000, fee: 175, net: 4_825 },
      ],
      { card_clearing: -10_000, online_clearing: -5_000, payment_fees: 325, bank: 14_675 },
    ],
    ['a refund with a fee', [{ clearing: 'online_clearing', gross: -1_000, fee: 30, net: -1_030 }], { online_clearing: 1_000, payment_fees: 30, bank: -1_030 }],
    ['a refund with the fee given back', [{ clearing: 'card_clearing', gross: -1_000, fee: -15, net: -985 }], { card_clearing: 1_000, payment_fees: -15, bank: -985 }],
  ] as const)('%s', (_name, rows, expected) => {
    expect(netByAccount(postingForSettlement({ importId: 'i', rows }))).toEqual(expected);
  });
});
