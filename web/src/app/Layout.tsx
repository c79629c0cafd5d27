// The frame of every signed-in screen: the navigation offers only the areas the role may use.
import { useQueryClient } from '@tanstack/react-query';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { endSession } from '../auth/session.ts';
import { useMe } from '../auth/useMe.ts';
import { ProblemMessage } from '../design/ProblemMessage.tsx';
import { AREAS } from './areas.ts';

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
