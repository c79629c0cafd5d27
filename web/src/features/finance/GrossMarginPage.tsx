// Gross margin of a period by one dimension at a time (family, channel or location), chosen in the URL.
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

const DIMENSIONS = ['family', 'channel', 'location'] as const;

export function GrossMarginPage() {
  const money = useMoney();
  const period = usePeriod();
  const [search, setFilter] = useUrlFilters();
  const by = DIMENSIONS.find((value) => value === search.get('by')) ?? 'family';
  const query = { ...periodQuery(period), by };
  const report = useQuery({ queryKey: ['gross-margin', query], queryFn: async () => unwrap(await api.GET('/api/v1/accounting/reports/gross-margin', { params: { query } })) });
  const percent = (basisPoints: number | null) => (basisPoints === null ? '—' : `${(basisPoints / 100).toFixed(1)} %`);

  return (
    <section aria-labelledby="margin-title">
      <h1 id="margin-title">Finance</h1>
      <FinanceNav />
      <h2>Gross margin</h2>
      <div className="row">
        <label>
          By{' '}
          <select value={by} onChange={(event) => setFilter('by', event.target.value)}>
            {DIMENSIONS.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <PeriodFields period={period} />
        <CsvDownload path="/api/v1/accounting/reports/gross-margin" query={query} />
      </div>
      <ProblemMessage error={report.error} />
      <DataTable
        caption={`Gross margin by ${by}`}
        rows={report.data?.items}
        rowKey={(item) => item[by] ?? '—'}
        empty="No sales in this period."
        columns={[
          { header: by[0]?.toUpperCase() + by.slice(1), cell: (item) => item[by] ?? '—' },
          { header: 'Revenue', cell: (item) => money.format(item.revenue), numeric: true },
          { header: 'Cost of goods', cell: (item) => money.format(item.cogs), numeric: true },
          { header: 'Gross margin', cell: (item) => money.format(item.grossMargin), numeric: true },
          { header: 'Margin', cell: (item) => percent(item.marginBasisPoints), numeric: true },
        ]}
      />
      {report.data && (
        <p>
          In all: revenue {money.format(report.data.totals.revenue)}, gross margin <strong>{money.format(report.data.totals.grossMargin)}</strong> (
          {percent(report.data.totals.marginBasisPoints)})
        </p>
      )}
    </section>
  );
}
