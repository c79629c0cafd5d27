// One user: change name, role and locations; deactivate (after confirming: their sessions end at once) or
// reactivate; set a new password for them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { ConfirmDialog } from '../../design/ConfirmDialog.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { AdminNav } from './AdminNav.tsx';
import { parseLocations, type Role, ROLES, roleLabel } from './roles.ts';

export function UserPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const user = useQuery({ queryKey: ['user', id], queryFn: async () => unwrap(await api.GET('/api/v1/users/{id}', { params: { path: { id } } })) });
  const [form, setForm] = useState({ name: '', role: 'store_associate' as Role, locations: '' });
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  useEffect(() => {
    if (user.data) setForm({ name: user.data.name, role: user.data.role, locations: user.data.locations.join(', ') });
  }, [user.data]);

  const saved = (data: NonNullable<typeof user.data>) => {
    queryClient.setQueryData(['user', id], data);
    void queryClient.invalidateQueries({ queryKey: ['users'] });
  };
  const path = { params: { path: { id } } };
  const update = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/users/{id}', { ...path, body: { name: form.name, role: form.role, locations: parseLocations(form.locations) } })),
    onSuccess: saved,
  });
  const setActive = useMutation({
    mutationFn: async (active: boolean) =>
      unwrap(active ? await api.POST('/api/v1/users/{id}/reactivate', path) : await api.POST('/api/v1/users/{id}/deactivate', path)),
    onSuccess: saved,
  });
  const reset = useMutation({
    mutationFn: async () => {
      const result = await api.POST('/api/v1/users/{id}/password', { ...path, body: { password } });
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: () => setPassword(''),
  });

  if (user.error) return <ProblemMessage error={user.error} />;
  if (!user.data) return <p className="muted">Loading…</p>;
  const shown = user.data;
  const fieldError = (error: unknown, at: string) => (error instanceof ProblemError ? error.fieldMessage(at) : undefined);

  return (
    <section aria-labelledby="user-title">
      <h1 id="user-title">
        {shown.name} · <span data-testid="user-active">{shown.active ? 'active' : 'deactivated'}</span>
      </h1>
      <AdminNav />
      <p className="muted">{shown.email}</p>
      <form
        className="card stack"
        aria-labelledby="edit-user-title"
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate();
        }}
      >
        <h2 id="edit-user-title">Role and locations</h2>
        <Field label="Name" required value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} error={fieldError(update.error, '/name')} />
        <div className="field">
          <label htmlFor="user-role">Role</label>
          <select id="user-role" value={form.role} onChange={(event) => setForm({ ...form, role: event.target.value as Role })}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </select>
        </div>
        <Field
          label="Locations (codes, comma-separated; empty: all)"
          value={form.locations}
          onChange={(event) => setForm({ ...form, locations: event.target.value })}
          error={fieldError(update.error, '/locations')}
        />
        <div className="actions">
          <button type="submit" disabled={update.isPending}>
            Save changes
          </button>
        </div>
        <ProblemMessage error={update.error} />
        {update.isSuccess && <p role="status">Saved.</p>}
      </form>

      <form
        className="card stack"
        aria-labelledby="reset-title"
        onSubmit={(event) => {
          event.preventDefault();
          reset.mutate();
        }}
      >
        <h2 id="reset-title">Reset password</h2>
        <Field label="New password" type="password" autoComplete="new-password" required value={password} onChange={(event) => setPassword(event.target.value)} error={fieldError(reset.error, '/password')} />
        <div className="actions">
          <button type="submit" disabled={reset.isPending}>
            Set password
          </button>
        </div>
        <ProblemMessage error={reset.error} />
        {reset.isSuccess && <p role="status">Password set; the user’s sessions have ended.</p>}
      </form>

      <div className="card stack">
        <h2>Access</h2>
        <div className="actions">
          {shown.active ? (
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              Deactivate…
            </button>
          ) : (
            <button type="button" disabled={setActive.isPending} onClick={() => setActive.mutate(true)}>
              Reactivate
            </button>
          )}
        </div>
        <ConfirmDialog
          open={confirming}
          title={`Deactivate ${shown.name}?`}
          confirmLabel="Confirm deactivation"
          cancelLabel="Keep active"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            setActive.mutate(false);
          }}
        >
          <p>Their sessions end at once and they cannot sign in until reactivated.</p>
        </ConfirmDialog>
        <ProblemMessage error={setActive.error} />
      </div>
    </section>
  );
}
