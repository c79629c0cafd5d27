// Click-and-collect orders reserved at the user's store, waiting for their customer. Handing one over fulfils
// the order: the reserved units leave the store and the sale is earned.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { ConfirmDialog } from '../../design/ConfirmDialog.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';

interface Pickup {
  id: string;
  number: string;
  customer: { email: string; name: string | null } | null;
  lines: { sku: string; quantity: number }[];
  totals: { total: number };
  placedAt: string;
}

export function usePickupsWaiting(location: string | undefined) {
  return useQuery({
    queryKey: ['pickups', location],
    enabled: Boolean(location),
    queryFn: async () => {
      const page = unwrap(await api.GET('/api/v1/orders', { params: { query: { fulfillment: 'pickup', status: 'reserved', location: location as string, limit: 100 } } }));
      // The location filter also matches orders merely allocated here; a pickup waits where it is collected.
      return page.items.filter((order) => order.pickupLocation === location);
    },
  });
}

export function PickupsWaiting({ location }: { location: string }) {
  const money = useMoney();
  const queryClient = useQueryClient();
  const pickups = usePickupsWaiting(location);
  const [confirming, setConfirming] = useState<Pickup | undefined>();
  const handOver = useMutation({
    mutationFn: async (order: Pickup) => unwrap(await api.POST('/api/v1/orders/{id}/fulfill', { params: { path: { id: order.id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['pickups'] }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orders'] }),
  });
  return (
    <section aria-labelledby="pickups-title" className="no-print">
      <h2 id="pickups-title">Pickups waiting</h2>
      <ProblemMessage error={pickups.error ?? handOver.error} />
      {handOver.data && <p role="status">{handOver.data.number} handed over.</p>}
      <DataTable
        caption="Click-and-collect orders reserved here"
        rows={pickups.data}
        rowKey={(order) => order.id}
        empty="No pickups waiting."
        columns={[
          { header: 'Order', cell: (order) => order.number },
          { header: 'Customer', cell: (order) => order.customer?.name ?? order.customer?.email ?? '—' },
          { header: 'Items', cell: (order) => order.lines.map((line) => `${line.quantity} × ${line.sku}`).join(', ') },
          { header: 'Total', cell: (order) => money.format(order.totals.total), numeric: true },
          { header: 'Placed', cell: (order) => formatDateTime(order.placedAt) },
          {
            header: 'Action',
            cell: (order) => (
              <button type="button" className="secondary" disabled={handOver.isPending} onClick={() => setConfirming(order)}>
                Hand over {order.number}
              </button>
            ),
          },
        ]}
      />
      <ConfirmDialog
        open={confirming !== undefined}
        title={`Hand over ${confirming?.number ?? ''}?`}
        confirmLabel="Hand over"
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          if (confirming) handOver.mutate(confirming);
          setConfirming(undefined);
        }}
      >
        <p>
          The customer {confirming?.customer?.name ?? confirming?.customer?.email ?? ''} takes the goods now; the order is completed and cannot be
          handed over again.
        </p>
      </ConfirmDialog>
    </section>
  );
}
