// Count sheet entry: pick a location the user acts for and, optionally, the SKUs to count (else the first
// page of what the location holds); type the counted quantity of each line counted; post after confirming.
// The server sets on hand to the counts and reports each line's variance against its books, shown after.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { ConfirmDialog } from '../../design/ConfirmDialog.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { LocationPicker, useActingLocation } from '../stock/useActingLocation.tsx';
import { countedLines, expectedVariances, formatVariance, parseSkus, type SheetRow, summarize } from './countSheet.ts';

const FIRST_PAGE = 50;

interface Sheet {
  location: string;
  rows: SheetRow[];
  more: boolean;
}

async function loadSheet(location: string, skus: string[]): Promise<Sheet> {
  if (skus.length === 0) {
    const page = unwrap(await api.GET('/api/v1/inventory/levels', { params: { query: { location, limit: FIRST_PAGE } } }));
    return { location, rows: page.items.map((level) => ({ sku: level.sku, onHand: level.onHand })), more: page.nextCursor !== null };
  }
  const rows = await Promise.all(
    skus.map(async (sku) => {
      const page = unwrap(await api.GET('/api/v1/inventory/levels', { params: { query: { location, sku, limit: 1 } } }));
      return { sku, onHand: page.items[0]?.onHand ?? 0 };
    }),
  );
  return { location, rows, more: false };
}

export function CountSheet() {
  const money = useMoney();
  const queryClient = useQueryClient();
  const acting = useActingLocation('countAt');
  const [skuText, setSkuText] = useState('');
  const [counted, setCounted] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const open = useMutation({
    mutationFn: () => loadSheet(acting.location, parseSkus(skuText)),
    onSuccess: () => {
      setCounted({});
      post.reset();
    },
  });
  const sheet = open.data;
  const lines = sheet ? countedLines(sheet.rows, counted) : [];
  const post = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/inventory/counts', {
          body: { location: sheet?.location ?? '', lines },
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        }),
      ),
    onSuccess: () => {
      open.reset();
      setCounted({});
      return Promise.all([queryClient.invalidateQueries({ queryKey: ['counts'] }), queryClient.invalidateQueries({ queryKey: ['inventory-levels'] })]);
    },
  });
  const lineError = (sku: string) => {
    const index = lines.findIndex((line) => line.sku === sku);
    if (!(post.error instanceof ProblemError) || index < 0) return undefined;
    return post.error.fieldMessage(`/lines/${index}/counted`) ?? post.error.fieldMessage(`/lines/${index}/sku`) ?? post.error.fieldMessage(`/lines/${index}`);
  };
  const differing = sheet ? expectedVariances(sheet.rows, counted) : [];
  const result = post.data;
  const summary = result ? summarize(result.lines) : undefined;

  return (
    <section aria-labelledby="count-sheet-title" className="card" style={{ marginBottom: 16 }}>
      <h2 id="count-sheet-title" style={{ marginTop: 0 }}>Count sheet</h2>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          open.mutate();
        }}
      >
        <LocationPicker label="Count at" {...acting} />
        <Field label="SKUs to count (optional, separated by spaces)" name="skus" value={skuText} onChange={(event) => setSkuText(event.target.value)} style={{ minWidth: '16em' }} />
        <button type="submit" disabled={!acting.location || open.isPending}>
          Start sheet
        </button>
      </form>
      <ProblemMessage error={open.error} />
      {sheet && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            post.reset();
            setConfirming(true);
          }}
        >
          <p className="muted">
            {sheet.more
              ? `The first ${sheet.rows.length} SKUs held at ${sheet.location}; name SKUs above to count others. `
              : `${sheet.rows.length} SKU${sheet.rows.length === 1 ? '' : 's'} at ${sheet.location}. `}
            Leave a line blank if it was not counted.
          </p>
          <DataTable
            caption={`Count sheet for ${sheet.location}`}
            rows={sheet.rows}
            rowKey={(row) => row.sku}
            empty="This location holds nothing yet: name the SKUs to count."
            columns={[
              { header: 'SKU', cell: (row) => row.sku },
              { header: 'On hand (books)', cell: (row) => row.onHand, numeric: true },
              {
                header: 'Counted',
                cell: (row) => (
                  <Field
                    label={`Counted ${row.sku}`}
                    type="number"
                    min={0}
                    step={1}
                    inputMode="numeric"
                    className="qty-input"
                    value={counted[row.sku] ?? ''}
                    error={lineError(row.sku)}
                    onChange={(event) => setCounted({ ...counted, [row.sku]: event.target.value })}
                  />
                ),
              },
            ]}
          />
          <div className="row" style={{ marginTop: 16 }}>
            <button type="submit" disabled={lines.length === 0 || post.isPending}>
              Post count
            </button>
            <button type="button" className="secondary" onClick={() => open.reset()}>
              Discard sheet
            </button>
          </div>
        </form>
      )}
      <ProblemMessage error={post.error} />
      {result && summary && (
        <div>
          <p role="status">
            Count {result.number} posted at {result.location}: {summary.differing === 0 ? 'every line matched the books' : `${summary.differing} of ${result.lines.length} lines differ from the books`}
            {summary.netValue !== undefined && summary.differing > 0 ? `, ${money.format(summary.netValue)} at cost` : ''}.
          </p>
          <DataTable
            caption={`Variances of count ${result.number}`}
            rows={result.lines}
            rowKey={(line) => line.sku}
            empty="No lines."
            columns={[
              { header: 'SKU', cell: (line) => line.sku },
              { header: 'On hand at count', cell: (line) => line.onHandAtCount, numeric: true },
              { header: 'Counted', cell: (line) => line.counted, numeric: true },
              { header: 'Variance', cell: (line) => formatVariance(line.variance), numeric: true },
              ...(result.lines.some((line) => line.value !== undefined) ? [{ header: 'Value', cell: (line: (typeof result.lines)[number]) => money.format(line.value ?? 0), numeric: true }] : []),
            ]}
          />
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Post count at ${sheet?.location ?? ''}?`}
        confirmLabel="Post count"
        cancelLabel="Keep counting"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          post.mutate();
        }}
      >
        <p>
          On hand of {lines.length} SKU{lines.length === 1 ? '' : 's'} is set to the counted quantities and the differences are booked as inventory gain or loss.
          {differing.length > 0
            ? ` Against the books as shown: ${differing.map((line) => `${line.sku} ${formatVariance(line.variance)}`).join(', ')}.`
            : ' Every counted line matches the books as shown.'}
        </p>
      </ConfirmDialog>
    </section>
  );
}
