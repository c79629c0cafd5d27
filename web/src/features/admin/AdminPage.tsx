// Admin: users with their roles and location scopes, and a new user.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMe } from '../../auth/useMe.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { AdminNav } from './AdminNav.tsx';
import { CreateUserForm } from './CreateUserForm.tsx';
import { roleLabel } from './roles.ts';

export function AdminPage() {
  const mayCreate = useMe().data?.permissions.includes('users.create') ?? false;
  const [creating, setCreating] = useState(false);
  const users = useQuery({ queryKey: ['users'], queryFn: async () => unwrap(await api.GET('/api/v1/users', { params: { query: { limit: 200 } } })) });
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">Admin</h1>
      <AdminNav />
      {mayCreate && !creating && (
        <div className="actions">
          <button type="button" onClick={() => setCreating(true)}>
            New user
          </button>
        </div>
      )}
      {creating && <CreateUserForm onDone={() => setCreating(false)} />}
      <ProblemMessage error={users.error} />
      <DataTable
        caption="Users"
        rows={users.data?.items}
        rowKey={(user) => user.id}
        empty="No users."
        columns={[
          { header: 'Name', cell: (user) => <Link to={`/admin/users/${user.id}`}>{user.name}</Link> },
          { header: 'Email', cell: (user) => user.email },
          { header: 'Role', cell: (user) => roleLabel(user.role) },
          { header: 'Locations', cell: (user) => (user.locations.length ? user.locations.join(', ') : 'all') },
          { header: 'Active', cell: (user) => (user.active ? 'yes' : 'no') },
        ]}
      />
    </section>
  );
}
