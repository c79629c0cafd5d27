// The KPI catalogue: pick a KPI, a period and a cut (all in the URL, so a view can be shared), see it as a bar
// chart and the same figures in a table, and download it as CSV exactly as the API exports it.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { BarChart } from '../../design/BarChart.tsx';
import { CsvDownload } from '../../design/CsvDownload.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { KpisNav } from './KpisNav.tsx';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** Formats a KPI's figure in its unit; null (an empty denominator) shows as a dash, "no sales" for cover. */
function useFormat(unit: string | undefined) {
  const money = useMoney();
  return useMemo(() => {
    if (unit === 'money') return (value: number) => money.format(value);
    if (unit === 'ratio') return (value: number) => percent.format(value);
    return (value: number) => `${decimal.format(value)}${unit ? ` ${unit}` : ''}`;
  }, [unit, money]);
}

export function KpiCataloguePage() {
  const [search, , set] = useUrlFilters();
  const catalogue = useQuery({ queryKey: ['kpis'], queryFn: async () => unwrap(await api.GET('/api/v1/kpis')) });
  const items = catalogue.data?.items ?? [];
  const name = search.get('kpi') ?? 'net_sales';
  const kpi = items.find((item) => item.name === name);
  const cut = search.get('by') ?? kpi?.cuts[0] ?? '';
  const query = { ...(search.get('from') ? { from: search.get('from') as string } : {}), ...(search.get('to') ? { to: search.get('to') as string } : {}), ...(cut ? { by: cut } : {}) };
  const answer = useQuery({
    queryKey: ['kpi', name, query],
    enabled: kpi !== undefined && kpi.available,
    queryFn: async () => unwrap(await api.GET('/api/v1/kpis/{name}', { params: { path: { name }, query } })),
  });
  const format = useFormat(answer.data?.unit ?? kpi?.unit);
  const show = (value: number | null | undefined) => (value === null || value === undefined ? (name === 'weeks_of_cover' ? 'no sales' : '—') : format(value));
  const money = useMoney();
  // Money KPIs sum money on both sides (gross margin over net sales); other units sum counts.
  const part = (value: number | null) => (value === null ? '—' : kpi?.unit === 'money' ? money.format(value) : decimal.format(value));
  const rows = answer.data?.rows;
  type Row = NonNullable<typeof rows>[number];
  // Time KPIs (lead times) carry the median and 90th percentile besides the mean.
  const withPercentiles = answer.data?.totals.p50 !== undefined;
  const chart = useMemo(
    () => ({
      categories: (rows ?? []).map((row) => row.key),
      series: [{ label: kpi?.title ?? name, values: (rows ?? []).map((row) => row.value ?? 0), color: '#1f5fbf' }],
    }),
    [rows, kpi?.title, name],
  );

  return (
    <section aria-labelledby="kpi-catalogue-title">
      <h1 id="kpi-catalogue-title">KPIs</h1>
      <KpisNav />
      <div className="row">
        <div className="field">
          <label htmlFor="kpi-name">KPI</label>
          <select id="kpi-name" value={name} onChange={(event) => set({ kpi: event.target.value, by: '' })}>
            {items.map((item) => (
              <option key={item.name} value={item.name}>
                {item.title}
                {item.available ? '' : ' (not available yet)'}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="kpi-cut">By</label>
          <select id="kpi-cut" value={cut} onChange={(event) => set({ by: event.target.value })}>
            {(kpi?.cuts ?? []).map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </div>
        <Field label="From" type="date" value={search.get('from') ?? ''} onChange={(event) => set({ from: event.target.value })} />
        <Field label="To" type="date" value={search.get('to') ?? ''} onChange={(event) => set({ to: event.target.value })} />
        {kpi?.available && <CsvDownload path={`/api/v1/kpis/${name}`} query={query} />}
      </div>
      <ProblemMessage error={catalogue.error ?? answer.error} />
      {kpi && <p>{kpi.description}</p>}
      {kpi && !kpi.available && <p role="status">{kpi.title} is not available yet.</p>}
      {answer.data && (
        <p>
          {kpi?.title} from {answer.data.from} to {answer.data.to}: <strong>{show(answer.data.total)}</strong>
        </p>
      )}
      {rows && rows.length > 0 && (
        <figure className="card">
          <figcaption>
            {kpi?.title} by {cut}
          </figcaption>
          <BarChart label={`${kpi?.title ?? name} by ${cut}`} categories={chart.categories} series={chart.series} formatValue={format} />
        </figure>
      )}
      {kpi?.available && (
        <DataTable
          caption={`${kpi.title} by ${cut}`}
          rows={rows}
          rowKey={(row) => row.key}
          empty="Nothing in this period."
          columns={[
            { header: cut || 'Key', cell: (row) => row.key },
            { header: 'Value', cell: (row) => show(row.value), numeric: true },
            { header: 'Numerator', cell: (row) => part(row.numerator), numeric: true },
            { header: 'Denominator', cell: (row) => part(row.denominator), numeric: true },
            ...(withPercentiles
              ? [
                  { header: 'Median', cell: (row: Row) => show(row.p50), numeric: true },
                  { header: '90th percentile', cell: (row: Row) => show(row.p90), numeric: true },
                ]
              : []),
          ]}
        />
      )}
    </section>
  );
}
