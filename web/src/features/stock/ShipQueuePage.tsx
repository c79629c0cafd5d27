// The ship queue of a store or warehouse: orders to ship whose stock is reserved there (fulfilment "ship",
// status reserved) with **Ship** (fulfils the order: the units leave and the sale is booked), and transfers
// reserved there waiting to be shipped, with the Transfers screen's Ship. Both are confirmed: neither undoes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime } from '../../app/useCompany.ts';
import { useMe } from '../../auth/useMe.ts';
import { ConfirmDialog } from '../../design/ConfirmDialog.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { Pager } from '../../design/Pager.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';
import { actsFor } from '../transfers/useTransferLocations.ts';
import { StockNav } from './StockNav.tsx';
import { LocationPicker, useActingLocation } from './useActingLocation.tsx';

interface QueuedOrder {
  id: string;
  number: string;
  channel: string;
  customer: { email: string; name: string | null } | null;
  lines: { sku: string; quantity: number }[];
  allocations: { sku: string; location: string; quantity: number; status: string }[];
  placedAt: string;
}

interface QueuedTransfer {
  id: string;
  number: string;
  to: string;
  lines: { sku: string; quantity: number }[];
  createdAt: string;
}

type Shipping = { kind: 'order'; order: QueuedOrder } | { kind: 'transfer'; transfer: QueuedTransfer };

const CHANNELS: Record<string, string> = { store: 'Store', web: 'Web', marketplace: 'Marketplace' };

