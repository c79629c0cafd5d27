// The approvals inbox: purchase orders whose pending step waits for me (by name or role), oldest first.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { PurchasingNav } from './PurchasingNav.tsx';

export function ApprovalsPage() {
  const money = useMoney();
  const inbox = useQuery({ queryKey: ['approvals-inbox'], queryFn: async () => unwrap(await api.GET('/api/v1/purchasing/approvals/inbox', { params: { query: { limit: 100 } } })) });
  return (
    <section aria-labelledby="approvals-title">
      <h1 id="approvals-title">Purchasing</h1>
      <PurchasingNav />
      <ProblemMessage error={inbox.error} />
      <DataTable
        caption="Waiting for my approval"
        rows={inbox.data?.items}
        rowKey={(item) => item.id}
        empty="Nothing waits for your approval."
        columns={[
          { header: 'Number', cell: (item) => <Link to={`/purchasing/orders/${item.number}`}>{item.number}</Link> },
          { header: 'Vendor', cell: (item) => item.vendor },
          { header: 'Deliver to', cell: (item) => item.location },
          { header: 'Lines', cell: (item) => item.lines, numeric: true },
          { header: 'Total', cell: (item) => money.format(item.total), numeric: true },
          { header: 'Step', cell: (item) => item.step, numeric: true },
          { header: 'Due', cell: (item) => (item.dueAt ? `${formatDateTime(item.dueAt)}${item.overdue ? ' (overdue)' : ''}` : '—') },
        ]}
      />
    </section>
  );
}
