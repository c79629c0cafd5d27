// The returns desk (for the roles that take returns), then the returns taken at the user's locations.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { Pager } from '../../design/Pager.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';
import { useMe } from '../../auth/useMe.ts';
import { ReturnDesk } from './ReturnDesk.tsx';

export function ReturnsPage() {
  const money = useMoney();
  const me = useMe();
  const pages = useCursorPages('returns');
  const returns = useQuery({
    queryKey: ['returns', pages.cursor],
    queryFn: async () => unwrap(await api.GET('/api/v1/returns', { params: { query: { limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) } } })),
  });
  return (
    <section aria-labelledby="returns-title">
      <h1 id="returns-title">Returns</h1>
      {me.data?.permissions.includes('returns.create') && <ReturnDesk location={me.data.locations[0]} />}
      <ProblemMessage error={returns.error} />
      <DataTable
        caption="Returns"
        rows={returns.data?.items}
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
      <Pager pages={pages} nextCursor={returns.data?.nextCursor} />
    </section>
  );
}
