// A report's period, kept in the URL (?from=&to=, dates) so a report is a link; the fields that change it.
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { Field } from '../../design/Field.tsx';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function usePeriod() {
  const [search, set] = useUrlFilters();
  const read = (name: string) => {
    const value = search.get(name) ?? '';
    return DATE.test(value) ? value : undefined;
  };
  return { from: read('from'), to: read('to'), set };
}

export function PeriodFields({ period, fromLabel = 'From', toLabel = 'To', only }: { period: ReturnType<typeof usePeriod>; fromLabel?: string; toLabel?: string; only?: 'to' }) {
  return (
    <>
      {only !== 'to' && <Field label={fromLabel} type="date" value={period.from ?? ''} onChange={(event) => period.set('from', event.target.value)} />}
      <Field label={toLabel} type="date" value={period.to ?? ''} onChange={(event) => period.set('to', event.target.value)} />
    </>
  );
}

/** The period as query parameters, leaving out what is not set. */
export function periodQuery(period: { from?: string | undefined; to?: string | undefined }): { from?: string; to?: string } {
  return { ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) };
}
