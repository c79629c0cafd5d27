// Settlement import: a payment provider's or marketplace's settlement file (CSV: date, reference, gross, fee,
// net) is sent as it is to the API, which matches each row to an order's payment and keeps the rest as
// reconciliation exceptions. A progress indicator shows while it runs; then the counts and this file's exceptions.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { useMe } from '../../auth/useMe.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';
import { ReasonCell } from './reasons.tsx';

/** The API takes up to a million characters of CSV. */
const MAX_BYTES = 1_000_000;

export function SettlementsPage() {
  const money = useMoney();
  const queryClient = useQueryClient();
  const mayWrite = useMe().data?.permissions.includes('accounting.write') ?? false;
  const [file, setFile] = useState<File | undefined>();
  const [tooLarge, setTooLarge] = useState(false);
  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      const csv = await chosen.text();
      return unwrap(
        await api.POST('/api/v1/accounting/settlements', { body: { csv, filename: chosen.name.slice(0, 200) }, headers: { 'Idempotency-Key': crypto.randomUUID() } }),
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['reconciliation-exceptions'] });
      void queryClient.invalidateQueries({ queryKey: ['journal-entries'] });
      void queryClient.invalidateQueries({ queryKey: ['trial-balance'] });
    },
  });
  const amount = (value: number | null) => (value === null ? '—' : money.format(value));
  const result = upload.data;

  return (
    <section aria-labelledby="settlements-title">
      <h1 id="settlements-title">Finance</h1>
      <FinanceNav />
      <h2>Import a settlement</h2>
      <p className="muted">A CSV file from the payment provider or marketplace with the columns date, reference, gross, fee, net; the reference is the order’s number or id.</p>
      {!mayWrite && <p>Importing settlements needs the accounting.write permission.</p>}
      {mayWrite && (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            if (file && !tooLarge) upload.mutate(file);
          }}
        >
          <Field
            label="Settlement file (CSV)"
            type="file"
            accept=".csv,text/csv,text/plain"
            required
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              setFile(chosen);
              setTooLarge((chosen?.size ?? 0) > MAX_BYTES);
              upload.reset();
            }}
            error={tooLarge ? 'The file is larger than 1 MB: split it and import the parts.' : (upload.error instanceof ProblemError ? upload.error.fieldMessage('/csv') : undefined)}
          />
          <button type="submit" disabled={!file || tooLarge || upload.isPending}>
            Import settlement
          </button>
          {upload.isPending && (
            <span role="status" className="row">
              <progress aria-label="Settlement import running" /> Matching rows to payments…
            </span>
          )}
        </form>
      )}
      <ProblemMessage error={upload.error} />
      {result && (
        <>
          <p role="status" data-testid="settlement-result">
            {result.number}
            {result.filename ? ` (${result.filename})` : ''}: {result.rows} rows, <strong>{result.matched} matched</strong>,{' '}
            <strong>{result.exceptions.length} unmatched</strong>.
          </p>
          <p>
            {result.entry && (
              <>
                Posted as <Link to={`/finance/journal-entries/${result.entry}`}>{result.entry}</Link>.{' '}
              </>
            )}
            {result.exceptions.length > 0 && <Link to={`/finance/reconciliation?settlement=${encodeURIComponent(result.number)}`}>This file’s exceptions in reconciliation</Link>}
          </p>
          <DataTable
            caption={`Unmatched rows of ${result.number}`}
            rows={result.exceptions}
            rowKey={(row) => String(row.row)}
            empty="Every row matched a payment."
            columns={[
              { header: 'Row', cell: (row) => row.row, numeric: true },
              { header: 'Date', cell: (row) => <span className="nowrap">{row.date}</span> },
              { header: 'Reference', cell: (row) => row.reference },
              { header: 'Gross', cell: (row) => amount(row.gross), numeric: true },
              { header: 'Fee', cell: (row) => amount(row.fee), numeric: true },
              { header: 'Net', cell: (row) => amount(row.net), numeric: true },
              { header: 'Reason', cell: (row) => <ReasonCell reason={row.reason} /> },
            ]}
          />
        </>
      )}
    </section>
  );
}