export function ShipQueuePage() {
  const me = useMe();
  const permissions = me.data?.permissions ?? [];
  const mine = me.data?.locations ?? [];
  const acting = useActingLocation();
  const location = acting.location;
  const mayShipOrders = permissions.includes('orders.fulfill');
  const mayShipTransfers = permissions.includes('transfers.write');
  const queryClient = useQueryClient();
  const pages = useCursorPages(location ?? '');
  const [confirming, setConfirming] = useState<Shipping | undefined>();

  const orders = useQuery({
    queryKey: ['ship-queue', 'orders', location, pages.cursor],
    enabled: mayShipOrders && Boolean(location),
    queryFn: async () => {
      const page = unwrap(await api.GET('/api/v1/orders', { params: { query: { fulfillment: 'ship', status: 'reserved', location, limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) } } }));
      // The filter matches any order that touched the location; the queue holds those with units reserved here.
      return { ...page, items: page.items.filter((order) => order.allocations.some((allocation) => allocation.status === 'reserved' && allocation.location === location)) };
    },
  });
  const transfers = useQuery({
    queryKey: ['ship-queue', 'transfers', location],
    enabled: mayShipTransfers && Boolean(location),
    queryFn: async () => unwrap(await api.GET('/api/v1/transfers', { params: { query: { status: 'reserved', from: location, limit: 100 } } })),
  });
  const ship = useMutation({
    mutationFn: async (what: Shipping) =>
      what.kind === 'order'
        ? { number: unwrap(await api.POST('/api/v1/orders/{id}/fulfill', { params: { path: { id: what.order.id } } })).number }
        : { number: unwrap(await api.POST('/api/v1/transfers/{id}/ship', { params: { path: { id: what.transfer.id } } })).number },
    onSettled: () => Promise.all(['ship-queue', 'orders', 'transfers', 'inventory-levels'].map((key) => queryClient.invalidateQueries({ queryKey: [key] }))),
  });
  /** The server lets scoped staff fulfil an order only when every location it is allocated to is theirs. */
  const elsewhere = (order: QueuedOrder) => [...new Set(order.allocations.map((allocation) => allocation.location))].filter((code) => !actsFor(mine, code));
  const shipped = (order: QueuedOrder) => order.allocations.filter((allocation) => allocation.status === 'reserved' && allocation.location === location);

  return (
    <section aria-labelledby="ship-title">
      <h1 id="ship-title">Stock</h1>
      <StockNav />
      <div className="row">
        <LocationPicker label="Ship from" {...acting} choose={(code) => { acting.choose(code); }} />
      </div>
      <ProblemMessage error={ship.error} />
      {ship.data && <p role="status">{ship.data.number} shipped.</p>}
      {mayShipOrders && (
        <section aria-labelledby="ship-orders-title">
          <h2 id="ship-orders-title">Orders to ship</h2>
          <ProblemMessage error={orders.error} />
          <DataTable
            caption={`Orders reserved at ${location} for shipping`}
            rows={location ? orders.data?.items : []}
            rowKey={(order) => order.id}
            empty="No orders waiting to ship from here."
            columns={[
              { header: 'Order', cell: (order) => <Link className="nowrap" to={`/orders/${order.number}`}>{order.number}</Link> },
              { header: 'Channel', cell: (order) => CHANNELS[order.channel] ?? order.channel },
              { header: 'Customer', cell: (order) => order.customer?.name ?? order.customer?.email ?? '—' },
              { header: 'Pick here', cell: (order) => shipped(order).map((allocation) => `${allocation.quantity} × ${allocation.sku}`).join(', ') },
              { header: 'Placed', cell: (order) => formatDateTime(order.placedAt) },
              {
                header: 'Action',
                cell: (order) =>
                  elsewhere(order).length > 0 ? (
                    <span className="muted">Also allocated at {elsewhere(order).join(', ')}: shipped from there</span>
                  ) : (
                    <button type="button" disabled={ship.isPending} onClick={() => { ship.reset(); setConfirming({ kind: 'order', order }); }}>
                      Ship {order.number}
                    </button>
                  ),
              },
            ]}
          />
          <Pager pages={pages} nextCursor={orders.data?.nextCursor} />
        </section>
      )}
      {mayShipTransfers && (
        <section aria-labelledby="ship-transfers-title">
          <h2 id="ship-transfers-title">Transfers to ship</h2>
          <p className="muted">
            Transfers reserved at {location || 'your location'}; requests to approve and receipts are on the <Link to="/transfers">Transfers</Link> screen.
          </p>
          <ProblemMessage error={transfers.error} />
          <DataTable
            caption={`Transfers reserved at ${location} to ship`}
            rows={location ? transfers.data?.items : []}
            rowKey={(transfer) => transfer.id}
            empty="No transfers waiting to ship from here."
            columns={[
              { header: 'Transfer', cell: (transfer) => <span className="nowrap">{transfer.number}</span> },
              { header: 'To', cell: (transfer) => transfer.to },
              { header: 'Lines', cell: (transfer) => transfer.lines.map((line) => `${line.quantity} × ${line.sku}`).join(', ') },
              { header: 'Created', cell: (transfer) => <span className="nowrap">{formatDateTime(transfer.createdAt)}</span> },
              {
                header: 'Action',
                cell: (transfer) => (
                  <button type="button" disabled={ship.isPending} onClick={() => { ship.reset(); setConfirming({ kind: 'transfer', transfer }); }}>
                    Ship {transfer.number}
                  </button>
                ),
              },
            ]}
          />
        </section>
      )}
      <ConfirmDialog
        open={confirming !== undefined}
        title={`Ship ${confirming?.kind === 'order' ? confirming.order.number : (confirming?.transfer.number ?? '')}?`}
        confirmLabel={confirming?.kind === 'transfer' ? 'Ship transfer' : 'Ship order'}
        cancelLabel="Not yet"
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          if (confirming) ship.mutate(confirming);
          setConfirming(undefined);
        }}
      >
        {confirming?.kind === 'order' && (
          <p>
            {shipped(confirming.order).map((allocation) => `${allocation.quantity} × ${allocation.sku}`).join(', ')} leave {location} for{' '}
            {confirming.order.customer?.name ?? confirming.order.customer?.email ?? 'the customer'}; the order is completed and its sale booked.
          </p>
        )}
        {confirming?.kind === 'transfer' && (
          <p>
            {confirming.transfer.lines.map((line) => `${line.quantity} × ${line.sku}`).join(', ')} leave {location} for {confirming.transfer.to} and are in transit until received.
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
