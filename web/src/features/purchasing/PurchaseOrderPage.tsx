// One purchase order: its lines with what was received and billed, its approval steps, the lifecycle actions the
// user's role may take in its status, and (for the warehouse) the receipt of goods against it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { useMe } from '../../auth/useMe.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { PurchasingNav } from './PurchasingNav.tsx';
import { ReceiveForm } from './ReceiveForm.tsx';
import { VendorBillForm } from './VendorBillForm.tsx';
import { allows, statusLabel } from './statuses.ts';

type Verb = 'submit' | 'approve' | 'reject' | 'send' | 'cancel' | 'close';

export function PurchaseOrderPage() {
  const { id = '' } = useParams();
  const money = useMoney();
  const permissions = useMe().data?.permissions ?? [];
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<'reject' | 'cancel' | undefined>();
  const [note, setNote] = useState('');
  const order = useQuery({ queryKey: ['purchase-order', id], queryFn: async () => unwrap(await api.GET('/api/v1/purchase-orders/{id}', { params: { path: { id } } })) });

  const act = useMutation({
    mutationFn: async (verb: Verb) => {
      const path = { params: { path: { id } } };
      const text = note.trim();
      switch (verb) {
        case 'submit':
          return unwrap(await api.POST('/api/v1/purchase-orders/{id}/submit', path));
        case 'send':
          return unwrap(await api.POST('/api/v1/purchase-orders/{id}/send', path));
        case 'approve':
          return unwrap(await api.POST('/api/v1/purchase-orders/{id}/approve', { ...path, body: {} }));
        case 'reject':
          return unwrap(await api.POST('/api/v1/purchase-orders/{id}/reject', { ...path, body: { note: text } }));
        case 'cancel':
          return unwrap(await api.POST('/api/v1/purchase-orders/{id}/cancel', { ...path, body: text ? { reason: text } : {} }));
        case 'close':
          return unwrap(await api.POST('/api/v1/purchase-orders/{id}/close', { ...path, body: {} }));
      }
    },
    onSuccess: () => {
      setAsking(undefined);
      setNote('');
      void queryClient.invalidateQueries({ queryKey: ['purchase-order', id] });
      void queryClient.invalidateQueries({ queryKey: ['purchase-orders'] });
      void queryClient.invalidateQueries({ queryKey: ['approvals-inbox'] });
    },
  });

  if (order.error) return <ProblemMessage error={order.error} />;
  if (!order.data) return <p className="muted">Loading…</p>;
  const po = order.data;
  const may = (action: string) => permissions.includes(action);
  const offered: { verb: Verb; label: string }[] = [
    ...(may('purchasing.write') && allows(po.status, 'submit') ? [{ verb: 'submit' as const, label: 'Submit for approval' }] : []),
    ...(may('purchasing.approve') && allows(po.status, 'approve') ? [{ verb: 'approve' as const, label: 'Approve' }] : []),
    ...(may('purchasing.write') && allows(po.status, 'send') ? [{ verb: 'send' as const, label: 'Send to vendor' }] : []),
    ...(may('purchasing.write') && allows(po.status, 'close') ? [{ verb: 'close' as const, label: 'Close order' }] : []),
  ];
  const mayReject = may('purchasing.approve') && allows(po.status, 'reject');
  const mayCancel = may('purchasing.write') && allows(po.status, 'cancel');

  return (
    <section aria-labelledby="po-title">
      <h1 id="po-title">
        Purchase order {po.number} · <span data-testid="po-status">{statusLabel(po.status)}</span>
      </h1>
      <PurchasingNav />
      <p className="muted">
        {po.vendor} → {po.location} · {po.origin} · created {formatDateTime(po.createdAt)} · expected {formatDateTime(po.expectedAt)}
        {po.note ? ` · ${po.note}` : ''}
      </p>
      <DataTable
        caption="Lines"
        rows={po.lines}
        rowKey={(line) => line.sku}
        empty="No lines."
        columns={[
          { header: 'SKU', cell: (line) => line.sku },
          { header: 'Ordered', cell: (line) => line.quantity, numeric: true },
          { header: 'Received', cell: (line) => line.received, numeric: true },
          { header: 'Billed', cell: (line) => line.billed, numeric: true },
          { header: 'Unit cost', cell: (line) => money.format(line.unitCost), numeric: true },
          { header: 'Amount', cell: (line) => money.format(line.amount), numeric: true },
        ]}
      />
      <p>
        Total <strong>{money.format(po.total)}</strong>
      </p>
      {po.approvals.length > 0 && (
        <DataTable
          caption="Approval steps"
          rows={po.approvals}
          rowKey={(step) => String(step.step)}
          empty="No approval steps."
          columns={[
            { header: 'Step', cell: (step) => step.step, numeric: true },
            { header: 'Approver', cell: (step) => step.approver.user ?? step.approver.role ?? '—' },
            { header: 'Status', cell: (step) => step.status },
            { header: 'Decided by', cell: (step) => step.decidedBy ?? '—' },
            { header: 'Note', cell: (step) => step.note ?? '' },
          ]}
        />
      )}

      {(offered.length > 0 || mayReject || mayCancel) && (
        <div className="actions">
          {offered.map((action) => (
            <button key={action.verb} type="button" disabled={act.isPending} onClick={() => act.mutate(action.verb)}>
              {action.label}
            </button>
          ))}
          {mayReject && (
            <button type="button" className="secondary" onClick={() => setAsking('reject')}>
              Reject…
            </button>
          )}
          {mayCancel && (
            <button type="button" className="secondary" onClick={() => setAsking('cancel')}>
              Cancel order…
            </button>
          )}
        </div>
      )}
      {asking && (
        <div role="group" aria-labelledby="confirm-title" className="card">
          <h2 id="confirm-title">{asking === 'reject' ? `Reject ${po.number}?` : `Cancel ${po.number}? This cannot be undone.`}</h2>
          <Field
            label={asking === 'reject' ? 'Why (required)' : 'Reason'}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={act.error instanceof ProblemError ? act.error.fieldMessage('/note') : undefined}
          />
          <div className="actions">
            <button type="button" disabled={act.isPending} onClick={() => act.mutate(asking)}>
              {asking === 'reject' ? 'Confirm rejection' : 'Confirm cancellation'}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(undefined)}>
              Keep the order
            </button>
          </div>
        </div>
      )}
      <ProblemMessage error={act.error} />

      {may('purchasing.receive') && allows(po.status, 'receive') && <ReceiveForm order={po} />}
      {may('purchasing.bill') && allows(po.status, 'bill') && po.lines.some((line) => line.received > 0) && <VendorBillForm key={po.number} order={po} />}
    </section>
  );
}
