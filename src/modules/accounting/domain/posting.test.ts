// Tests of the posting checks: zero lines dropped, negative, fractional or one-sided postings refused.
import { describe, expect, it } from 'vitest';
import { InvariantViolation } from '../../../kernel/assert.ts';
import { balanced, credit, debit, type Posting, reversal, signed } from './posting.ts';

const posting = (lines: Posting['lines']): Posting => ({ kind: 'test', source: { type: 'test', id: '1' }, description: 'test', channel: null, locationId: null, lines });

describe('balanced', () => {
  it.each([
    ['unbalanced', [debit({ purpose: 'bank' }, 100), credit({ purpose: 'cogs' }, 99)]],
    ['negative', [debit({ purpose: 'bank' }, -100), credit({ purpose: 'cogs' }, -100)]],
    ['fractional', [debit({ purpose: 'bank' }, 100.5), credit({ purpose: 'cogs' }, 100.5)]],
    ['two-sided', [{ ...debit({ purpose: 'bank' }, 100), credit: 100 }]],
    ['unsafe', [debit({ purpose: 'bank' }, 2 ** 60), credit({ purpose: 'cogs' }, 2 ** 60)]],
  ])('refuses a %s posting', (_name, lines) => {
    expect(() => balanced(posting(lines))).toThrow(InvariantViolation);
  });

  it('drops zero lines and keeps the rest', () => {
    const result = balanced(posting([debit({ purpose: 'bank' }, 0), debit({ purpose: 'bank' }, 5), credit({ purpose: 'cogs' }, 5)]));
    expect(result.lines).toHaveLength(2);
  });

  it.each([
    [250, { debit: 250, credit: 0 }],
    [-250, { debit: 0, credit: 250 }],
    [0, { debit: 0, credit: 0 }],
  ])('signed(%i) puts the amount on the right side', (amount, sides) => {
    expect(signed({ purpose: 'bank' }, amount)).toMatchObject(sides);
  });

  it('reverses a posting line by line', () => {
    const original = posting([debit({ purpose: 'bank' }, 7), credit({ purpose: 'cogs' }, 7)]);
    expect(reversal(original).lines.map((l) => [l.debit, l.credit])).toEqual([[0, 7], [7, 0]]);
  });
});
