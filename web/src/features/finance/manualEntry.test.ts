import { describe, expect, it } from 'vitest';
import { entryLines, entryTotals } from './manualEntry.ts';

const cents = (typed: string) => Math.round(Number(typed.replace(',', '.')) * 100);

describe('entryLines', () => {
  it('sends only the side that was typed, in minor units', () => {
    const lines = entryLines(
      [
        { key: 1, account: '6100', debit: '12.50', credit: '' },
        { key: 2, account: '1200', debit: ' ', credit: '12,5' },
      ],
      cents,
    );
    expect(lines).toEqual([
      { account: '6100', debit: 1250 },
      { account: '1200', credit: 1250 },
    ]);
  });

  it('keeps both sides when both were typed, for the server to refuse', () => {
    expect(entryLines([{ key: 1, account: '6100', debit: '1', credit: '2' }], cents)).toEqual([{ account: '6100', debit: 100, credit: 200 }]);
  });
});

describe('entryTotals', () => {
  it('adds each side and says whether they balance', () => {
    expect(entryTotals([{ account: 'a', debit: 1250 }, { account: 'b', credit: 1250 }])).toEqual({ debit: 1250, credit: 1250, balanced: true });
    expect(entryTotals([{ account: 'a', debit: 1250 }, { account: 'b', credit: 1000 }])).toEqual({ debit: 1250, credit: 1000, balanced: false });
  });

  it('ignores amounts that are not numbers and calls an empty entry unbalanced', () => {
    expect(entryTotals([{ account: 'a', debit: Number.NaN }, { account: 'b' }])).toEqual({ debit: 0, credit: 0, balanced: false });
  });
});
