// The tax report: taxable sales (net revenue, returns deducted) and tax collected per jurisdiction and
// period, from the revenue and tax lines of the journal and the jurisdiction of the location they carry
// (the store of a till sale or collection, the location an order shipped from). The jurisdiction tables
// belong to the tax module; this read-only report joins them as it joins other modules' tables.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import type { TimeRange } from '../domain/period.ts';
import { periodFilter } from './period-filter.ts';

export type TaxInterval = 'all' | 'month' | 'day';

export interface TaxReportRow {
  jurisdiction: string | null;
  name: string | null;
  period: string | null;
  taxableSales: number;
  tax: number;
}

const BUCKET: Record<TaxInterval, ReturnType<typeof sql.raw>> = {
  all: sql.raw(`NULL::text`),
  month: sql.raw(`to_char(l.posted_at AT TIME ZONE 'UTC', 'YYYY-MM')`),
  day: sql.raw(`to_char(l.posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`),
};

export async function getTaxReport(db: Queryable, range: TimeRange, interval: TaxInterval) {
  const result = await sql<{ jurisdiction: string | null; name: string | null; period: string | null; taxable: number; tax: number }>`
    SELECT j.code AS jurisdiction, j.name, ${BUCKET[interval]} AS period,
           coalesce(sum(l.credit - l.debit) FILTER (WHERE a.role = 'revenue'), 0)::int8 AS taxable,
           coalesce(sum(l.credit - l.debit) FILTER (WHERE a.role = 'tax_payable'), 0)::int8 AS tax
      FROM journal_line l
      JOIN account a ON a.id = l.account_id AND a.role IN ('revenue', 'tax_payable')
      JOIN journal_entry e ON e.id = l.entry_id AND e.source_type IN ('order', 'return')
      LEFT JOIN location_tax_jurisdiction lj ON lj.location_id = l.location_id
      LEFT JOIN tax_jurisdiction j ON j.id = lj.jurisdiction_id
     WHERE true ${periodFilter(range, sql.ref('l.posted_at'))}
     GROUP BY j.code, j.name, 3
     ORDER BY j.code NULLS LAST, 3`.execute(db);
  const items: TaxReportRow[] = result.rows.map((row) => ({ jurisdiction: row.jurisdiction, name: row.name, period: row.period, taxableSales: Number(row.taxable), tax: Number(row.tax) }));
  const totals = items.reduce((sum, row) => ({ taxableSales: sum.taxableSales + row.taxableSales, tax: sum.tax + row.tax }), { taxableSales: 0, tax: 0 });
  return { items, totals };
}
