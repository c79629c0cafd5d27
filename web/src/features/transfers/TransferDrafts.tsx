// The draft transfers a replenishment run left for stores: approve one (it becomes an inventory transfer) or
// dismiss it (confirmed, with a reason). Only staff with the transfers' write action decide; others see them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { formatDateTime } from '../../app/useCompany.ts';
import { useMe } from '../../auth/useMe.ts';
import { ConfirmDialog } from '../../design/ConfirmDialog.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { Pager } from '../../design/Pager.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';

export function TransferDrafts() {
  const queryClient = useQueryClient();
  const permissions = useMe().data?.permissions ?? [];
  const mayDecide = permissions.includes('transfers.write');
  const pages = useCursorPages('drafts');
  const [dismissing, setDismissing] = useState<{ id: string; number: string } | undefined>();
  const [note, setNote] = useState('');
  const drafts = useQuery({
    queryKey: ['transfer-drafts', pages.cursor],
    enabled: permissions.includes('transfers.read'),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/replenishment/transfer-drafts', { params: { query: { status: 'draft', limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) } } })),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['transfer-drafts'] });
    void queryClient.invalidateQueries({ queryKey: ['transfers'] });
  };
  const approve = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/replenishment/transfer-drafts/{id}/approve', { params: { path: { id } }, body: {} })),
    onSuccess: refresh,
  });
  const dismiss = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/replenishment/transfer-drafts/{id}/dismiss', { params: { path: { id } }, body: { note: note.trim() } })),
    onSuccess: () => {
      setDismissing(undefined);
      setNote('');
      refresh();
    },
  });
  if (!permissions.includes('transfers.read')) return null;

  return (
    <section aria-labelledby="drafts-title">
      <h2 id="drafts-title">Transfer drafts</h2>
      {!mayDecide && <p className="muted">Staff of the stores and warehouses concerned approve or dismiss these.</p>}
      <ProblemMessage error={drafts.error ?? approve.error} />
      {approve.data && (
        <p role="status">
          {approve.data.number} approved{approve.data.transfer ? `: transfer ${approve.data.transfer}` : ''}.
        </p>
      )}
      <DataTable
        caption="Draft transfers of replenishment runs"
        rows={drafts.data?.items}
        rowKey={(draft) => draft.id}
        empty="No transfer drafts wait."
        columns={[
          { header: 'Draft', cell: (draft) => draft.number },
          { header: 'From', cell: (draft) => draft.from },
          { header: 'To', cell: (draft) => draft.to },
          { header: 'Lines', cell: (draft) => draft.lines.map((line) => `${line.sku} × ${line.quantity}`).join(', ') },
          { header: 'Drafted', cell: (draft) => formatDateTime(draft.createdAt) },
          ...(mayDecide
            ? [
                {
                  header: 'Decide',
                  cell: (draft: { id: string; number: string }) => (
                    <span className="row">
                      <button type="button" disabled={approve.isPending} onClick={() => approve.mutate(draft.id)}>
                        Approve<span className="visually-hidden"> {draft.number}</span>
                      </button>
                      <button type="button" className="secondary" onClick={() => setDismissing({ id: draft.id, number: draft.number })}>
                        Dismiss<span className="visually-hidden"> {draft.number}</span>…
                      </button>
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Pager pages={pages} nextCursor={drafts.data?.nextCursor} />
      <ConfirmDialog
        open={dismissing !== undefined}
        title={`Dismiss ${dismissing?.number ?? ''}?`}
        confirmLabel={`Dismiss ${dismissing?.number ?? ''}`}
        cancelLabel="Keep the draft"
        onConfirm={() => dismissing && dismiss.mutate(dismissing.id)}
        onCancel={() => {
          setDismissing(undefined);
          dismiss.reset();
        }}
      >
        <Field label="Why (required)" value={note} onChange={(event) => setNote(event.target.value)} error={dismiss.error instanceof ProblemError ? dismiss.error.fieldMessage('/note') : undefined} />
        <ProblemMessage error={dismiss.error} />
      </ConfirmDialog>
    </section>
  );
}
