// KPIs: gross margin by channel (chart) and by family, from the books' sales postings.
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
  const byChannel = useQuery({
    queryKey: ['gross-margin', 'channel'],
    queryFn: async () => unwrap(await api.GET('/api/v1/accounting/reports/gross-margin', { params: { query: { by: 'channel' } } })),
  });
  const byFamily = useQuery({
    queryKey: ['gross-margin', 'family'],
    queryFn: async () => unwrap(await api.GET('/api/v1/accounting/reports/gross-margin', { params: { query: { by: 'family' } } })),
  });
  const channels = byChannel.data?.items;
  const chart = useMemo(() => {
    const items = channels ?? [];
    return {
      categories: items.map((item) => item.channel ?? '—'),
      series: [
        { label: 'Revenue', values: items.map((item) => item.revenue), color: '#1f5fbf' },
        { label: 'Gross margin', values: items.map((item) => item.grossMargin), color: '#1e7a3c' },
      ],
    };
  }, [channels]);
  return (
    <section aria-labelledby="kpis-title">
      <h1 id="kpis-title">KPIs</h1>
      <KpisNav />
      <ProblemMessage error={byChannel.error ?? byFamily.error} />
      <figure className="card">
        <figcaption>Revenue and gross margin by channel</figcaption>
        <BarChart label="Revenue and gross margin by channel" categories={chart.categories} series={chart.series} formatValue={money.format} />
      </figure>
      <DataTable
        caption="Gross margin by family"
        rows={byFamily.data?.items}
        rowKey={(item) => item.family ?? '—'}
        empty="No sales yet."
        columns={[
          { header: 'Family', cell: (item) => item.family ?? '—' },
          { header: 'Revenue', cell: (item) => money.format(item.revenue), numeric: true },
          { header: 'Cost of goods', cell: (item) => money.format(item.cogs), numeric: true },
          { header: 'Gross margin', cell: (item) => money.format(item.grossMargin), numeric: true },
          { header: 'Margin', cell: (item) => (item.marginBasisPoints === null ? '—' : percent.format(item.marginBasisPoints / 10_000)), numeric: true },
        ]}
      />
    </section>
  );
}
