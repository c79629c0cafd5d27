// Answers one KPI for a period, cut one way, over the locations the caller may see: the definition's fact rows
// grouped by the cut's natural key (location code, channel, family, vendor code, ISO date); measures that
// support the vendor cut give a seventh column, vendor_id (the alias list leaves it named), plus the total over all of them.
import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { InvalidInput, NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { KpiPeriod } from '../domain/kpi-period.ts';
import { findKpi } from '../kpis/catalogue.ts';
import type { Cut, KpiDefinition, KpiFigures, KpiUnit } from '../kpis/kpi-definition.ts';
import { AGE_BUCKETS } from '../kpis/stock-aging.ts';

export interface KpiRow extends KpiFigures {
  key: string;
}

export interface KpiAnswer {
  name: string;
  unit: KpiUnit;
  from: string;
  to: string;
  by: Cut | null;
  available: boolean;
  rows: KpiRow[];
  total: number | null;
  totals: KpiFigures;
}

const KEYS: Record<Cut, RawBuilder<unknown>> = {
  channel: sql`f.channel`,
  location: sql`l.code`,
  family: sql`coalesce(p.category, '(none)')`,
  vendor: sql`v.code`,
  day: sql`to_char(f.day, 'YYYY-MM-DD')`,
};

export async function getKpi(db: Queryable, actor: Actor, name: string, period: KpiPeriod, by: string | undefined): Promise<KpiAnswer> {
  const kpi = findKpi(name);
  if (!kpi) throw new NotFound('KPI', name);
  if (by !== undefined && !(kpi.cuts as readonly string[]).includes(by)) {
    throw new InvalidInput(`${kpi.name} can be cut by ${kpi.cuts.join(', ')}, not ${by}`, [{ path: '/by', message: `must be one of: ${kpi.cuts.join(', ')}` }]);
  }
  const cut = (by ?? null) as Cut | null;
  const empty = { value: null, numerator: null, denominator: null };
  const answer = { name: kpi.name, unit: kpi.unit, from: period.from, to: period.to, by: cut, available: kpi.available };
  if (!kpi.measure || !kpi.finish) return { ...answer, rows: [], total: null, totals: empty };
  const rows = cut === null ? [] : await evaluate(db, actor, kpi, period, KEYS[cut], cut === 'vendor');
  const totals = (await evaluate(db, actor, kpi, period, sql`'total'`))[0] ?? withEmptyExtras(kpi);
  const { key: _key, ...figures } = totals;
  return { ...answer, rows, total: figures.value, totals: figures };
}

async function evaluate(db: Queryable, actor: Actor, kpi: KpiDefinition, period: KpiPeriod, key: RawBuilder<unknown>, byVendor = false): Promise<KpiRow[]> {
  const measure = (kpi.measure as NonNullable<KpiDefinition['measure']>)(period);
  const finish = kpi.finish as NonNullable<KpiDefinition['finish']>;
  const scope = actor.locationIds === null ? sql`true` : sql`f.location_id = ANY(${[...actor.locationIds]}::uuid[])`;
  const result = await sql<{ key: string | null; numerator: string | null; denominator: string | null }>`
    SELECT ${key} AS key, sum(f.numerator)::text AS numerator, sum(f.denominator)::text AS denominator
    FROM (${measure}) f (day, product_id, location_id, channel, numerator, denominator)
    JOIN location l ON l.id = f.location_id LEFT JOIN product p ON p.id = f.product_id ${byVendor ? sql`JOIN vendor v ON v.id = f.vendor_id` : sql``}
    WHERE ${scope} GROUP BY 1 ORDER BY 1`.execute(db);
  const rows = result.rows.map((row) => ({ key: row.key ?? '', ...finish(Number(row.numerator ?? 0), Number(row.denominator ?? 0)) }));
  if (kpi.breakdown) return withBuckets(db, kpi.breakdown(period), key, scope, rows);
  if (!kpi.samples) return rows;
  const percentiles = await sql<{ key: string | null; p50: number | null; p90: number | null }>`
    SELECT ${key} AS key, percentile_cont(0.5) WITHIN GROUP (ORDER BY f.sample)::float8 AS p50, percentile_cont(0.9) WITHIN GROUP (ORDER BY f.sample)::float8 AS p90
    FROM (${kpi.samples(period)}) s (day, product_id, location_id, channel, sample, weight)
    CROSS JOIN LATERAL (SELECT s.day, s.location_id, s.channel, s.product_id, s.sample ${byVendor ? sql`, s.vendor_id` : sql``} FROM generate_series(1, s.weight)) f
    JOIN location l ON l.id = f.location_id LEFT JOIN product p ON p.id = f.product_id ${byVendor ? sql`JOIN vendor v ON v.id = f.vendor_id` : sql``}
    WHERE ${scope} GROUP BY 1`.execute(db);
  const byKey = new Map(percentiles.rows.map((row) => [row.key ?? '', row]));
  return rows.map((row) => ({ ...row, p50: byKey.get(row.key)?.p50 ?? null, p90: byKey.get(row.key)?.p90 ?? null }));
}

async function withBuckets(db: Queryable, breakdown: RawBuilder<unknown>, key: RawBuilder<unknown>, scope: RawBuilder<unknown>, rows: KpiRow[]): Promise<KpiRow[]> {
  const result = await sql<{ key: string | null; bucket: string; units: string; value: string }>`
    SELECT ${key} AS key, f.bucket, sum(f.units)::text AS units, sum(f.value)::text AS value
    FROM (${breakdown}) f (day, product_id, location_id, channel, bucket, units, value)
    JOIN location l ON l.id = f.location_id LEFT JOIN product p ON p.id = f.product_id
    WHERE ${scope} GROUP BY 1, 2`.execute(db);
  return rows.map((row) => ({
    ...row,
    buckets: AGE_BUCKETS.map((bucket) => {
      const found = result.rows.find((r) => (r.key ?? '') === row.key && r.bucket === bucket);
      return { bucket, units: Number(found?.units ?? 0), value: Number(found?.value ?? 0) };
    }),
  }));
}

/** The total when nothing matched: the zero figures, with empty buckets or percentiles where the KPI has them. */
function withEmptyExtras(kpi: KpiDefinition): KpiRow {
  const figures = (kpi.finish as NonNullable<KpiDefinition['finish']>)(0, 0);
  if (kpi.breakdown) return { key: 'total', ...figures, buckets: AGE_BUCKETS.map((bucket) => ({ bucket, units: 0, value: 0 })) };
  if (kpi.samples) return { key: 'total', ...figures, p50: null, p90: null };
  return { key: 'total', ...figures };
}
