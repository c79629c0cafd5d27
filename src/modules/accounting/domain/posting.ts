// A posting: the journal entry a business document makes, built by pure functions in terms of account
// purposes, checked balanced before anything is written. Amounts are integers of minor units.
import { assert } from '../../../kernel/assert.ts';
import type { Purpose } from './account.ts';

export type Channel = 'store' | 'web' | 'marketplace';

/** Where a line goes: a purpose (and, for a till, the store). Accounts are looked up at posting time. */
export interface AccountRef {
  purpose: Purpose;
  locationId?: string | null;
}

/** Analytic dimensions a line carries for margin, valuation and tax reports. */
export interface Dimensions {
  productId?: string | null;
  locationId?: string | null;
}

export interface PostingLine {
  account: AccountRef;
  debit: number;
  credit: number;
  productId: string | null;
  locationId: string | null;
}

export interface Posting {
  /** What happened, e.g. sale, deposit, refund, adjustment. */
  kind: string;
  source: { type: string; id: string };
  description: string;
  channel: Channel | null;
  /** The document's location (the store of a sale, where a return was taken). */
  locationId: string | null;
  lines: PostingLine[];
}

export function debit(account: AccountRef, amount: number, dimensions: Dimensions = {}): PostingLine {
  return line(account, amount, 0, dimensions);
}

export function credit(account: AccountRef, amount: number, dimensions: Dimensions = {}): PostingLine {
  return line(account, 0, amount, dimensions);
}

/** A signed amount: positive debits the account, negative credits it. */
export function signed(account: AccountRef, amount: number, dimensions: Dimensions = {}): PostingLine {
  return amount >= 0 ? debit(account, amount, dimensions) : credit(account, -amount, dimensions);
}

function line(account: AccountRef, debitAmount: number, creditAmount: number, dimensions: Dimensions): PostingLine {
  return { account, debit: debitAmount, credit: creditAmount, productId: dimensions.productId ?? null, locationId: dimensions.locationId ?? null };
}

export function sumDebits(lines: readonly PostingLine[]): number {
  return lines.reduce((sum, l) => sum + l.debit, 0);
}

export function sumCredits(lines: readonly PostingLine[]): number {
  return lines.reduce((sum, l) => sum + l.credit, 0);
}

/**
 * Drops zero lines and checks what remains: integers, never negative, one side per line, debits equal
 * to credits. An unbalanced posting is a bug in the function that built it, never something to fix up.
 */
export function balanced(posting: Posting): Posting {
  for (const l of posting.lines) {
    assert(Number.isSafeInteger(l.debit) && Number.isSafeInteger(l.credit), `${posting.kind} ${posting.source.id}: amounts must be integers of minor units`);
    assert(l.debit >= 0 && l.credit >= 0, `${posting.kind} ${posting.source.id}: a line never has a negative side (${l.account.purpose})`);
    assert(l.debit === 0 || l.credit === 0, `${posting.kind} ${posting.source.id}: a line is a debit or a credit, not both`);
  }
  const lines = posting.lines.filter((l) => l.debit > 0 || l.credit > 0);
  const debits = sumDebits(lines);
  const credits = sumCredits(lines);
  assert(debits === credits, `${posting.kind} ${posting.source.id} does not balance: debits ${debits}, credits ${credits}`);
  return { ...posting, lines };
}

/** The entry that undoes another: every line on the other side. */
export function reversal(posting: Posting, kind = 'reversal'): Posting {
  return {
    ...posting,
    kind,
    description: `Reversal of ${posting.description}`,
    lines: posting.lines.map((l) => ({ ...l, debit: l.credit, credit: l.debit })),
  };
}
