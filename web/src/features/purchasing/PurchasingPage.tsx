// Purchase orders through their life (draft, approval, sending, receipt, billing), filtered by status in the URL.
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { PurchasingNav } from './PurchasingNav.tsx';
import { PO_STATUSES, statusLabel } from './statuses.ts';

export function PurchasingPage() {
  const money = useMoney();
  const [search, setSearch] = useSearchParams();
  const status = PO_STATUSES.find((value) => value === search.get('status'));
  const orders = useQuery({
    queryKey: ['purchase-orders', status],
    queryFn: async () => unwrap(await api.GET('/api/v1/purchase-orders', { params: { query: { limit: 100, ...(status ? { status } : {}) } } })),
  });

  function filter(value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set('status', value);
    else next.delete('status');
    setSearch(next);
  }

  return (
    <section aria-labelledby="purchasing-title">
      <h1 id="purchasing-title">Purchasing</h1>
      <PurchasingNav />
      <div className="row">
        <label>
          Status{' '}
          <select value={status ?? ''} onChange={(event) => filter(event.target.value)}>
            <option value="">All</option>
            {PO_STATUSES.map((value) => (
              <option key={value} value={value}>
                {statusLabel(value)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemMessage error={orders.error} />
      <DataTable
        caption="Purchase orders"
        rows={orders.data?.items}
        rowKey={(order) => order.id}
        empty="No purchase orders match."
        columns={[
          { header: 'Number', cell: (order) => <Link to={`/purchasing/orders/${order.number}`}>{order.number}</Link> },
          { header: 'Vendor', cell: (order) => order.vendor },
          { header: 'Deliver to', cell: (order) => order.location },
          { header: 'Status', cell: (order) => statusLabel(order.status) },
          { header: 'Origin', cell: (order) => order.origin },
          { header: 'Total', cell: (order) => money.format(order.total), numeric: true },
        ]}
      />
    </section>
  );
}
