// Purchase orders through their life: draft, approval, receipt and billing.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';

export function PurchasingPage() {
  const money = useMoney();
  const orders = useQuery({ queryKey: ['purchase-orders'], queryFn: async () => unwrap(await api.GET('/api/v1/purchase-orders', { params: { query: { limit: 100 } } })) });
  return (
    <section aria-labelledby="purchasing-title">
      <h1 id="purchasing-title">Purchasing</h1>
      <ProblemMessage error={orders.error} />
      <DataTable
        caption="Purchase orders"
        rows={orders.data?.items}
        rowKey={(order) => order.id}
        empty="No purchase orders."
        columns={[
          { header: 'Number', cell: (order) => order.number },
          { header: 'Vendor', cell: (order) => order.vendor },
          { header: 'Deliver to', cell: (order) => order.location },
          { header: 'Status', cell: (order) => order.status },
          { header: 'Origin', cell: (order) => order.origin },
          { header: 'Total', cell: (order) => money.format(order.total), numeric: true },
        ]}
      />
    </section>
  );
}
