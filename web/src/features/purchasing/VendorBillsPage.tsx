// Vendor bills: the ones on hold with their three-way-match exceptions first (approve accepts the price
// differences; reject voids the bill, confirmed, with a reason), then every bill, filtered by status, paged.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { useMe } from '../../auth/useMe.ts';
import { ConfirmDialog } from '../../design/ConfirmDialog.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { billStatusLabel, exceptionReason, groupByBill } from './bills.ts';
import { Pager } from '../../design/Pager.tsx';
import { PurchasingNav } from './PurchasingNav.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';

const STATUSES = ['posted', 'on_hold', 'rejected'] as const;

export function VendorBillsPage() {
  const money = useMoney();
  const queryClient = useQueryClient();
  const mayDecide = (useMe().data?.permissions ?? []).includes('purchasing.bill');
  const [search, setSearch] = useSearchParams();
  const status = STATUSES.find((value) => value === search.get('status'));
  const pages = useCursorPages(status ?? '');
  const [rejecting, setRejecting] = useState<{ id: string; number: string } | undefined>();
  const [note, setNote] = useState('');
  const exceptions = useQuery({
    queryKey: ['vendor-bills', 'exceptions'],
    queryFn: async () => unwrap(await api.GET('/api/v1/vendor-bills/exceptions', { params: { query: { limit: 200 } } })),
  });
  const bills = useQuery({
    queryKey: ['vendor-bills', 'list', status, pages.cursor],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/vendor-bills', { params: { query: { limit: 50, ...(status ? { status } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) } } })),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['vendor-bills'] });
    void queryClient.invalidateQueries({ queryKey: ['purchase-order'] });
  };
  const approve = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/vendor-bills/{id}/approve', { params: { path: { id } }, body: {} })),
    onSuccess: refresh,
  });
  const reject = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/vendor-bills/{id}/reject', { params: { path: { id } }, body: { note: note.trim() } })),
    onSuccess: () => {
      setRejecting(undefined);
      setNote('');
      refresh();
    },
  });

  function filter(value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set('status', value);
    else next.delete('status');
    setSearch(next);
  }

  const held = exceptions.data ? groupByBill(exceptions.data.items) : undefined;
  return (
    <section aria-labelledby="bills-title">
      <h1 id="bills-title">Purchasing</h1>
      <PurchasingNav />
      <ProblemMessage error={exceptions.error} />
      <DataTable
        caption="Bills on hold: three-way-match exceptions"
        rows={held}
        rowKey={(group) => group.billId}
        empty="No bill is on hold."
        columns={[
          { header: 'Bill', cell: (group) => group.items[0]?.bill },
          { header: 'Vendor', cell: (group) => `${group.items[0]?.vendor} · ${group.items[0]?.reference}` },
          { header: 'Order', cell: (group) => <Link to={`/purchasing/orders/${group.items[0]?.purchaseOrder}`}>{group.items[0]?.purchaseOrder}</Link> },
          {
            header: 'Exceptions',
            cell: (group) => (
              <ul className="reasons">
                {group.items.map((item) => (
                  <li key={`${item.sku}-${item.kind}`}>{exceptionReason(item, money.format)}</li>
                ))}
              </ul>
            ),
          },
          ...(mayDecide
            ? [
                {
                  header: 'Decide',
                  cell: (group: { billId: string; items: { bill: string }[] }) => {
                    const number = group.items[0]?.bill ?? '';
                    return (
                      <span className="row">
                        <button type="button" disabled={approve.isPending} onClick={() => approve.mutate(group.billId)}>
                          Approve<span className="visually-hidden"> {number}</span>
                        </button>
                        <button type="button" className="secondary" onClick={() => setRejecting({ id: group.billId, number })}>
                          Reject<span className="visually-hidden"> {number}</span>…
                        </button>
                      </span>
                    );
                  },
                },
              ]
            : []),
        ]}
      />
      <ProblemMessage error={approve.error} />
      <ConfirmDialog
        open={rejecting !== undefined}
        title={`Reject ${rejecting?.number ?? ''}?`}
        confirmLabel={`Reject and void ${rejecting?.number ?? ''}`}
        cancelLabel="Keep it on hold"
        onConfirm={() => rejecting && reject.mutate(rejecting.id)}
        onCancel={() => {
          setRejecting(undefined);
          reject.reset();
        }}
      >
        <p>The bill is voided and its vendor reference freed for a corrected bill.</p>
        <Field label="Why (required)" value={note} onChange={(event) => setNote(event.target.value)} error={reject.error instanceof ProblemError ? reject.error.fieldMessage('/note') : undefined} />
        <ProblemMessage error={reject.error} />
      </ConfirmDialog>

      <h2>All bills</h2>
      <div className="row">
        <div className="field">
          <label htmlFor="bills-status">Status</label>
          <select id="bills-status" value={status ?? ''} onChange={(event) => filter(event.target.value)}>
            <option value="">All</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {billStatusLabel(value)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ProblemMessage error={bills.error} />
      <DataTable
        caption="Vendor bills"
        rows={bills.data?.items}
        rowKey={(bill) => bill.id}
        empty="No bills match."
        columns={[
          { header: 'Bill', cell: (bill) => bill.number },
          { header: 'Vendor', cell: (bill) => `${bill.vendor} · ${bill.reference}` },
          { header: 'Order', cell: (bill) => <Link to={`/purchasing/orders/${bill.purchaseOrder}`}>{bill.purchaseOrder}</Link> },
          { header: 'Status', cell: (bill) => billStatusLabel(bill.status) },
          { header: 'Total', cell: (bill) => money.format(bill.total), numeric: true },
          { header: 'Price variance', cell: (bill) => money.format(bill.priceVariance), numeric: true },
          { header: 'Entered', cell: (bill) => formatDateTime(bill.createdAt) },
        ]}
      />
      <Pager pages={pages} nextCursor={bills.data?.nextCursor} />
    </section>
  );
}
