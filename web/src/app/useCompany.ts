// The company's currency: money formatted in it with the browser's locale. Amounts travel in minor units.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../api/client.ts';
import { unwrap } from '../api/problem.ts';

export interface Money {
  format: (minorUnits: number) => string;
  /** A typed amount in major units ("12.50") as minor units, NaN when it is not a number. */
  toMinor: (typed: string) => number;
}

export function useMoney(): Money {
  const company = useQuery({ queryKey: ['company'], queryFn: async () => unwrap(await api.GET('/api/v1/company')), staleTime: Number.POSITIVE_INFINITY });
  const currency = company.data?.currency ?? 'EUR';
  return useMemo(() => {
    const formatter = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    const scale = 10 ** (formatter.resolvedOptions().maximumFractionDigits ?? 2);
    return {
      format: (minorUnits) => formatter.format(minorUnits / scale),
      toMinor: (typed) => Math.round(Number(typed.replace(',', '.')) * scale),
    };
  }, [currency]);
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
