// The profit and loss account for a period and the balance sheet at its end (with the opening balances
// at its start): both read the same account sums as the trial balance, so the three always agree.
import type { Queryable } from '../../../platform/db/database.ts';
import type { AccountType, Role } from '../domain/account.ts';
import type { TimeRange } from '../domain/period.ts';
import { accountSums } from './trial-balance.ts';

export interface StatementLine {
  code: string;
  name: string;
  role: Role | null;
  amount: number;
}

export interface ProfitAndLoss {
  income: StatementLine[];
  expenses: StatementLine[];
  totals: { income: number; expenses: number; grossProfit: number; netIncome: number };
}

export async function getProfitAndLoss(db: Queryable, range: TimeRange): Promise<ProfitAndLoss> {
  const sums = await accountSums(db, range);
  const line = (row: (typeof sums)[number], sign: 1 | -1) => ({ code: row.code, name: row.name, role: row.role, amount: sign * (row.debit - row.credit) });
  const income = sums.filter((row) => row.type === 'income').map((row) => line(row, -1));
  const expenses = sums.filter((row) => row.type === 'expense').map((row) => line(row, 1));
  const total = (lines: StatementLine[]) => lines.reduce((sum, l) => sum + l.amount, 0);
  const byRole = (lines: StatementLine[], role: Role) => total(lines.filter((l) => l.role === role));
  return {
    income,
    expenses,
    totals: {
      income: total(income),
      expenses: total(expenses),
      grossProfit: byRole(income, 'revenue') - byRole(expenses, 'cogs'),
      netIncome: total(income) - total(expenses),
    },
  };
}

export interface BalanceSheetLine {
  code: string;
  name: string;
  role: Role | null;
  opening: number;
  closing: number;
}

export interface BalanceSheet {
  assets: BalanceSheetLine[];
  liabilities: BalanceSheetLine[];
  equity: BalanceSheetLine[];
  totals: { assets: number; liabilities: number; equity: number; liabilitiesAndEquity: number };
}

/** Balances at the start (opening) and end (closing) of the range; earnings not yet closed to equity show as "Current earnings". */
export async function getBalanceSheet(db: Queryable, range: TimeRange): Promise<BalanceSheet> {
  const closing = await accountSums(db, { from: undefined, until: range.until });
  const opening = range.from ? await accountSums(db, { from: undefined, until: range.from }) : closing.map((row) => ({ ...row, debit: 0, credit: 0 }));
  const openingById = new Map(opening.map((row) => [row.id, row.debit - row.credit]));
  const section = (type: AccountType, sign: 1 | -1) =>
    closing
      .filter((row) => row.type === type)
      .map((row) => ({ code: row.code, name: row.name, role: row.role, opening: sign * (openingById.get(row.id) ?? 0), closing: sign * (row.debit - row.credit) }));
  const earnings = (rows: typeof closing) => rows.filter((row) => row.type === 'income' || row.type === 'expense').reduce((sum, row) => sum + row.credit - row.debit, 0);
  const assets = section('asset', 1);
  const liabilities = section('liability', -1);
  const equity = [...section('equity', -1), { code: 'current-earnings', name: 'Current earnings', role: null, opening: earnings(opening), closing: earnings(closing) }];
  const total = (lines: BalanceSheetLine[]) => lines.reduce((sum, l) => sum + l.closing, 0);
  return {
    assets,
    liabilities,
    equity,
    totals: { assets: total(assets), liabilities: total(liabilities), equity: total(equity), liabilitiesAndEquity: total(liabilities) + total(equity) },
  };
}
