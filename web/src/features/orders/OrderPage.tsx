// One order (the service desk's order 360): its customer, lines with tax, where each line was reserved or
// fulfilled, and its timeline of events as the server recorded them.
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, type Money, useMoney } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';

export function OrderPage() {
  const { id = '' } = useParams();
  const money = useMoney();
  const order = useQuery({ queryKey: ['order', id], queryFn: async () => unwrap(await api.GET('/api/v1/orders/{id}', { params: { path: { id } } })) });
  if (order.error) return <ProblemMessage error={order.error} />;
  if (!order.data) return <p className="muted">Loading…</p>;
  const { data } = order;
  return (
    <section aria-labelledby="order-title">
      <h1 id="order-title">
        Order {data.number} · {data.status}
      </h1>
      <p className="muted">
        {data.channel} · {data.fulfillment} · placed {formatDateTime(data.placedAt)}
        {data.customer ? ` · ${data.customer.email}` : ''}
      </p>
      <DataTable
        caption="Lines"
        rows={data.lines}
        rowKey={(line) => line.sku}
        empty="No lines."
        columns={[
          { header: 'SKU', cell: (line) => line.sku },
          { header: 'Quantity', cell: (line) => line.quantity, numeric: true },
          { header: 'Unit price', cell: (line) => money.format(line.unitPrice), numeric: true },
          { header: 'Tax', cell: (line) => money.format(line.tax), numeric: true },
        ]}
      />
      <p>
        Total <strong>{money.format(data.totals.total)}</strong> (tax {money.format(data.totals.tax)}), paid by {data.payment.method}.
      </p>
      <DataTable
        caption="Where the stock comes from"
        rows={data.allocations}
        rowKey={(allocation) => `${allocation.sku}@${allocation.location}:${allocation.status}`}
        empty="Nothing allocated."
        columns={[
          { header: 'SKU', cell: (allocation) => allocation.sku },
          { header: 'Location', cell: (allocation) => allocation.location },
          { header: 'Quantity', cell: (allocation) => allocation.quantity, numeric: true },
          { header: 'Status', cell: (allocation) => allocation.status },
        ]}
      />
      <DataTable
        caption="Timeline"
        rows={data.events?.map((event, index) => ({ ...event, index }))}
        rowKey={(event) => String(event.index)}
        empty="Nothing has happened to this order yet."
        columns={[
          { header: 'When', cell: (event) => formatDateTime(event.at) },
          { header: 'What', cell: (event) => event.type.replaceAll('_', ' ') },
          { header: 'Detail', cell: (event) => <TimelineDetail detail={event.detail} money={money} /> },
        ]}
      />
    </section>
  );
}

/** Keys whose numbers are amounts in minor units. */
const AMOUNTS = new Set(['total', 'subtotal', 'tax', 'discount', 'amount', 'refund', 'refunded', 'unitPrice']);

/** An event's detail as "name: value" pairs: amounts as money, nested values as compact JSON. */
function TimelineDetail({ detail, money }: { detail: Record<string, unknown>; money: Money }) {
  const entries = Object.entries(detail);
  if (entries.length === 0) return null;
  const shown = (name: string, value: unknown) =>
    typeof value === 'number' && AMOUNTS.has(name) ? money.format(value) : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return <span className="muted">{entries.map(([name, value]) => `${name}: ${shown(name, value)}`).join(' · ')}</span>;
}
