// The Stock area's counts: the count sheet for the roles that post counts (inventory.count), and the counts
// posted at the user's locations with their variances, filtered by location and period, older pages by cursor.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { useMe } from '../../auth/useMe.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { Pager } from '../../design/Pager.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';
import { StockNav } from '../stock/StockNav.tsx';
import { actsFor, useStockLocations } from '../transfers/useTransferLocations.ts';
import { CountSheet } from './CountSheet.tsx';
import { formatVariance, summarize } from './countSheet.ts';

const SHOWN_VARIANCES = 4;

export function CountsPage() {
  const me = useMe();
  const money = useMoney();
  const mayCount = me.data?.permissions.includes('inventory.count') ?? false;
  const stocked = useStockLocations();
  const mine = me.data?.locations ?? [];
  const [search, filter] = useUrlFilters();
  const selectId = useId();
  const filters = Object.fromEntries(['location', 'from', 'to'].map((name) => [name, search.get(name) ?? '']).filter(([, value]) => value)) as Record<string, string>;
  const pages = useCursorPages(JSON.stringify(filters));
  const counts = useQuery({
    queryKey: ['counts', filters, pages.cursor],
    queryFn: async () => unwrap(await api.GET('/api/v1/inventory/counts', { params: { query: { limit: 25, ...filters, ...(pages.cursor ? { cursor: pages.cursor } : {}) } } })),
  });

  return (
    <section aria-labelledby="counts-title">
      <h1 id="counts-title">Stock</h1>
      <StockNav />
      {mayCount && <CountSheet />}
      <h2>Posted counts</h2>
      <div className="row">
        <div className="field">
          <label htmlFor={selectId}>Counts at</label>
          <select id={selectId} value={search.get('location') ?? ''} onChange={(event) => filter('location', event.target.value)}>
            <option value="">All my locations</option>
            {stocked.data
              ?.filter((location) => actsFor(mine, location.code))
              .map((location) => (
                <option key={location.code} value={location.code}>
                  {location.code} · {location.name}
                </option>
              ))}
          </select>
        </div>
        <Field label="Counted from" type="date" value={search.get('from') ?? ''} onChange={(event) => filter('from', event.target.value)} />
        <Field label="Counted to" type="date" value={search.get('to') ?? ''} onChange={(event) => filter('to', event.target.value)} />
      </div>
      <ProblemMessage error={counts.error} />
      <DataTable
        caption="Posted counts"
        rows={counts.data?.items}
        rowKey={(count) => count.id}
        empty="No counts posted for this selection."
        columns={[
          { header: 'Count', cell: (count) => <span className="nowrap">{count.number}</span> },
          { header: 'Location', cell: (count) => count.location },
          { header: 'Counted', cell: (count) => <span className="nowrap">{formatDateTime(count.countedAt)}</span> },
          { header: 'Lines', cell: (count) => count.lines.length, numeric: true },
          {
            header: 'Variances',
            cell: (count) => {
              const differing = count.lines.filter((line) => line.variance !== 0);
              if (differing.length === 0) return 'None';
              const shown = differing.slice(0, SHOWN_VARIANCES).map((line) => `${line.sku} ${formatVariance(line.variance)}`);
              return differing.length > SHOWN_VARIANCES ? `${shown.join(', ')} and ${differing.length - SHOWN_VARIANCES} more` : shown.join(', ');
            },
          },
          { header: 'Net units', cell: (count) => formatVariance(summarize(count.lines).netUnits), numeric: true },
          ...(counts.data?.items.some((count) => count.lines.some((line) => line.value !== undefined))
            ? [{ header: 'Net value', cell: (count: { lines: { sku: string; variance: number; value?: number }[] }) => { const value = summarize(count.lines).netValue; return value === undefined ? '—' : money.format(value); }, numeric: true }]
            : []),
        ]}
      />
      <Pager pages={pages} nextCursor={counts.data?.nextCursor} />
    </section>
  );
}
