// Supplier performance over a period: on time in full, fill rate, lead time against the promise, and price
// variance on bills, per vendor (chart and the same figures in a table).
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { BarChart } from '../../design/BarChart.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { KpisNav } from './KpisNav.tsx';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const days = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
/** Rates travel in basis points (10 000 = 100 %). */
const formatRatio = (basisPoints: number) => percent.format(basisPoints / 10_000);
const ratio = (basisPoints: number | null) => (basisPoints === null ? '—' : formatRatio(basisPoints));

export function SuppliersPage() {
  const money = useMoney();
  const [period, setPeriod] = useState({ from: '', to: '' });
  const query = { ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) };
  const report = useQuery({ queryKey: ['supplier-performance', query], queryFn: async () => unwrap(await api.GET('/api/v1/supplier-performance', { params: { query } })) });
  const items = report.data?.items;
  const chart = useMemo(
    () => ({
      categories: (items ?? []).map((item) => item.vendor),
      series: [
        { label: 'On time in full', values: (items ?? []).map((item) => item.otifBasisPoints ?? 0), color: '#1f5fbf' },
        { label: 'Fill rate', values: (items ?? []).map((item) => item.fillRateBasisPoints ?? 0), color: '#1e7a3c' },
      ],
    }),
    [items],
  );
  return (
    <section aria-labelledby="suppliers-title">
      <h1 id="suppliers-title">KPIs</h1>
      <KpisNav />
      <div className="row">
        <Field label="From" type="date" value={period.from} onChange={(event) => setPeriod({ ...period, from: event.target.value })} />
        <Field label="To" type="date" value={period.to} onChange={(event) => setPeriod({ ...period, to: event.target.value })} />
      </div>
      <ProblemMessage error={report.error} />
      {items && items.length > 0 && (
        <figure className="card">
          <figcaption>On time in full and fill rate by vendor</figcaption>
          <BarChart label="On time in full and fill rate by vendor" categories={chart.categories} series={chart.series} formatValue={formatRatio} />
        </figure>
      )}
      <DataTable
        caption="Supplier performance"
        rows={items}
        rowKey={(item) => item.vendor}
        empty="No vendor had lines due in this period."
        columns={[
          { header: 'Vendor', cell: (item) => `${item.vendor} · ${item.name}` },
          { header: 'Lines due', cell: (item) => item.linesDue, numeric: true },
          { header: 'On time in full', cell: (item) => ratio(item.otifBasisPoints), numeric: true },
          { header: 'Fill rate', cell: (item) => ratio(item.fillRateBasisPoints), numeric: true },
          { header: 'Lead time (days, mean)', cell: (item) => (item.leadTimeDays.actualMean === null ? '—' : days.format(item.leadTimeDays.actualMean)), numeric: true },
          { header: 'Late by (days, mean)', cell: (item) => (item.leadTimeDays.varianceMean === null ? '—' : days.format(item.leadTimeDays.varianceMean)), numeric: true },
          { header: 'Price variance', cell: (item) => money.format(item.priceVariance), numeric: true },
        ]}
      />
    </section>
  );
}
