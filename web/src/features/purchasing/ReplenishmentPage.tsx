// Replenishment: run it now (it can take a while: a progress indicator shows it is working), then decide the open
// proposals it left — change their quantity, order them (draft purchase orders / transfers) or skip them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { ProposalQuantity } from './ProposalQuantity.tsx';
import { PurchasingNav } from './PurchasingNav.tsx';
import { TransferDrafts } from '../transfers/TransferDrafts.tsx';

export function ReplenishmentPage() {
  const money = useMoney();
  const queryClient = useQueryClient();
  const [ordered, setOrdered] = useState<{ purchaseOrders: string[]; transferDrafts: string[] } | undefined>();
  const proposals = useQuery({
    queryKey: ['proposals'],
    queryFn: async () => unwrap(await api.GET('/api/v1/replenishment/proposals', { params: { query: { status: 'open', limit: 200 } } })),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['proposals'] });
    void queryClient.invalidateQueries({ queryKey: ['purchase-orders'] });
    void queryClient.invalidateQueries({ queryKey: ['approvals-inbox'] });
  };
  const run = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/replenishment/runs', { body: {}, headers: { 'Idempotency-Key': crypto.randomUUID() } })),
    onSuccess: refresh,
  });
  const order = useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/replenishment/proposals/order', { body: { proposals: [id] }, headers: { 'Idempotency-Key': crypto.randomUUID() } })),
    onSuccess: (result) => {
      setOrdered(result);
      refresh();
    },
  });
  const skip = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/replenishment/proposals/dismiss', { body: { proposals: [id], reason: 'skipped in the back office' } })),
    onSuccess: refresh,
  });
  const busy = order.isPending || skip.isPending;

  return (
    <section aria-labelledby="replenishment-title">
      <h1 id="replenishment-title">Purchasing</h1>
      <PurchasingNav />
      <div className="actions">
        <button type="button" disabled={run.isPending} onClick={() => run.mutate()}>
          Run replenishment
        </button>
        {run.isPending && (
          <span role="status" className="row">
            <progress aria-label="Replenishment running" /> Evaluating reorder rules…
          </span>
        )}
      </div>
      <ProblemMessage error={run.error} />
      {run.data && (
        <p role="status">
          Run done in {run.data.durationMs} ms: {run.data.rulesEvaluated} rules, {run.data.proposalsCreated} proposals, {run.data.purchaseOrdersDrafted} purchase orders
          drafted ({run.data.purchaseOrdersAutoApproved} approved automatically), {run.data.transfersDrafted} transfers drafted.
        </p>
      )}
      {ordered && (
        <p role="status">
          Ordered: {ordered.purchaseOrders.map((number) => (
            <Link key={number} to={`/purchasing/orders/${number}`}>
              {number}{' '}
            </Link>
          ))}
          {ordered.transferDrafts.length > 0 ? `transfer drafts ${ordered.transferDrafts.join(', ')}` : ''}
        </p>
      )}
      <ProblemMessage error={order.error ?? skip.error} />
      <DataTable
        caption="Open proposals"
        rows={proposals.data?.items}
        rowKey={(proposal) => proposal.id}
        empty="No open proposals."
        columns={[
          { header: 'SKU', cell: (proposal) => proposal.sku },
          { header: 'For', cell: (proposal) => proposal.location },
          { header: 'From', cell: (proposal) => (proposal.source === 'purchase' ? (proposal.vendor ?? 'no vendor') : `transfer from ${proposal.sourceLocation ?? '?'}`) },
          { header: 'Projected', cell: (proposal) => proposal.position.projected, numeric: true },
          { header: 'Min / max', cell: (proposal) => `${proposal.min} / ${proposal.max}`, numeric: true },
          { header: 'Quantity', cell: (proposal) => <ProposalQuantity key={proposal.quantity} proposal={proposal} />, numeric: true },
          { header: 'Unit cost', cell: (proposal) => (proposal.unitCost === null ? '—' : money.format(proposal.unitCost)), numeric: true },
          {
            header: 'Decide',
            cell: (proposal) => (
              <span className="row">
                <button type="button" disabled={busy} onClick={() => order.mutate(proposal.id)}>
                  Order {proposal.sku}
                </button>
                <button type="button" className="secondary" disabled={busy} onClick={() => skip.mutate(proposal.id)}>
                  Skip {proposal.sku}
                </button>
              </span>
            ),
          },
        ]}
      />
      <TransferDrafts />
    </section>
  );
}
