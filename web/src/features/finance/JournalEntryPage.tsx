// One journal entry: its memo, date, source document (linked to its screen where the app has one) and lines,
// each account opening its ledger. Finance may reverse it (confirmed): the mirror entry is posted today.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { useMe } from '../../auth/useMe.ts';
import { ConfirmDialog } from '../../design/ConfirmDialog.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';
import { SourceLink } from './SourceLink.tsx';

export function JournalEntryPage() {
  const { id = '' } = useParams();
  const money = useMoney();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mayWrite = useMe().data?.permissions.includes('accounting.write') ?? false;
  const [asking, setAsking] = useState(false);
  const entry = useQuery({
    queryKey: ['journal-entry', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/accounting/journal-entries/{id}', { params: { path: { id } } })),
  });
  const reverse = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/accounting/journal-entries/{id}/reverse', { params: { path: { id } }, headers: { 'Idempotency-Key': crypto.randomUUID() } })),
    onSuccess: (reversal) => {
      setAsking(false);
      void queryClient.invalidateQueries({ queryKey: ['journal-entries'] });
      void queryClient.invalidateQueries({ queryKey: ['ledger'] });
      void queryClient.invalidateQueries({ queryKey: ['trial-balance'] });
      void navigate(`/finance/journal-entries/${reversal.number}`);
    },
    onError: () => setAsking(false),
  });

  const je = entry.data;
  const debits = je?.lines.reduce((sum, line) => sum + line.debit, 0) ?? 0;
  const credits = je?.lines.reduce((sum, line) => sum + line.credit, 0) ?? 0;
  return (
    <section aria-labelledby="je-title">
      <h1 id="je-title">Journal entry {je?.number ?? id}</h1>
      <FinanceNav />
      <ProblemMessage error={entry.error} />
      {!je && !entry.error && <p className="muted">Loading…</p>}
      {je && (
        <>
          <dl className="facts">
            <dt>Date</dt>
            <dd>{formatDateTime(je.date)}</dd>
            <dt>Memo</dt>
            <dd data-testid="je-memo">{je.description}</dd>
            <dt>Source document</dt>
            <dd data-testid="je-source">
              <SourceLink source={je.source} />
            </dd>
          </dl>
          <DataTable
            caption="Lines"
            rows={je.lines}
            rowKey={(line) => `${line.account}-${line.debit}-${line.credit}-${je.lines.indexOf(line)}`}
            empty="No lines."
            columns={[
              { header: 'Account', cell: (line) => <Link to={`/finance/ledger?account=${encodeURIComponent(line.account)}`}>{line.account}</Link> },
              { header: 'Name', cell: (line) => line.name },
              { header: 'Debit', cell: (line) => (line.debit ? money.format(line.debit) : ''), numeric: true },
              { header: 'Credit', cell: (line) => (line.credit ? money.format(line.credit) : ''), numeric: true },
            ]}
          />
          <p>
            Debits {money.format(debits)} · credits {money.format(credits)}
          </p>
          {mayWrite && (
            <div className="actions">
              <button type="button" className="secondary" disabled={reverse.isPending} onClick={() => setAsking(true)}>
                Reverse
              </button>
            </div>
          )}
          <ProblemMessage error={reverse.error} />
          <ConfirmDialog
            open={asking}
            title={`Reverse ${je.number}?`}
            confirmLabel={`Post the reversal of ${je.number}`}
            onConfirm={() => reverse.mutate()}
            onCancel={() => setAsking(false)}
          >
            <p>A mirror entry is posted today, debits and credits swapped. An entry is reversed once, and the reversal cannot be undone.</p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
