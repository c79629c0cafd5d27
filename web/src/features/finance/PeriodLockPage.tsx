// The period lock: nothing may be posted on or before the lock date. Finance moves it (accounting.write).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { useMe } from '../../auth/useMe.ts';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';

export function PeriodLockPage() {
  const queryClient = useQueryClient();
  const mayWrite = useMe().data?.permissions.includes('accounting.write') ?? false;
  const lock = useQuery({ queryKey: ['period-lock'], queryFn: async () => unwrap(await api.GET('/api/v1/accounting/period-lock')) });
  const [date, setDate] = useState('');
  const change = useMutation({
    mutationFn: async (lockDate: string | null) => unwrap(await api.POST('/api/v1/accounting/period-lock', { body: { lockDate } })),
    onSuccess: (data) => queryClient.setQueryData(['period-lock'], data),
  });

  return (
    <section aria-labelledby="lock-title">
      <h1 id="lock-title">Finance</h1>
      <FinanceNav />
      <h2>Period lock</h2>
      <ProblemMessage error={lock.error} />
      {lock.data && (
        <p role="status">{lock.data.lockDate ? `The books are locked up to and including ${lock.data.lockDate}.` : 'No period is locked.'}</p>
      )}
      {mayWrite && (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            if (date) change.mutate(date);
          }}
        >
          <Field label="Lock up to" type="date" required value={date} onChange={(event) => setDate(event.target.value)} error={change.error instanceof ProblemError ? change.error.fieldMessage('/lockDate') : undefined} />
          <button type="submit" disabled={change.isPending}>
            Lock the period
          </button>
          {lock.data?.lockDate && (
            <button type="button" className="secondary" disabled={change.isPending} onClick={() => change.mutate(null)}>
              Remove the lock
            </button>
          )}
        </form>
      )}
      <ProblemMessage error={change.error} />
    </section>
  );
}
