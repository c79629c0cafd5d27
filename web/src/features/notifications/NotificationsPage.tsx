// The signed-in user's notifications, newest first (all or only the unread ones): what each is about links to its
// screen; "Mark read" one at a time or all at once. The top bar's "Notifications N" counts the unread ones.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { Pager } from '../../design/Pager.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';

export function NotificationsPage() {
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const unreadOnly = search.get('show') === 'unread';
  const pages = useCursorPages(String(unreadOnly));

  const list = useQuery({
    queryKey: ['notifications', 'list', unreadOnly, pages.cursor],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/notifications', {
          params: { query: { limit: 50, ...(unreadOnly ? { unread: 'true' as const } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) } },
        }),
      ),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const markRead = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const markAll = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/notifications/read-all', { body: {} })),
    onSuccess: refresh,
  });

  const unread = list.data?.unread ?? 0;
  return (
    <section aria-labelledby="notifications-title">
      <h1 id="notifications-title">Notifications</h1>
      <p className="muted">Exceptions raised for your role at your locations, and exceptions assigned to you, newest first.</p>
      <div className="row">
        <div className="field">
          <label htmlFor="notifications-show">Show</label>
          <select id="notifications-show" value={unreadOnly ? 'unread' : ''} onChange={(event) => setSearch(event.target.value ? { show: event.target.value } : {})}>
            <option value="">All</option>
            <option value="unread">Unread only</option>
          </select>
        </div>
        <button type="button" className="secondary" disabled={unread === 0 || markAll.isPending} onClick={() => markAll.mutate()}>
          Mark all read ({unread})
        </button>
      </div>
      <ProblemMessage error={list.error} />
      <ProblemMessage error={markRead.error} />
      <ProblemMessage error={markAll.error} />
      <DataTable
        caption="Your notifications"
        rows={list.data?.items}
        rowKey={(item) => item.id}
        empty={unreadOnly ? 'Nothing unread.' : 'No notifications yet.'}
        columns={[
          { header: 'When', cell: (item) => formatDateTime(item.createdAt) },
          { header: 'About', cell: (item) => (item.readAt ? <Link to={item.link}>{item.title}</Link> : <strong><Link to={item.link}>{item.title}</Link></strong>) },
          { header: 'Details', cell: (item) => item.body },
          { header: 'Status', cell: (item) => (item.readAt ? `Read ${formatDateTime(item.readAt)}` : 'Unread') },
          {
            header: 'Act',
            cell: (item) =>
              item.readAt ? null : (
                <button type="button" className="secondary" disabled={markRead.isPending} onClick={() => markRead.mutate(item.id)}>
                  Mark read<span className="visually-hidden"> {item.title}</span>
                </button>
              ),
          },
        ]}
      />
      <Pager pages={pages} nextCursor={list.data?.nextCursor} />
    </section>
  );
}
