// The frame of every signed-in screen: the navigation offers only the areas the role may use.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { unwrap } from '../api/problem.ts';
import { endSession } from '../auth/session.ts';
import { useMe } from '../auth/useMe.ts';
import { ProblemMessage } from '../design/ProblemMessage.tsx';
import { AREAS } from './areas.ts';

/** "Notifications N": the caller's unread count, refreshed every minute and whenever a notification is marked read. */
function NotificationsLink() {
  const unread = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: async () => unwrap(await api.GET('/api/v1/notifications', { params: { query: { unread: 'true', limit: 1 } } })).unread,
    refetchInterval: 60_000,
  });
  const count = unread.data ?? 0;
  return (
    <NavLink to="/notifications" className="notifications-link">
      Notifications{' '}
      <span className={count > 0 ? 'badge badge-unread' : 'badge'}>{count}</span>
      <span className="visually-hidden"> unread</span>
    </NavLink>
  );
}

export function Layout() {
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  async function signOut() {
    await api.DELETE('/api/v1/auth/tokens/current');
    endSession();
    queryClient.clear();
    navigate('/sign-in', { replace: true });
  }

  if (me.error) return <ProblemMessage error={me.error} />;
  if (!me.data) return <p className="muted">Loading…</p>;
  const permissions = me.data.permissions;
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Emporium</span>
        <nav aria-label="Areas">
          {AREAS.filter((area) => permissions.includes(area.action)).map((area) => (
            <NavLink key={area.path} to={area.path}>
              {area.name}
            </NavLink>
          ))}
        </nav>
        {permissions.includes('notifications.read') && <NotificationsLink />}
        <span className="user">
          {me.data.name} · {me.data.role.replace('_', ' ')}
          {me.data.locations.length > 0 ? ` · ${me.data.locations.join(', ')}` : ''}
        </span>
        <button type="button" className="secondary" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main className="screen">
        <Outlet />
      </main>
    </div>
  );
}
