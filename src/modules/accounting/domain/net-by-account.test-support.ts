// Test support for the posting tables: a posting reduced to its net debit per account.
import type { Posting } from './posting.ts';

/** Net debit per account key (purpose, with the till's store), zero sums dropped. */
export function netByAccount(posting: Posting | null): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const line of posting?.lines ?? []) {
    const key = line.account.purpose === 'cash_till' ? `cash_till@${line.account.locationId ?? '-'}` : line.account.purpose;
    sums[key] = (sums[key] ?? 0) + line.debit - line.credit;
  }
  return Object.fromEntries(Object.entries(sums).filter(([, amount]) => amount !== 0));
}
