// Inventory accuracy from cycle counts: 1 − Σ|variance| ÷ Σ counted, per location (chart and table).
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { BarChart } from '../../design/BarChart.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { KpisNav } from './KpisNav.tsx';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
/** Accuracy travels in basis points (10 000 = 100 %). */
const formatRatio = (basisPoints: number) => percent.format(basisPoints / 10_000);

export function InventoryAccuracyPage() {
  const report = useQuery({ queryKey: ['inventory-accuracy'], queryFn: async () => unwrap(await api.GET('/api/v1/inventory/accuracy', { params: { query: {} } })) });
  const items = report.data?.items;
  const chart = useMemo(
    () => ({ categories: (items ?? []).map((item) => item.location), series: [{ label: 'Accuracy', values: (items ?? []).map((item) => item.accuracyBasisPoints), color: '#1f5fbf' }] }),
    [items],
  );
  return (
    <section aria-labelledby="accuracy-title">
      <h1 id="accuracy-title">KPIs</h1>
      <KpisNav />
      <ProblemMessage error={report.error} />
      {items && items.length > 0 && (
        <figure className="card">
          <figcaption>Inventory accuracy by location</figcaption>
          <BarChart label="Inventory accuracy by location" categories={chart.categories} series={chart.series} formatValue={formatRatio} />
        </figure>
      )}
      <DataTable
        caption="Inventory accuracy"
        rows={items}
        rowKey={(item) => item.location}
        empty="No counts yet."
        columns={[
          { header: 'Location', cell: (item) => item.location },
          { header: 'Count lines', cell: (item) => item.countLines, numeric: true },
          { header: 'Units counted', cell: (item) => item.countedUnits, numeric: true },
          { header: 'Absolute variance', cell: (item) => item.absoluteVariance, numeric: true },
          { header: 'Accuracy', cell: (item) => formatRatio(item.accuracyBasisPoints), numeric: true },
        ]}
      />
    </section>
  );
}
