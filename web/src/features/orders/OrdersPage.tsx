// Orders from every channel the user may see, newest first, filtered by channel and status.
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';

const CHANNELS = ['store', 'web', 'marketplace'] as const;
const STATUSES = ['reserved', 'backordered', 'completed', 'cancelled'] as const;

export function OrdersPage() {
  const money = useMoney();
  const [search, setSearch] = useSearchParams();
  const channel = CHANNELS.find((value) => value === search.get('channel'));
  const status = STATUSES.find((value) => value === search.get('status'));
  const orders = useQuery({
    queryKey: ['orders', channel, status],
    queryFn: async () => unwrap(await api.GET('/api/v1/orders', { params: { query: { limit: 100, ...(channel ? { channel } : {}), ...(status ? { status } : {}) } } })),
  });

  function filter(name: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next);
  }

  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">Orders</h1>
      <div className="row">
        <label>
          Channel{' '}
          <select value={channel ?? ''} onChange={(event) => filter('channel', event.target.value)}>
            <option value="">All</option>
            {CHANNELS.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select value={status ?? ''} onChange={(event) => filter('status', event.target.value)}>
            <option value="">All</option>
            {STATUSES.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
      </div>
      <ProblemMessage error={orders.error} />
      <DataTable
        caption="Orders"
        rows={orders.data?.items}
        rowKey={(order) => order.id}
        empty="No orders match."
        columns={[
          { header: 'Number', cell: (order) => <Link to={`/orders/${order.number}`}>{order.number}</Link> },
          { header: 'Placed', cell: (order) => formatDateTime(order.placedAt) },
          { header: 'Channel', cell: (order) => order.channel },
          { header: 'Fulfilment', cell: (order) => order.fulfillment },
          { header: 'Location', cell: (order) => order.location ?? '—' },
          { header: 'Status', cell: (order) => order.status },
          { header: 'Total', cell: (order) => money.format(order.totals.total), numeric: true },
        ]}
      />
    </section>
  );
}
