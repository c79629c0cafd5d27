// Transfers between locations the user may see, with what each may do next: the source approves or rejects a
// request and ships what is reserved; the destination receives. Buttons appear for the side the user acts for
// and the permissions they hold; the server still decides.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime } from '../../app/useCompany.ts';
import { useMe } from '../../auth/useMe.ts';
import { ConfirmDialog } from '../../design/ConfirmDialog.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { Pager } from '../../design/Pager.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';
import { ReceiveTransfer } from './ReceiveTransfer.tsx';
import { TransferDrafts } from './TransferDrafts.tsx';
import { TransferRequestForm } from './TransferRequestForm.tsx';
import { actsFor } from './useTransferLocations.ts';

type Verb = 'approve' | 'reject' | 'ship' | 'cancel';

const STATUS_LABELS: Record<string, string> = {
  requested: 'Requested',
  reserved: 'Reserved',
  in_transit: 'In transit',
  received: 'Received',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
};
/** Rejecting and cancelling end a transfer for good: they are confirmed first. */
const FINAL: Verb[] = ['reject', 'cancel'];

interface Transfer {
  id: string;
  number: string;
  from: string;
  to: string;
  status: string;
  lines: { sku: string; quantity: number; received: number | null }[];
}

function run(verb: Verb, id: string) {
  const params = { params: { path: { id } } };
  if (verb === 'approve') return api.POST('/api/v1/transfers/{id}/approve', params);
  if (verb === 'ship') return api.POST('/api/v1/transfers/{id}/ship', params);
  if (verb === 'cancel') return api.POST('/api/v1/transfers/{id}/cancel', params);
  return api.POST('/api/v1/transfers/{id}/reject', { ...params, body: {} });
}

export function TransfersPage() {
  const me = useMe();
  const queryClient = useQueryClient();
  const pages = useCursorPages('transfers');
  const transfers = useQuery({
    queryKey: ['transfers', pages.cursor],
    queryFn: async () => unwrap(await api.GET('/api/v1/transfers', { params: { query: { limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) } } })),
  });
  const [receiving, setReceiving] = useState<Transfer | undefined>();
  const [confirming, setConfirming] = useState<{ verb: Verb; transfer: Transfer } | undefined>();
  const act = useMutation({
    mutationFn: async ({ verb, transfer }: { verb: Verb; transfer: Transfer }) => unwrap(await run(verb, transfer.id)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['transfers'] }),
  });
  const permissions = me.data?.permissions ?? [];
  const mine = me.data?.locations ?? [];
  const mayWrite = permissions.includes('transfers.write');

  function actions(transfer: Transfer): { verb: Verb | 'receive'; label: string }[] {
    const source = mayWrite && actsFor(mine, transfer.from);
    const either = mayWrite && (source || actsFor(mine, transfer.to));
    if (transfer.status === 'requested')
      return [...(source ? [{ verb: 'approve' as const, label: 'Approve' }, { verb: 'reject' as const, label: 'Reject' }] : []), ...(either ? [{ verb: 'cancel' as const, label: 'Cancel' }] : [])];
    if (transfer.status === 'reserved') return [...(source ? [{ verb: 'ship' as const, label: 'Ship' }] : []), ...(either ? [{ verb: 'cancel' as const, label: 'Cancel' }] : [])];
    if (transfer.status === 'in_transit' && permissions.includes('transfers.receive') && actsFor(mine, transfer.to)) return [{ verb: 'receive', label: 'Receive' }];
    return [];
  }

  function start(verb: Verb | 'receive', transfer: Transfer) {
    act.reset();
    if (verb === 'receive') setReceiving(transfer);
    else if (FINAL.includes(verb)) setConfirming({ verb, transfer });
    else act.mutate({ verb, transfer });
  }

  return (
    <section aria-labelledby="transfers-title">
      <h1 id="transfers-title">Transfers</h1>
      {mayWrite && <TransferRequestForm />}
      {receiving && <ReceiveTransfer key={receiving.id} transfer={receiving} onDone={() => setReceiving(undefined)} />}
      <ProblemMessage error={transfers.error ?? act.error} />
      {act.data && (
        <p role="status">
          Transfer {act.data.number} is {STATUS_LABELS[act.data.status]?.toLowerCase()}.
        </p>
      )}
      <DataTable
        caption="Transfers"
        rows={transfers.data?.items}
        rowKey={(transfer) => transfer.id}
        empty="No transfers."
        columns={[
          { header: 'Number', cell: (transfer) => transfer.number },
          { header: 'From', cell: (transfer) => transfer.from },
          { header: 'To', cell: (transfer) => transfer.to },
          { header: 'Status', cell: (transfer) => STATUS_LABELS[transfer.status] ?? transfer.status },
          {
            header: 'Lines',
            cell: (transfer) => transfer.lines.map((line) => `${line.quantity} × ${line.sku}${line.received !== null && line.received !== line.quantity ? ` (received ${line.received})` : ''}`).join(', '),
          },
          { header: 'Created', cell: (transfer) => formatDateTime(transfer.createdAt) },
          {
            header: 'Actions',
            cell: (transfer) => (
              <div className="row">
                {actions(transfer).map(({ verb, label }) => (
                  <button key={verb} type="button" className={verb === 'reject' || verb === 'cancel' ? 'secondary' : undefined} disabled={act.isPending} onClick={() => start(verb, transfer)}>
                    {label} {transfer.number}
                  </button>
                ))}
              </div>
            ),
          },
        ]}
      />
      <Pager pages={pages} nextCursor={transfers.data?.nextCursor} />
      {/* What replenishment proposes to move between locations waits here for the staff who approve transfers. */}
      {mayWrite && <TransferDrafts />}
      <ConfirmDialog
        open={confirming !== undefined}
        title={`${confirming?.verb === 'reject' ? 'Reject' : 'Cancel'} ${confirming?.transfer.number ?? ''}?`}
        confirmLabel={confirming?.verb === 'reject' ? 'Reject transfer' : 'Cancel transfer'}
        cancelLabel="Keep it"
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          if (confirming) act.mutate(confirming);
          setConfirming(undefined);
        }}
      >
        <p>The transfer ends here; anything reserved for it is released.</p>
      </ConfirmDialog>
    </section>
  );
}
