// The profit and loss statement of a period: income and expense accounts, gross profit and net income.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { CsvDownload } from '../../design/CsvDownload.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';
import { PeriodFields, periodQuery, usePeriod } from './usePeriod.tsx';

export function ProfitAndLossPage() {
  const money = useMoney();
  const period = usePeriod();
  const query = periodQuery(period);
  const report = useQuery({ queryKey: ['profit-and-loss', query], queryFn: async () => unwrap(await api.GET('/api/v1/accounting/reports/profit-and-loss', { params: { query } })) });
  const totals = report.data?.totals;
  const columns = [
    { header: 'Account', cell: (line: { code: string }) => line.code },
    { header: 'Name', cell: (line: { name: string }) => line.name },
    { header: 'Amount', cell: (line: { amount: number }) => money.format(line.amount), numeric: true },
  ];
  return (
    <section aria-labelledby="pnl-title">
      <h1 id="pnl-title">Finance</h1>
      <FinanceNav />
      <h2>Profit and loss</h2>
      <div className="row">
        <PeriodFields period={period} />
        <CsvDownload path="/api/v1/accounting/reports/profit-and-loss" query={query} />
      </div>
      <ProblemMessage error={report.error} />
      <DataTable caption="Income" rows={report.data?.income} rowKey={(line) => line.code} empty="No income in this period." columns={columns} />
      <DataTable caption="Expenses" rows={report.data?.expenses} rowKey={(line) => line.code} empty="No expenses in this period." columns={columns} />
      {totals && (
        <dl className="totals">
          <dt>Income</dt>
          <dd>{money.format(totals.income)}</dd>
          <dt>Expenses</dt>
          <dd>{money.format(totals.expenses)}</dd>
          <dt>Gross profit</dt>
          <dd>{money.format(totals.grossProfit)}</dd>
          <dt>Net income</dt>
          <dd>
            <strong>{money.format(totals.netIncome)}</strong>
          </dd>
        </dl>
      )}
    </section>
  );
}
