// The company's locations: stores, warehouses and the rest, with how orders may use them.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { AdminNav } from './AdminNav.tsx';

export function LocationsPage() {
  const locations = useQuery({ queryKey: ['locations'], queryFn: async () => unwrap(await api.GET('/api/v1/locations', { params: { query: { limit: 200 } } })) });
  return (
    <section aria-labelledby="locations-title">
      <h1 id="locations-title">Admin</h1>
      <AdminNav />
      <ProblemMessage error={locations.error} />
      <DataTable
        caption="Locations"
        rows={locations.data?.items}
        rowKey={(location) => location.id}
        empty="No locations."
        columns={[
          { header: 'Code', cell: (location) => location.code },
          { header: 'Name', cell: (location) => location.name },
          { header: 'Kind', cell: (location) => location.kind },
          { header: 'Ships to customers', cell: (location) => (location.shipsToCustomers ? 'yes' : 'no') },
          { header: 'Pickup point', cell: (location) => (location.pickupPoint ? 'yes' : 'no') },
          { header: 'Priority', cell: (location) => location.priority, numeric: true },
        ]}
      />
    </section>
  );
}
