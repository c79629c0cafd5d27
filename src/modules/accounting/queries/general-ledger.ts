// The general ledger of one account: its lines in posting order with a running balance, a page at a time,
// starting from the balance brought forward at the start of the period.
import { sql } from 'kysely';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/cursor.ts';
import type { TimeRange } from '../domain/period.ts';
import { findAccount, toAccount } from './find-accounts.ts';
import { entryNumber } from './list-journal-entries.ts';
import { periodFilter } from './period-filter.ts';

export interface LedgerLine {
  entry: string;
  number: string;
  date: string;
  source: string;
  description: string;
  debit: number;
  credit: number;
  balance: number;
}

export interface GeneralLedgerInput {
  code: string;
  range: TimeRange;
  limit: number;
  cursor?: string;
}

export async function getGeneralLedger(db: Queryable, input: GeneralLedgerInput) {
  const row = await findAccount(db, input.code);
  if (!row) throw new NotFound('Account', input.code);
  const after = decodeCursor(input.cursor);
  const afterKey = after && typeof after[0] === 'number' && typeof after[1] === 'number' ? (after as [number, number]) : undefined;
  const inRange = periodFilter(input.range, sql.ref('l.posted_at'));
  const before = input.range.from ? sql`AND l.posted_at < ${input.range.from}` : sql`AND false`;
  const opening = await sql<{ balance: number }>`SELECT coalesce(sum(l.debit - l.credit), 0)::int8 AS balance FROM journal_line l
    WHERE l.account_id = ${row.id} ${before}`.execute(db);
  const openingBalance = Number(opening.rows[0]?.balance ?? 0);
  const skipped = afterKey
    ? await sql<{ balance: number }>`SELECT coalesce(sum(l.debit - l.credit), 0)::int8 AS balance FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id
        WHERE l.account_id = ${row.id} ${inRange} AND (e.number, l.line_no) <= (${afterKey[0]}, ${afterKey[1]})`.execute(db)
    : undefined;
  let balance = openingBalance + Number(skipped?.rows[0]?.balance ?? 0);
  const lines = await sql<{ entry_id: string; number: number; line_no: number; posted_at: Date | string; source_type: string; source_id: string; description: string; debit: number; credit: number }>`
    SELECT l.entry_id, e.number, l.line_no, l.posted_at, e.source_type, e.source_id, e.description, l.debit, l.credit
      FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id
     WHERE l.account_id = ${row.id} ${inRange} ${afterKey ? sql`AND (e.number, l.line_no) > (${afterKey[0]}, ${afterKey[1]})` : sql``}
     ORDER BY e.number, l.line_no LIMIT ${input.limit + 1}`.execute(db);
  const page = lines.rows.slice(0, input.limit);
  const items: LedgerLine[] = page.map((line) => {
    balance += Number(line.debit) - Number(line.credit);
    return {
      entry: line.entry_id,
      number: entryNumber(Number(line.number)),
      date: new Date(line.posted_at).toISOString(),
      source: `${line.source_type}:${line.source_id}`,
      description: line.description,
      debit: Number(line.debit),
      credit: Number(line.credit),
      balance,
    };
  });
  const last = page[page.length - 1];
  return {
    account: toAccount(row),
    openingBalance,
    items,
    nextCursor: lines.rows.length > input.limit && last ? encodeCursor([Number(last.number), last.line_no]) : null,
  };
}
