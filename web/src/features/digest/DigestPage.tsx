// The reader's daily digest, as it is e-mailed each morning: the day's headline, the three actions that matter
// most, the exceptions by value at risk and the KPI moves, each with why it is there and a link to its screen.
// The day is in the URL (?date=; by default yesterday, the day just ended — the one the morning e-mail gives; UTC
// days, as the digest's are).
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function Line({ text, why, link }: { text: string; why: string; link: string }) {
  return (
    <>
      <Link to={link}>{text}</Link>
      <br />
      <small className="muted">{why}</small>
    </>
  );
}

export function DigestPage() {
  const [search, setFilter] = useUrlFilters();
  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const asked = search.get('date') ?? '';
  const date = DATE.test(asked) ? asked : yesterday;
  const digest = useQuery({
    queryKey: ['digest', date],
    queryFn: async () => unwrap(await api.GET('/api/v1/digests/{date}', { params: { path: { date } } })),
  });
  const data = digest.data;
  return (
    <section aria-labelledby="digest-title">
      <h1 id="digest-title">Digest of the day</h1>
      <div className="row">
        <Field label="Day" type="date" max={today} value={date} onChange={(event) => setFilter('date', event.target.value)} />
      </div>
      <ProblemMessage error={digest.error} />
      {data && (
        <>
          <p className="card">{data.headline}</p>
          <h2>Top actions</h2>
          {data.actions.length === 0 ? (
            <p>Nothing to act on.</p>
          ) : (
            <ol aria-label="Top actions">
              {data.actions.map((action) => (
                <li key={action.rank}>
                  <Line text={action.text} why={`Why: ${action.why}.`} link={action.link} />
                </li>
              ))}
            </ol>
          )}
          <h2>Exceptions by value at risk</h2>
          {data.exceptions.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul aria-label="Exceptions by value at risk">
              {data.exceptions.map((line) => (
                <li key={line.id}>
                  <Line text={line.text} why={`Why: ${line.why}.`} link={line.link} />
                </li>
              ))}
            </ul>
          )}
          {data.moreExceptions && <p className="muted">More were open than are listed here: the largest by value at risk are.</p>}
          <h2>KPI moves</h2>
          {data.kpis.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul aria-label="KPI moves">
              {data.kpis.map((kpi) => (
                <li key={kpi.name}>
                  <Line text={kpi.text} why={kpi.why} link={kpi.link} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
