// Admin: users with their roles and location scopes.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';

export function AdminPage() {
  const users = useQuery({ queryKey: ['users'], queryFn: async () => unwrap(await api.GET('/api/v1/users', { params: { query: { limit: 200 } } })) });
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">Admin</h1>
      <ProblemMessage error={users.error} />
      <DataTable
        caption="Users"
        rows={users.data?.items}
        rowKey={(user) => user.id}
        empty="No users."
        columns={[
          { header: 'Name', cell: (user) => user.name },
          { header: 'Email', cell: (user) => user.email },
          { header: 'Role', cell: (user) => user.role.replace('_', ' ') },
          { header: 'Locations', cell: (user) => (user.locations.length ? user.locations.join(', ') : 'all') },
          { header: 'Active', cell: (user) => (user.active ? 'yes' : 'no') },
        ]}
      />
    </section>
  );
}
