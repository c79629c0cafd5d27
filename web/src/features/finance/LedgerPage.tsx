// The general ledger of one account over the period in the URL (?account=&from=&to=): the balance brought
// forward, then each posting with its running balance, a page at a time by the API's cursor. Each line opens
// its journal entry; the CSV is the API's export of the whole period.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { CsvDownload } from '../../design/CsvDownload.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { FinanceNav } from './FinanceNav.tsx';
import { sourceDocument } from './sourceDocument.ts';
import { Pager } from '../../design/Pager.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';
import { PeriodFields, periodQuery, usePeriod } from './usePeriod.tsx';

export function LedgerPage() {
  const money = useMoney();
  const period = usePeriod();
  const [search, setSearch] = useSearchParams();
  const code = search.get('account') ?? '';
  const range = periodQuery(period);
  const pages = useCursorPages(JSON.stringify([code, range]));
  const accountId = useId();
  const accounts = useQuery({
    queryKey: ['accounts'],
    queryFn: async () => unwrap(await api.GET('/api/v1/accounting/accounts', { params: { query: { limit: 500, includeArchived: 'true' } } })),
  });
  const ledger = useQuery({
    queryKey: ['ledger', code, range, pages.cursor],
    enabled: code !== '',
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/accounting/accounts/{code}/ledger', {
          params: { path: { code }, query: { ...range, limit: 100, ...(pages.cursor ? { cursor: pages.cursor } : {}) } },
        }),
      ),
  });

  function choose(value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set('account', value);
    else next.delete('account');
    setSearch(next, { replace: true });
  }

  const account = ledger.data?.account;
  return (
    <section aria-labelledby="ledger-title">
      <h1 id="ledger-title">Finance</h1>
      <FinanceNav />
      <h2>General ledger{account ? `: ${account.code} ${account.name}` : ''}</h2>
      <div className="row">
        <div className="field">
          <label htmlFor={accountId}>Account</label>
          <select id={accountId} value={code} onChange={(event) => choose(event.target.value)}>
            <option value="">Choose an account</option>
            {code && !accounts.data?.items.some((one) => one.code === code) && <option value={code}>{code}</option>}
            {accounts.data?.items.map((one) => (
              <option key={one.code} value={one.code}>
                {one.code} {one.name}
              </option>
            ))}
          </select>
        </div>
        <PeriodFields period={period} />
        {code && <CsvDownload path={`/api/v1/accounting/accounts/${encodeURIComponent(code)}/ledger`} query={range} />}
      </div>
      <ProblemMessage error={accounts.error ?? ledger.error} />
      {!code && <p className="muted">Choose an account, or open one from the trial balance.</p>}
      {code && ledger.data && (
        <p>
          {account?.type} account{account?.archived ? ' (archived)' : ''} · brought forward <strong data-testid="opening-balance">{money.format(ledger.data.openingBalance)}</strong>
        </p>
      )}
      {code && (
        <DataTable
          caption={`Postings to ${code}`}
          rows={ledger.data?.items}
          rowKey={(line) => `${line.entry}-${line.debit}-${line.credit}-${line.balance}`}
          empty="No postings to this account in the period."
          columns={[
            { header: 'Date', cell: (line) => formatDateTime(line.date) },
            { header: 'Entry', cell: (line) => <Link className="nowrap" to={`/finance/journal-entries/${line.number}`}>{line.number}</Link> },
            { header: 'Source', cell: (line) => sourceDocument(line.source).label },
            { header: 'Description', cell: (line) => line.description },
            { header: 'Debit', cell: (line) => (line.debit ? money.format(line.debit) : ''), numeric: true },
            { header: 'Credit', cell: (line) => (line.credit ? money.format(line.credit) : ''), numeric: true },
            { header: 'Balance', cell: (line) => money.format(line.balance), numeric: true },
          ]}
        />
      )}
      <Pager pages={pages} nextCursor={ledger.data?.nextCursor} />
    </section>
  );
}
