// A manual journal entry (accounting.write): an accrual, a correction, an opening balance. Lines of an account
// and a debit or a credit; the running totals show whether it balances, and the server's refusal (an unbalanced
// entry, an unknown account, a locked period) is shown beside the line or the lines its JSON pointer names.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { useMe } from '../../auth/useMe.ts';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';
import { entryLines, entryTotals, type TypedLine } from './manualEntry.ts';

let nextKey = 1;
const blankLine = (): TypedLine => ({ key: nextKey++, account: '', debit: '', credit: '' });

export function ManualEntryPage() {
  const money = useMoney();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const mayWrite = me.data?.permissions.includes('accounting.write') ?? false;
  const [memo, setMemo] = useState('');
  const [lines, setLines] = useState<TypedLine[]>(() => [blankLine(), blankLine()]);
  const accounts = useQuery({
    queryKey: ['accounts'],
    queryFn: async () => unwrap(await api.GET('/api/v1/accounting/accounts', { params: { query: { limit: 500, includeArchived: 'true' } } })),
  });
  const body = entryLines(lines, money.toMinor);
  const totals = entryTotals(body);
  const post = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/accounting/journal-entries', { body: { description: memo, lines: body }, headers: { 'Idempotency-Key': crypto.randomUUID() } })),
    onSuccess: (entry) => {
      void queryClient.invalidateQueries({ queryKey: ['journal-entries'] });
      void queryClient.invalidateQueries({ queryKey: ['ledger'] });
      void queryClient.invalidateQueries({ queryKey: ['trial-balance'] });
      void navigate(`/finance/journal-entries/${entry.number}`);
    },
  });
  const problem = post.error instanceof ProblemError ? post.error : undefined;
  const at = (path: string) => problem?.fieldMessage(path);
  const change = (key: number, patch: Partial<TypedLine>) => setLines((all) => all.map((line) => (line.key === key ? { ...line, ...patch } : line)));

  if (me.data && !mayWrite) {
    return (
      <section aria-labelledby="manual-title">
        <h1 id="manual-title">Finance</h1>
        <FinanceNav />
        <p>Posting journal entries needs the accounting.write permission.</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="manual-title">
      <h1 id="manual-title">Finance</h1>
      <FinanceNav />
      <h2>New manual journal entry</h2>
      <p>
        <Link to="/finance/journal-entries">Back to the journal</Link>
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          post.mutate();
        }}
      >
        <Field label="Memo" required value={memo} onChange={(event) => setMemo(event.target.value)} error={at('/description')} />
        <div className="entry-lines" role="group" aria-label="Lines">
          {lines.map((line, index) => (
            <EntryLineFields
              key={line.key}
              index={index}
              line={line}
              accounts={accounts.data?.items.filter((account) => !account.archived) ?? []}
              onChange={(patch) => change(line.key, patch)}
              onRemove={lines.length > 2 ? () => setLines((all) => all.filter((one) => one.key !== line.key)) : undefined}
              errors={{ line: at(`/lines/${index}`), account: at(`/lines/${index}/account`), debit: at(`/lines/${index}/debit`), credit: at(`/lines/${index}/credit`) }}
            />
          ))}
        </div>
        <p data-testid="entry-totals" className={totals.balanced ? undefined : 'muted'}>
          Debits {money.format(totals.debit)} · credits {money.format(totals.credit)}
          {totals.debit !== totals.credit ? ` · difference ${money.format(Math.abs(totals.debit - totals.credit))}` : ''}
        </p>
        {at('/lines') && (
          <p role="alert" className="error" data-testid="lines-error">
            Lines: {at('/lines')}
          </p>
        )}
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setLines((all) => [...all, blankLine()])}>
            Add a line
          </button>
          <button type="submit" disabled={post.isPending}>
            Post entry
          </button>
        </div>
        <ProblemMessage error={post.error} />
      </form>
    </section>
  );
}

interface EntryLineFieldsProps {
  index: number;
  line: TypedLine;
  accounts: { code: string; name: string }[];
  onChange: (patch: Partial<TypedLine>) => void;
  onRemove: (() => void) | undefined;
  errors: { line: string | undefined; account: string | undefined; debit: string | undefined; credit: string | undefined };
}

function EntryLineFields({ index, line, accounts, onChange, onRemove, errors }: EntryLineFieldsProps) {
  const id = useId();
  const n = index + 1;
  return (
    <div className="row entry-line" data-testid={`line-${n}`}>
      <div className="field">
        <label htmlFor={`${id}-account`}>Account, line {n}</label>
        <select
          id={`${id}-account`}
          required
          value={line.account}
          onChange={(event) => onChange({ account: event.target.value })}
          aria-invalid={errors.account ? true : undefined}
          aria-describedby={errors.account ? `${id}-account-error` : undefined}
        >
          <option value="">Choose an account</option>
          {accounts.map((account) => (
            <option key={account.code} value={account.code}>
              {account.code} {account.name}
            </option>
          ))}
        </select>
        {errors.account && (
          <div id={`${id}-account-error`} className="error">
            {errors.account}
          </div>
        )}
      </div>
      <Field label={`Debit, line ${n}`} inputMode="decimal" value={line.debit} onChange={(event) => onChange({ debit: event.target.value })} error={errors.debit} />
      <Field label={`Credit, line ${n}`} inputMode="decimal" value={line.credit} onChange={(event) => onChange({ credit: event.target.value })} error={errors.credit} />
      {onRemove && (
        <button type="button" className="secondary" onClick={onRemove}>
          Remove line {n}
        </button>
      )}
      {errors.line && (
        <div className="error line-error" role="alert">
          Line {n}: {errors.line}
        </div>
      )}
    </div>
  );
}
