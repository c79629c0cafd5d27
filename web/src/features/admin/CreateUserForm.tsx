// A new user: email, name, role, the locations they are limited to, and a first password.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { parseLocations, type Role, ROLES, roleLabel } from './roles.ts';

export function CreateUserForm({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState({ email: '', name: '', role: 'store_associate' as Role, locations: '', password: '' });
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/users', {
          body: { email: form.email, name: form.name, role: form.role, locations: parseLocations(form.locations), password: form.password },
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        }),
      ),
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      onDone();
      navigate(`/admin/users/${user.id}`);
    },
  });
  const fieldError = (path: string) => (create.error instanceof ProblemError ? create.error.fieldMessage(path) : undefined);
  const set = (name: keyof typeof form) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [name]: event.target.value });

  return (
    <form
      className="card stack"
      aria-labelledby="new-user-title"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <h2 id="new-user-title">New user</h2>
      <Field label="Email" type="email" required value={form.email} onChange={set('email')} error={fieldError('/email')} />
      <Field label="Name" required value={form.name} onChange={set('name')} error={fieldError('/name')} />
      <div className="field">
        <label htmlFor="new-user-role">Role</label>
        <select id="new-user-role" value={form.role} onChange={set('role')}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
        </select>
      </div>
      <Field label="Locations (codes, comma-separated; empty: all)" value={form.locations} onChange={set('locations')} error={fieldError('/locations')} />
      <Field label="First password" type="password" autoComplete="new-password" required value={form.password} onChange={set('password')} error={fieldError('/password')} />
      <div className="actions">
        <button type="submit" disabled={create.isPending}>
          Create user
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Discard
        </button>
      </div>
      <ProblemMessage error={create.error} />
    </form>
  );
}
