// The returns desk (for the roles that take returns), then the returns taken at the user's locations.
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { ShowMore } from '../../design/ShowMore.tsx';
import { usePagedList } from '../../design/usePagedList.ts';
import { useMe } from '../../auth/useMe.ts';
import { ReturnDesk } from './ReturnDesk.tsx';

export function ReturnsPage() {
  const money = useMoney();
  const me = useMe();
  const returns = usePagedList(['returns'], async (cursor) => unwrap(await api.GET('/api/v1/returns', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } })));
  return (
    <section aria-labelledby="returns-title">
      <h1 id="returns-title">Returns</h1>
      {me.data?.permissions.includes('returns.create') && <ReturnDesk location={me.data.locations[0]} />}
      <ProblemMessage error={returns.error} />
      <DataTable
        caption="Returns"
        rows={returns.items}
        rowKey={(item) => item.id}
        empty="No returns."
        columns={[
          { header: 'Number', cell: (item) => item.number },
          { header: 'Order', cell: (item) => item.order },
          { header: 'Location', cell: (item) => item.location },
          { header: 'Refund', cell: (item) => `${money.format(item.refund.amount)} (${item.refund.method})`, numeric: true },
          { header: 'Taken', cell: (item) => formatDateTime(item.createdAt) },
        ]}
      />
      <ShowMore list={returns} what="returns" />
    </section>
  );
}
