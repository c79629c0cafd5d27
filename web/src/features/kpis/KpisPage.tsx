// KPIs: net sales and gross margin by channel (chart) and by family over the last 30 days, from the KPI catalogue's
// gross_margin (its numerator is the margin, its denominator the net sales), which reads the daily facts.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { BarChart } from '../../design/BarChart.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { KpisNav } from './KpisNav.tsx';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

export function KpisPage() {
  const money = useMoney();
  const byChannel = useMarginBy('channel');
  const byFamily = useMarginBy('family');
  const channels = byChannel.data?.rows;
  const chart = useMemo(() => {
    const items = channels ?? [];
    return {
      categories: items.map((item) => item.key),
      series: [
        { label: 'Net sales', values: items.map((item) => item.denominator ?? 0), color: '#1f5fbf' },
        { label: 'Gross margin', values: items.map((item) => item.numerator ?? 0), color: '#1e7a3c' },
      ],
    };
  }, [channels]);
  return (
    <section aria-labelledby="kpis-title">
      <h1 id="kpis-title">KPIs</h1>
      <KpisNav />
      <ProblemMessage error={byChannel.error ?? byFamily.error} />
      <figure className="card">
        <figcaption>Net sales and gross margin by channel, last 30 days</figcaption>
        <BarChart label="Net sales and gross margin by channel" categories={chart.categories} series={chart.series} formatValue={money.format} />
      </figure>
      <DataTable
        caption="Gross margin by family, last 30 days"
        rows={byFamily.data?.rows}
        rowKey={(item) => item.key}
        empty="No sales in the last 30 days."
        columns={[
          { header: 'Family', cell: (item) => item.key },
          { header: 'Net sales', cell: (item) => money.format(item.denominator ?? 0), numeric: true },
          { header: 'Cost of goods', cell: (item) => money.format((item.denominator ?? 0) - (item.numerator ?? 0)), numeric: true },
          { header: 'Gross margin', cell: (item) => money.format(item.numerator ?? 0), numeric: true },
          { header: 'Margin', cell: (item) => (item.numerator === null || !item.denominator ? '—' : percent.format(item.numerator / item.denominator)), numeric: true },
        ]}
      />
    </section>
  );
}

function useMarginBy(by: 'channel' | 'family') {
  return useQuery({
    queryKey: ['kpi', 'gross_margin', by],
    queryFn: async () => unwrap(await api.GET('/api/v1/kpis/{name}', { params: { path: { name: 'gross_margin' }, query: { by } } })),
  });
}
