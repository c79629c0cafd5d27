// The anomaly lists: what the daily checks found beyond their statistical thresholds, by kind, each with its
// reason and the figures behind it (observed against expected, score against threshold, value at risk). Filters
// (kind, location, status) live in the URL. Return-rate anomalies are exceptions: a link leads to them.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { Pager } from '../../design/Pager.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';
import { ANOMALY_KIND_LABELS, formatFigure, SUBJECT_LABELS } from './labels.ts';

type Kind = 'shrink' | 'lead_time_drift' | 'overstock' | 'slow_mover' | 'margin_erosion';
const KINDS = Object.keys(ANOMALY_KIND_LABELS) as Kind[];
const score = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function AnomaliesPage() {
  const money = useMoney();
  const [search, filter] = useUrlFilters();
  const kind = KINDS.find((value) => value === search.get('kind'));
  const location = search.get('location') ?? '';
  const status = search.get('status') === 'resolved' ? 'resolved' : 'open';
  const pages = useCursorPages(`${kind ?? ''}|${location}|${status}`);
  const locations = useQuery({ queryKey: ['locations'], queryFn: async () => unwrap(await api.GET('/api/v1/locations', { params: { query: { limit: 200 } } })) });
  const list = useQuery({
    queryKey: ['anomalies', kind, location, status, pages.cursor],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/anomalies', {
          params: { query: { limit: 50, status, ...(kind ? { kind } : {}), ...(location ? { location } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) } },
        }),
      ),
  });
  const places = (locations.data?.items ?? []).filter((l) => l.kind === 'store' || l.kind === 'warehouse');

  return (
    <section aria-labelledby="anomalies-title">
      <h1 id="anomalies-title">Anomalies</h1>
      <p className="muted">
        What the daily checks found far from its norm over the last 28 days, most extreme first: a finding is something a normal business would show by chance less than once in a
        hundred runs. Unusual return rates are in the <Link to="/exceptions?kind=return_anomaly&show=all">exception queue</Link>.
      </p>
      <div className="row">
        <div className="field">
          <label htmlFor="anomalies-kind">Kind</label>
          <select id="anomalies-kind" value={kind ?? ''} onChange={(event) => filter('kind', event.target.value)}>
            <option value="">All kinds</option>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {ANOMALY_KIND_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="anomalies-location">Location</label>
          <select id="anomalies-location" value={location} onChange={(event) => filter('location', event.target.value)}>
            <option value="">All my locations</option>
            {places.map((place) => (
              <option key={place.code} value={place.code}>
                {place.code} · {place.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="anomalies-status">Status</label>
          <select id="anomalies-status" value={status} onChange={(event) => filter('status', event.target.value === 'open' ? '' : event.target.value)}>
            <option value="open">Open</option>
            <option value="resolved">Resolved (no longer found)</option>
          </select>
        </div>
      </div>
      <ProblemMessage error={list.error} />
      <DataTable
        caption="Anomaly findings"
        rows={list.data?.items}
        rowKey={(item) => item.id}
        empty={status === 'open' ? 'Nothing unusual found here.' : 'No resolved findings here.'}
        columns={[
          { header: 'Kind', cell: (item) => ANOMALY_KIND_LABELS[item.kind] ?? item.kind },
          { header: 'Subject', cell: (item) => <span title={SUBJECT_LABELS[item.subject.type]}>{item.subject.key}</span> },
          { header: 'Location', cell: (item) => item.location ?? '—' },
          { header: 'Reason', cell: (item) => item.reason },
          { header: 'Observed', numeric: true, cell: (item) => formatFigure(item.observed, item.unit) },
          { header: 'Expected', numeric: true, cell: (item) => formatFigure(item.expected, item.unit) },
          { header: 'Score / threshold', numeric: true, cell: (item) => `${score.format(item.score)} / ${score.format(item.threshold)}` },
          { header: 'Value at risk', numeric: true, cell: (item) => money.format(item.valueAtRisk) },
          { header: 'Window', cell: (item) => `${item.window.from} – ${item.window.to}` },
          { header: status === 'open' ? 'Found' : 'Resolved', cell: (item) => formatDateTime((status === 'open' ? item.detectedAt : item.resolvedAt) ?? item.lastDetectedAt) },
        ]}
      />
      <Pager pages={pages} nextCursor={list.data?.nextCursor} />
    </section>
  );
}
