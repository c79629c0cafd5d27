// Reconciliation exceptions: settlement rows that matched no payment, with the reason, oldest import first,
// filtered by settlement number (in the URL); a page at a time by the API's cursor.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';
import { ReasonCell } from './reasons.tsx';
import { Pager } from '../../design/Pager.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';

export function ReconciliationPage() {
  const money = useMoney();
  const [search, setSearch] = useSearchParams();
  const settlement = search.get('settlement')?.trim() ?? '';
  const [typed, setTyped] = useState(settlement);
  const pages = useCursorPages(settlement);
  const exceptions = useQuery({
    queryKey: ['reconciliation-exceptions', settlement, pages.cursor],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/accounting/reconciliation/exceptions', {
          params: { query: { limit: 100, ...(settlement ? { settlement } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) } },
        }),
      ),
  });
  const amount = (value: number | null) => (value === null ? '—' : money.format(value));

  return (
    <section aria-labelledby="reconciliation-title">
      <h1 id="reconciliation-title">Finance</h1>
      <FinanceNav />
      <h2>Reconciliation exceptions</h2>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          const next = new URLSearchParams(search);
          if (typed.trim()) next.set('settlement', typed.trim());
          else next.delete('settlement');
          setSearch(next, { replace: true });
        }}
      >
        <Field label="Settlement number" placeholder="STL-000001" value={typed} onChange={(event) => setTyped(event.target.value)} />
        <button type="submit" className="secondary">
          Filter
        </button>
      </form>
      <ProblemMessage error={exceptions.error} />
      <DataTable
        caption={settlement ? `Exceptions of ${settlement}` : 'Exceptions'}
        rows={exceptions.data?.items}
        rowKey={(row) => `${row.settlement}-${row.row}`}
        empty="No settlement rows are waiting to be reconciled."
        columns={[
          { header: 'Settlement row', cell: (row) => `${row.settlement} #${row.row}` },
          { header: 'Imported', cell: (row) => formatDateTime(row.importedAt) },
          { header: 'Date', cell: (row) => row.date },
          { header: 'Reference', cell: (row) => row.reference },
          { header: 'Gross', cell: (row) => amount(row.gross), numeric: true },
          { header: 'Fee', cell: (row) => amount(row.fee), numeric: true },
          { header: 'Net', cell: (row) => amount(row.net), numeric: true },
          { header: 'Reason', cell: (row) => <ReasonCell reason={row.reason} /> },
        ]}
      />
      <Pager pages={pages} nextCursor={exceptions.data?.nextCursor} />
    </section>
  );
}
