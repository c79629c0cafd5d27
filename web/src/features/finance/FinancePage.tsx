// Finance: the trial balance, which must balance; each account opens its general ledger over the same period.
// Each table exports CSV through the API's own export.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { CsvDownload } from '../../design/CsvDownload.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';
import { PeriodFields, periodQuery, usePeriod } from './usePeriod.tsx';

export function FinancePage() {
  const money = useMoney();
  const period = usePeriod();
  const query = periodQuery(period);
  const balance = useQuery({ queryKey: ['trial-balance', query], queryFn: async () => unwrap(await api.GET('/api/v1/accounting/trial-balance', { params: { query } })) });
  const totals = balance.data?.totals;
  return (
    <section aria-labelledby="finance-title">
      <h1 id="finance-title">Finance</h1>
      <FinanceNav />
      <div className="row">
        <PeriodFields period={period} />
        <CsvDownload path="/api/v1/accounting/trial-balance" query={query} />
      </div>
      <ProblemMessage error={balance.error} />
      {totals && (
        <p className={totals.debit === totals.credit ? undefined : 'error'}>
          Debits {money.format(totals.debit)} · credits {money.format(totals.credit)} · {totals.debit === totals.credit ? 'balanced' : 'NOT balanced'}
        </p>
      )}
      <DataTable
        caption="Trial balance"
        rows={balance.data?.accounts}
        rowKey={(account) => account.code}
        empty="No postings yet."
        columns={[
          { header: 'Account', cell: (account) => <Link to={ledgerLink(account.code, query)}>{account.code}</Link> },
          { header: 'Name', cell: (account) => account.name },
          { header: 'Type', cell: (account) => account.type },
          { header: 'Debit', cell: (account) => money.format(account.debit), numeric: true },
          { header: 'Credit', cell: (account) => money.format(account.credit), numeric: true },
          { header: 'Balance', cell: (account) => money.format(account.balance), numeric: true },
        ]}
      />
    </section>
  );
}

/** The account's ledger over the trial balance's period. */
function ledgerLink(code: string, period: { from?: string; to?: string }): string {
  return `/finance/ledger?${new URLSearchParams({ account: code, ...period })}`;
}
