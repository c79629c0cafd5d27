// "Who has this?": what every store and warehouse has available of one product, whatever the user's own
// locations — so a customer can be sent, or a transfer asked for, where the stock is.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';

export function NetworkAvailability({ sku, mine }: { sku: string; mine: string[] }) {
  const availability = useQuery({
    queryKey: ['availability', sku],
    queryFn: async () => unwrap(await api.GET('/api/v1/inventory/availability', { params: { query: { sku } } })),
  });
  const rows = availability.data?.locations.filter((location) => location.available > 0);
  return (
    <section aria-labelledby="network-title">
      <h2 id="network-title">Who has {availability.data ? `${availability.data.name} (${availability.data.sku})` : sku}?</h2>
      <ProblemMessage error={availability.error} />
      {!availability.error && (
        <DataTable
          caption="Available across the network"
          rows={rows}
          rowKey={(location) => location.code}
          empty="No store or warehouse has any available."
          columns={[
            { header: 'Location', cell: (location) => `${location.code} · ${location.name}${mine.includes(location.code) ? ' (yours)' : ''}` },
            { header: 'Kind', cell: (location) => (location.kind === 'store' ? 'Store' : 'Warehouse') },
            { header: 'Available', cell: (location) => location.available, numeric: true },
          ]}
        />
      )}
    </section>
  );
}
