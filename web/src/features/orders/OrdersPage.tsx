// Orders from every channel the user may see, newest first, filtered by channel, status and customer email (all in
// the URL); an order number typed in the search opens that order.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { Pager } from '../../design/Pager.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';

const CHANNELS = ['store', 'web', 'marketplace'] as const;
const STATUSES = ['reserved', 'backordered', 'completed', 'cancelled'] as const;

export function OrdersPage() {
  const money = useMoney();
  const [search, filter] = useUrlFilters();
  const channel = CHANNELS.find((value) => value === search.get('channel'));
  const status = STATUSES.find((value) => value === search.get('status'));
  const customer = search.get('customer') ?? undefined;
  const navigate = useNavigate();
  const [typed, setTyped] = useState(customer ?? '');
  const pages = useCursorPages(JSON.stringify([channel, status, customer]));
  const orders = useQuery({
    queryKey: ['orders', channel, status, customer, pages.cursor],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/orders', {
          params: { query: { limit: 50, ...(channel ? { channel } : {}), ...(status ? { status } : {}), ...(customer ? { customer } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) } },
        }),
      ),
  });

  function find(event: React.FormEvent) {
    event.preventDefault();
    const text = typed.trim();
    if (text.includes('@') || text === '') filter('customer', text);
    else navigate(`/orders/${encodeURIComponent(text.toUpperCase())}`);
  }

  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">Orders</h1>
      <form className="row" role="search" onSubmit={find}>
        <Field label="Order number or customer email" value={typed} onChange={(event) => setTyped(event.target.value)} />
        <button type="submit">Find</button>
      </form>
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
        empty={customer ? `No orders for ${customer}.` : 'No orders match.'}
        columns={[
          { header: 'Number', cell: (order) => <Link to={`/orders/${order.number}`}>{order.number}</Link> },
          { header: 'Placed', cell: (order) => formatDateTime(order.placedAt) },
          { header: 'Customer', cell: (order) => order.customer?.email ?? '—' },
          { header: 'Channel', cell: (order) => order.channel },
          { header: 'Fulfilment', cell: (order) => order.fulfillment },
          { header: 'Location', cell: (order) => order.location ?? '—' },
          { header: 'Status', cell: (order) => order.status },
          { header: 'Total', cell: (order) => money.format(order.totals.total), numeric: true },
        ]}
      />
      <Pager pages={pages} nextCursor={orders.data?.nextCursor} />
    </section>
  );
}
