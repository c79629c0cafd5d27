// Transfers between locations the user may see, with their progress.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';

export function TransfersPage() {
  const transfers = useQuery({ queryKey: ['transfers'], queryFn: async () => unwrap(await api.GET('/api/v1/transfers', { params: { query: { limit: 100 } } })) });
  return (
    <section aria-labelledby="transfers-title">
      <h1 id="transfers-title">Transfers</h1>
      <ProblemMessage error={transfers.error} />
      <DataTable
        caption="Transfers"
        rows={transfers.data?.items}
        rowKey={(transfer) => transfer.id}
        empty="No transfers."
        columns={[
          { header: 'Number', cell: (transfer) => transfer.number },
          { header: 'From', cell: (transfer) => transfer.from },
          { header: 'To', cell: (transfer) => transfer.to },
          { header: 'Status', cell: (transfer) => transfer.status },
          { header: 'Lines', cell: (transfer) => transfer.lines.length, numeric: true },
          { header: 'Created', cell: (transfer) => formatDateTime(transfer.createdAt) },
        ]}
      />
    </section>
  );
}
