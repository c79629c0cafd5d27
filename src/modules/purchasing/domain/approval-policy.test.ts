// Which approval policy applies to an order: by priority, amount band and category.
import { describe, expect, it } from 'vitest';
import { type ApprovalPolicy, choosePolicy, isApprover, policyMatches } from './approval-policy.ts';

const policy = (name: string, fields: Partial<ApprovalPolicy>): ApprovalPolicy => ({
  id: name,
  name,
  priority: 100,
  category: null,
  minAmount: 0,
  maxAmount: null,
  steps: [],
  approvalHours: null,
  ...fields,
});

const basicsAuto = policy('basics auto', { priority: 10, category: 'basics', maxAmount: 50_000 });
const buyer = policy('buyer', { priority: 20, maxAmount: 500_000, steps: [{ role: 'buyer' }] });
const twoLevels = policy('two levels', { priority: 30, minAmount: 500_000, steps: [{ role: 'buyer' }, { userId: 'h', email: 'head@x' }] });
const policies = [twoLevels, buyer, basicsAuto];

describe('choosePolicy', () => {
  it.each([
    [49_999, ['basics', 'basics'], 'basics auto'],
    [50_000, ['basics'], 'buyer'], // the upper bound is exclusive
    [10_000, ['basics', 'electronics'], 'buyer'], // a category policy needs every line in it
    [10_000, ['basics', null], 'buyer'],
    [499_999, ['home'], 'buyer'],
    [500_000, ['home'], 'two levels'],
    [9_000_000, ['basics'], 'two levels'],
  ])('total %i with %j → %s', (total, categories, expected) => {
    expect(choosePolicy(policies, { total, categories })?.name).toBe(expected);
  });

  it('returns undefined when nothing matches (the default single buyer step applies)', () => {
    expect(choosePolicy([basicsAuto], { total: 60_000, categories: ['basics'] })).toBeUndefined();
  });

  it('orders by priority, then name', () => {
    const a = policy('a', { priority: 5 });
    const b = policy('b', { priority: 5 });
    expect(choosePolicy([b, a], { total: 1, categories: [] })?.name).toBe('a');
  });

  it('a category policy never matches an order without lines', () => {
    expect(policyMatches(basicsAuto, { total: 0, categories: [] })).toBe(false);
  });
});

describe('isApprover', () => {
  it('matches by user, else by role; admins may decide any step', () => {
    expect(isApprover({ role: 'buyer', userId: null }, { userId: 'u', role: 'buyer' })).toBe(true);
    expect(isApprover({ role: 'buyer', userId: null }, { userId: 'u', role: 'finance' })).toBe(false);
    expect(isApprover({ role: null, userId: 'h' }, { userId: 'u', role: 'buyer' })).toBe(false);
    expect(isApprover({ role: null, userId: 'h' }, { userId: 'h', role: 'buyer' })).toBe(true);
    expect(isApprover({ role: null, userId: 'h' }, { userId: 'x', role: 'admin' })).toBe(true);
  });
});
