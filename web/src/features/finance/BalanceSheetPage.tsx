// The balance sheet as of a date: assets against liabilities and equity, which must be equal.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { CsvDownload } from '../../design/CsvDownload.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';
import { PeriodFields, periodQuery, usePeriod } from './usePeriod.tsx';

const SECTIONS = [
  ['assets', 'Assets'],
  ['liabilities', 'Liabilities'],
  ['equity', 'Equity'],
] as const;

export function BalanceSheetPage() {
  const money = useMoney();
  const period = usePeriod();
  const query = periodQuery({ to: period.to });
  const report = useQuery({ queryKey: ['balance-sheet', query], queryFn: async () => unwrap(await api.GET('/api/v1/accounting/reports/balance-sheet', { params: { query } })) });
  const totals = report.data?.totals;
  const balanced = totals !== undefined && totals.assets === totals.liabilitiesAndEquity;
  return (
    <section aria-labelledby="balance-sheet-title">
      <h1 id="balance-sheet-title">Finance</h1>
      <FinanceNav />
      <h2>Balance sheet</h2>
      <div className="row">
        <PeriodFields period={period} only="to" toLabel="As of" />
        <CsvDownload path="/api/v1/accounting/reports/balance-sheet" query={query} />
      </div>
      <ProblemMessage error={report.error} />
      {totals && (
        <dl className="totals" aria-label="Balance sheet totals">
          <dt>Assets</dt>
          <dd data-testid="total-assets">{money.format(totals.assets)}</dd>
          <dt>Liabilities</dt>
          <dd data-testid="total-liabilities">{money.format(totals.liabilities)}</dd>
          <dt>Equity</dt>
          <dd data-testid="total-equity">{money.format(totals.equity)}</dd>
          <dt>Liabilities and equity</dt>
          <dd data-testid="total-liabilities-and-equity">{money.format(totals.liabilitiesAndEquity)}</dd>
        </dl>
      )}
      {totals && <p className={balanced ? undefined : 'error'}>{balanced ? 'Assets equal liabilities and equity: balanced' : 'Assets differ from liabilities and equity: NOT balanced'}</p>}
      {SECTIONS.map(([key, caption]) => (
        <DataTable
          key={key}
          caption={caption}
          rows={report.data?.[key]}
          rowKey={(line) => line.code}
          empty={`No ${caption.toLowerCase()}.`}
          columns={[
            { header: 'Account', cell: (line) => line.code },
            { header: 'Name', cell: (line) => line.name },
            { header: 'Opening', cell: (line) => money.format(line.opening), numeric: true },
            { header: 'Closing', cell: (line) => money.format(line.closing), numeric: true },
          ]}
        />
      ))}
    </section>
  );
}
