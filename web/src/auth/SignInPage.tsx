// Sign-in: exchanges the demo or real login for a bearer token and lands the user on their role's home.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { ProblemError, unwrap } from '../api/problem.ts';
import { homePath } from '../app/areas.ts';
import { Field } from '../design/Field.tsx';
import { ProblemMessage } from '../design/ProblemMessage.tsx';
import { startSession } from './session.ts';

export function SignInPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const session = unwrap(await api.POST('/api/v1/auth/tokens', { body: { email: String(form.get('email')), password: String(form.get('password')) } }));
      queryClient.clear();
      startSession(session);
      const me = unwrap(await api.GET('/api/v1/me'));
      queryClient.setQueryData(['me'], me);
      navigate(homePath(me.role, me.permissions), { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <form className="card" onSubmit={signIn} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Emporium back office</h1>
        <Field label="Email" name="email" type="email" autoComplete="username" required autoFocus />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        {error instanceof ProblemError && error.problem.status === 401 ? (
          <p role="alert" className="error">
            The email or password is not right.
          </p>
        ) : (
          <ProblemMessage error={error} />
        )}
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
