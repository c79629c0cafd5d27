// One till cash session: the float, what the till expected, what was counted and the variance (over or short),
// which the close posted to cash over and short.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';

export function CashSessionPage() {
  const { id = '' } = useParams();
  const money = useMoney();
  const session = useQuery({
    queryKey: ['cash-session', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/accounting/cash-sessions/{id}', { params: { path: { id } } })),
  });
  const cs = session.data;
  const amount = (value: number | null | undefined) => (value === null || value === undefined ? '—' : money.format(value));
  const variance = cs?.difference ?? null;
  return (
    <section aria-labelledby="cs-title">
      <h1 id="cs-title">Cash session {cs?.number ?? id}</h1>
      <FinanceNav />
      <p>
        <Link to="/finance/cash-sessions">All cash sessions</Link>
      </p>
      <ProblemMessage error={session.error} />
      {!cs && !session.error && <p className="muted">Loading…</p>}
      {cs && (
        <dl className="facts">
          <dt>Location</dt>
          <dd>{cs.location}</dd>
          <dt>Status</dt>
          <dd>{cs.status}</dd>
          <dt>Opened</dt>
          <dd>{formatDateTime(cs.openedAt)}</dd>
          <dt>Closed</dt>
          <dd>{cs.closedAt ? formatDateTime(cs.closedAt) : 'still open'}</dd>
          <dt>Float</dt>
          <dd className="num">{money.format(cs.float)}</dd>
          <dt>Expected in the till</dt>
          <dd className="num" data-testid="cs-expected">{cs.status === 'open' ? 'known at close' : amount(cs.expected)}</dd>
          <dt>Counted</dt>
          <dd className="num" data-testid="cs-counted">{amount(cs.counted)}</dd>
          <dt>Variance</dt>
          <dd className={variance === null || variance === 0 ? 'num' : variance > 0 ? 'num variance-over' : 'num variance-short'} data-testid="cs-variance">
            {variance === null ? '—' : variance === 0 ? `${money.format(0)} (exact)` : `${money.format(variance)} (${variance > 0 ? 'over' : 'short'})`}
          </dd>
        </dl>
      )}
    </section>
  );
}
