// The store manager's view of the day at their store, at the top of the till: what the store sold today and
// its margin (the gross-margin report for this location), pickups waiting, and transfers waiting on the store.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { usePickupsWaiting } from '../till/PickupsWaiting.tsx';

function startOfToday(): string {
  const now = new Date();
  // Local midnight, sent as an instant: "today" is the store's day, not the UTC one.
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

function useTransfersToActOn(location: string) {
  return useQuery({
    queryKey: ['transfers', 'to-act-on', location],
    queryFn: async () => {
      const count = async (query: { from?: string; to?: string; status: 'requested' | 'reserved' | 'in_transit' }) =>
        unwrap(await api.GET('/api/v1/transfers', { params: { query: { ...query, limit: 100 } } })).items.length;
      const [toApprove, toShip, toReceive] = await Promise.all([
        count({ from: location, status: 'requested' }),
        count({ from: location, status: 'reserved' }),
        count({ to: location, status: 'in_transit' }),
      ]);
      return { toApprove, toShip, toReceive };
    },
  });
}

/** Definition lists indent their values by default; here each figure sits under its term. */
const FIGURE = { margin: 0, fontSize: '1.2rem', fontWeight: 600 } as const;

export function StoreToday({ location }: { location: string }) {
  const money = useMoney();
  const sales = useQuery({
    queryKey: ['gross-margin', 'today', location],
    queryFn: async () => unwrap(await api.GET('/api/v1/accounting/reports/gross-margin', { params: { query: { location, by: 'location', from: startOfToday(), to: new Date().toISOString() } } })),
  });
  const pickups = usePickupsWaiting(location);
  const transfers = useTransfersToActOn(location);
  const margin = sales.data?.totals.marginBasisPoints;
  return (
    <section aria-labelledby="store-today-title" className="card no-print" style={{ marginBottom: 16 }}>
      <h2 id="store-today-title" style={{ marginTop: 0 }}>Store {location} today</h2>
      <ProblemMessage error={sales.error ?? pickups.error ?? transfers.error} />
      <dl className="row" style={{ margin: 0 }}>
        <div>
          <dt className="muted">Sales today</dt>
          <dd style={FIGURE}>{sales.data ? money.format(sales.data.totals.revenue) : '…'}</dd>
        </div>
        <div>
          <dt className="muted">Gross margin</dt>
          <dd style={FIGURE}>{sales.data ? `${money.format(sales.data.totals.grossMargin)}${margin === null || margin === undefined ? '' : ` (${(margin / 100).toFixed(1)} %)`}` : '…'}</dd>
        </div>
        <div>
          <dt className="muted">Pickups waiting</dt>
          <dd style={FIGURE}>{pickups.data?.length ?? '…'}</dd>
        </div>
        <div>
          <dt className="muted">Transfers to act on</dt>
          <dd style={FIGURE}>
            {transfers.data ? (
              <Link to="/transfers">
                {transfers.data.toApprove} to approve, {transfers.data.toShip} to ship, {transfers.data.toReceive} to receive
              </Link>
            ) : (
              '…'
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
