// The trial balance: every account (zero ones too, so role sums are complete) with its debits and
// credits in the period; totals always balance because every entry does.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import type { AccountType, Role } from '../domain/account.ts';
import type { TimeRange } from '../domain/period.ts';
import { periodFilter } from './period-filter.ts';

export interface TrialBalanceRow {
  code: string;
  name: string;
  type: AccountType;
  role: Role | null;
  debit: number;
  credit: number;
  balance: number;
}

export interface TrialBalance {
  accounts: TrialBalanceRow[];
  totals: { debit: number; credit: number };
}

/** Every account with the sums of its lines posted in the range (ordered by code). */
export async function accountSums(db: Queryable, range: TimeRange) {
  const result = await sql<{ id: number; code: string; name: string; type: AccountType; role: Role | null; purpose: string | null; debit: number; credit: number }>`
    SELECT a.id, a.code, a.name, a.type, a.role, a.purpose, coalesce(s.debit, 0)::int8 AS debit, coalesce(s.credit, 0)::int8 AS credit
      FROM account a
      LEFT JOIN (SELECT account_id, sum(debit) AS debit, sum(credit) AS credit FROM journal_line l
                  WHERE true ${periodFilter(range, sql.ref('l.posted_at'))} GROUP BY account_id) s ON s.account_id = a.id
     WHERE a.company_id = 1
     ORDER BY a.code`.execute(db);
  return result.rows.map((row) => ({ ...row, debit: Number(row.debit), credit: Number(row.credit) }));
}

export async function getTrialBalance(db: Queryable, range: TimeRange): Promise<TrialBalance> {
  const accounts = (await accountSums(db, range)).map((row) => ({
    code: row.code,
    name: row.name,
    type: row.type,
    role: row.role,
    debit: row.debit,
    credit: row.credit,
    balance: row.debit - row.credit,
  }));
  const totals = accounts.reduce((sum, row) => ({ debit: sum.debit + row.debit, credit: sum.credit + row.credit }), { debit: 0, credit: 0 });
  return { accounts, totals };
}
