// Till cash sessions: float, what was expected in the drawer, what was counted, and the difference. The API
// offers no CSV of this list, so there is no download here.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { CsvDownload } from '../../design/CsvDownload.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { Pager } from '../../design/Pager.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';
import { useUrlFilters } from '../../app/useUrlFilters.ts';

const STATUSES = ['open', 'closed'] as const;

export function CashSessionsPage() {
  const money = useMoney();
  const [search, setFilter] = useUrlFilters();
  const status = STATUSES.find((value) => value === search.get('status'));
  const pages = useCursorPages(status ?? '');
  const sessions = useQuery({
    queryKey: ['cash-sessions', status, pages.cursor],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/accounting/cash-sessions', { params: { query: { limit: 50, ...(status ? { status } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) } } })),
  });
  const amount = (value: number | null) => (value === null ? '—' : money.format(value));

  return (
    <section aria-labelledby="cash-title">
      <h1 id="cash-title">Finance</h1>
      <FinanceNav />
      <h2>Cash sessions</h2>
      <div className="row">
        <label>
          Status{' '}
          <select value={status ?? ''} onChange={(event) => setFilter('status', event.target.value)}>
            <option value="">All</option>
            {STATUSES.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <CsvDownload path="/api/v1/accounting/cash-sessions" query={{ status }} />
      </div>
      <ProblemMessage error={sessions.error} />
      <DataTable
        caption="Cash sessions"
        rows={sessions.data?.items}
        rowKey={(session) => session.id}
        empty="No cash sessions."
        columns={[
          { header: 'Number', cell: (session) => <Link to={`/finance/cash-sessions/${session.number}`}>{session.number}</Link> },
          { header: 'Location', cell: (session) => session.location },
          { header: 'Status', cell: (session) => session.status },
          { header: 'Opened', cell: (session) => formatDateTime(session.openedAt) },
          { header: 'Closed', cell: (session) => (session.closedAt ? formatDateTime(session.closedAt) : '—') },
          { header: 'Float', cell: (session) => money.format(session.float), numeric: true },
          { header: 'Expected', cell: (session) => amount(session.expected), numeric: true },
          { header: 'Counted', cell: (session) => amount(session.counted), numeric: true },
          { header: 'Difference', cell: (session) => amount(session.difference), numeric: true },
        ]}
      />
      <Pager pages={pages} nextCursor={sessions.data?.nextCursor} />
    </section>
  );
}
