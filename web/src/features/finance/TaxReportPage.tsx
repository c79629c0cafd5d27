// Tax collected in a period by jurisdiction, optionally by month or day.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { CsvDownload } from '../../design/CsvDownload.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';
import { PeriodFields, periodQuery, usePeriod } from './usePeriod.tsx';
import { useUrlFilters } from '../../app/useUrlFilters.ts';

const INTERVALS = ['all', 'month', 'day'] as const;

export function TaxReportPage() {
  const money = useMoney();
  const period = usePeriod();
  const [search, setFilter] = useUrlFilters();
  const interval = INTERVALS.find((value) => value === search.get('interval')) ?? 'all';
  const query = { ...periodQuery(period), interval };
  const report = useQuery({ queryKey: ['tax-report', query], queryFn: async () => unwrap(await api.GET('/api/v1/accounting/reports/tax', { params: { query } })) });

  return (
    <section aria-labelledby="tax-title">
      <h1 id="tax-title">Finance</h1>
      <FinanceNav />
      <h2>Tax</h2>
      <div className="row">
        <label>
          Per{' '}
          <select value={interval} onChange={(event) => setFilter('interval', event.target.value)}>
            {INTERVALS.map((value) => (
              <option key={value} value={value}>
                {value === 'all' ? 'whole period' : value}
              </option>
            ))}
          </select>
        </label>
        <PeriodFields period={period} />
        <CsvDownload path="/api/v1/accounting/reports/tax" query={query} />
      </div>
      <ProblemMessage error={report.error} />
      <DataTable
        caption="Tax by jurisdiction"
        rows={report.data?.items}
        rowKey={(item) => `${item.jurisdiction ?? '-'}:${item.period ?? '-'}`}
        empty="No taxable sales in this period."
        columns={[
          { header: 'Jurisdiction', cell: (item) => item.jurisdiction ?? '—' },
          { header: 'Name', cell: (item) => item.name ?? '—' },
          { header: 'Period', cell: (item) => item.period ?? 'whole period' },
          { header: 'Taxable sales', cell: (item) => money.format(item.taxableSales), numeric: true },
          { header: 'Tax', cell: (item) => money.format(item.tax), numeric: true },
        ]}
      />
      {report.data && (
        <p>
          In all: taxable sales {money.format(report.data.totals.taxableSales)}, tax <strong>{money.format(report.data.totals.tax)}</strong>
        </p>
      )}
    </section>
  );
}
