// A manual journal entry as typed (amounts in major units, one of debit and credit per line) to the API's body
// (minor units, only the side that was typed), with the totals shown while typing. Balancing is the server's
// rule: an unbalanced entry is sent and its refusal shown, not second-guessed here.

export interface TypedLine {
  key: number;
  account: string;
  debit: string;
  credit: string;
}

export interface EntryLine {
  account: string;
  debit?: number;
  credit?: number;
}

/** A typed amount in minor units; undefined when left blank, NaN when not a number. */
function amount(typed: string, toMinor: (typed: string) => number): number | undefined {
  return typed.trim() === '' ? undefined : toMinor(typed.trim());
}

export function entryLines(lines: readonly TypedLine[], toMinor: (typed: string) => number): EntryLine[] {
  return lines.map((line) => {
    const debit = amount(line.debit, toMinor);
    const credit = amount(line.credit, toMinor);
    return { account: line.account, ...(debit === undefined ? {} : { debit }), ...(credit === undefined ? {} : { credit }) };
  });
}

export function entryTotals(lines: readonly EntryLine[]): { debit: number; credit: number; balanced: boolean } {
  const sum = (side: 'debit' | 'credit') => lines.reduce((total, line) => total + (Number.isFinite(line[side]) ? (line[side] ?? 0) : 0), 0);
  const debit = sum('debit');
  const credit = sum('credit');
  return { debit, credit, balanced: debit === credit && debit > 0 };
}
