// The journal: entries in posting order, filtered by source document (type:id or type:number, e.g.
// order:SO-000042) and by period, all in the URL; a page at a time by the API's cursor. Finance posts a manual
// entry from here.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { useMe } from '../../auth/useMe.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';
import { sourceDocument } from './sourceDocument.ts';
import { Pager } from '../../design/Pager.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';
import { PeriodFields, periodQuery, usePeriod } from './usePeriod.tsx';
import { useUrlFilters } from '../../app/useUrlFilters.ts';

const SOURCE = /^[a-z_]+:\S+$/;

export function JournalEntriesPage() {
  const money = useMoney();
  const period = usePeriod();
  const [search, setFilter] = useUrlFilters();
  const mayWrite = useMe().data?.permissions.includes('accounting.write') ?? false;
  const source = search.get('source') ?? '';
  const [typed, setTyped] = useState(source);
  const filters = { ...periodQuery(period), ...(SOURCE.test(source) ? { source } : {}) };
  const pages = useCursorPages(JSON.stringify(filters));
  const entries = useQuery({
    queryKey: ['journal-entries', filters, pages.cursor],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/accounting/journal-entries', { params: { query: { ...filters, order: 'desc', limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) } } })),
  });

  const applySource = (value: string) => setFilter('source', value.trim());

  return (
    <section aria-labelledby="journal-title">
      <h1 id="journal-title">Finance</h1>
      <FinanceNav />
      <h2>Journal entries</h2>
      {mayWrite && (
        <p>
          <Link to="/finance/journal-entries/new">New manual entry</Link>
        </p>
      )}
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          applySource(typed);
        }}
      >
        <Field
          label="Source document (type:number)"
          placeholder="order:SO-000042"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          error={typed && !SOURCE.test(typed.trim()) ? 'Write it as type:number, e.g. order:SO-000042' : undefined}
        />
        <button type="submit" className="secondary">
          Filter
        </button>
        <PeriodFields period={period} />
      </form>
      <ProblemMessage error={entries.error} />
      <DataTable
        caption="Journal entries"
        rows={entries.data?.items}
        rowKey={(entry) => entry.id}
        empty="No entries match."
        columns={[
          { header: 'Entry', cell: (entry) => <Link className="nowrap" to={`/finance/journal-entries/${entry.number}`}>{entry.number}</Link> },
          { header: 'Date', cell: (entry) => formatDateTime(entry.date) },
          { header: 'Source', cell: (entry) => sourceDocument(entry.source).label },
          { header: 'Description', cell: (entry) => entry.description },
          { header: 'Amount', cell: (entry) => money.format(entry.lines.reduce((sum, line) => sum + line.debit, 0)), numeric: true },
        ]}
      />
      <Pager pages={pages} nextCursor={entries.data?.nextCursor} />
    </section>
  );
}
