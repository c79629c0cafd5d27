// Stock valuation at a date: quantity and value by location (and kind of stock), from the books' cost layers.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { CsvDownload } from '../../design/CsvDownload.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';
import { PeriodFields, usePeriod } from './usePeriod.tsx';

export function StockValuationPage() {
  const money = useMoney();
  const period = usePeriod();
  const query = period.to ? { at: period.to } : {};
  const report = useQuery({ queryKey: ['stock-valuation', query], queryFn: async () => unwrap(await api.GET('/api/v1/accounting/reports/stock-valuation', { params: { query } })) });
  return (
    <section aria-labelledby="valuation-title">
      <h1 id="valuation-title">Finance</h1>
      <FinanceNav />
      <h2>Stock valuation</h2>
      <div className="row">
        <PeriodFields period={period} only="to" toLabel="At" />
        <CsvDownload path="/api/v1/accounting/reports/stock-valuation" query={query} />
      </div>
      <ProblemMessage error={report.error} />
      <DataTable
        caption="Stock value by location"
        rows={report.data?.items}
        rowKey={(item) => `${item.location}:${item.kind}`}
        empty="No stock."
        columns={[
          { header: 'Location', cell: (item) => item.location },
          { header: 'Kind', cell: (item) => item.kind },
          { header: 'Quantity', cell: (item) => item.quantity, numeric: true },
          { header: 'Value', cell: (item) => money.format(item.value), numeric: true },
        ]}
      />
      {report.data && (
        <p>
          In all {report.data.total.quantity} units worth <strong>{money.format(report.data.total.value)}</strong>
        </p>
      )}
    </section>
  );
}
