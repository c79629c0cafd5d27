// Answers one KPI for a period, cut one way, over the locations the caller may see: the definition's fact rows
// grouped by the cut's natural key (location code, channel, family, vendor code, ISO date); measures that
// support the vendor cut give a seventh column, vendor_id (the alias list leaves it named), plus the total over all of them.
// One pass over the facts answers both: they are summed per raw key (location id, product id, …) first, then the
// few groups are named and summed again per row and for the total.
import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { InvalidInput, NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { KpiPeriod } from '../domain/kpi-period.ts';
import { findKpi } from '../kpis/catalogue.ts';
import type { Cut, KpiDefinition, KpiFigures, KpiUnit } from '../kpis/kpi-definition.ts';
import { AGE_BUCKETS } from '../kpis/stock-aging.ts';
import { type Grouping, percentilesPerKey } from './kpi-percentiles.ts';

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

/** Per cut: the fact column summed first, how its groups are named, and the key. */
const GROUPINGS: Record<Cut, Grouping> = {
  channel: { raw: sql`f.channel`, join: sql``, key: sql`g.raw` },
  location: { raw: sql`f.location_id`, join: sql`JOIN location l ON l.id = g.raw`, key: sql`l.code` },
  family: { raw: sql`f.product_id`, join: sql`LEFT JOIN product p ON p.id = g.raw`, key: sql`coalesce(p.category, '(none)')` },
  vendor: { raw: sql`f.vendor_id`, join: sql`JOIN vendor v ON v.id = g.raw`, key: sql`v.code` },
  day: { raw: sql`f.day`, join: sql``, key: sql`to_char(g.raw, 'YYYY-MM-DD')` },
};
const TOTAL_ONLY: Grouping = { raw: sql`NULL::text`, join: sql``, key: sql`NULL::text` };

interface Sums {
  total: boolean;
  key: string | null;
}

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
  const [rows, totals] = await withReadSettings(db, (tx) => evaluate(tx, actor, kpi, period, cut === null ? TOTAL_ONLY : GROUPINGS[cut], cut !== null));
  const { key: _key, ...figures } = totals;
  return { ...answer, rows, total: figures.value, totals: figures };
}

/**
 * Runs the reads in a transaction of their own with room for their sorts and hashes in memory (the default 4 MB
 * spills a quarter's stock runs to disk) and without JIT, whose compilation costs more than these queries take.
 * Inside a caller's transaction they run as they are.
 */
async function withReadSettings<T>(db: Queryable, read: (db: Queryable) => Promise<T>): Promise<T> {
  if (db.isTransaction) return read(db);
  return db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`.execute(tx);
    return read(tx);
  });
}

async function evaluate(db: Queryable, actor: Actor, kpi: KpiDefinition, period: KpiPeriod, grouping: Grouping, withRows: boolean): Promise<[KpiRow[], KpiRow]> {
  const finish = kpi.finish as NonNullable<KpiDefinition['finish']>;
  const scope = actor.locationIds === null ? sql`true` : sql`f.location_id = ANY(${[...actor.locationIds]}::uuid[])`;
  const result = await sql<Sums & { numerator: string | null; denominator: string | null }>`
    WITH g AS (
      SELECT ${grouping.raw} AS raw, sum(f.numerator) AS numerator, sum(f.denominator) AS denominator
      FROM (${(kpi.measure as NonNullable<KpiDefinition['measure']>)(period)}) f (day, product_id, location_id, channel, numerator, denominator)
      WHERE ${scope} GROUP BY 1)
    ${withRows ? sql`SELECT false AS total, ${grouping.key} AS key, sum(g.numerator)::text AS numerator, sum(g.denominator)::text AS denominator FROM g ${grouping.join} GROUP BY 2 UNION ALL` : sql``}
    SELECT true AS total, 'total' AS key, sum(g.numerator)::text AS numerator, sum(g.denominator)::text AS denominator FROM g HAVING count(*) > 0
    ORDER BY 1, 2`.execute(db);
  const all = result.rows.map((row) => ({ total: row.total, key: row.key ?? '', ...finish(Number(row.numerator ?? 0), Number(row.denominator ?? 0)) }));
  let rows: Array<KpiRow & { total: boolean }> = all;
  if (kpi.breakdown) rows = await withBuckets(db, kpi.breakdown(period), grouping, scope, all);
  else if (kpi.samples) {
    const percentiles = await percentilesPerKey(db, kpi.samples(period), grouping, scope);
    rows = all.map((row) => ({ ...row, ...(percentiles.get(`${row.total}|${row.key}`) ?? { p50: null, p90: null }) }));
  }
  const total = rows.find((row) => row.total);
  return [rows.filter((row) => !row.total).map(withoutFlag), total ? withoutFlag(total) : withEmptyExtras(kpi)];
}

function withoutFlag({ total: _total, ...row }: KpiRow & { total: boolean }): KpiRow {
  return row;
}

async function withBuckets(db: Queryable, breakdown: RawBuilder<unknown>, grouping: Grouping, scope: RawBuilder<unknown>, rows: Array<KpiRow & { total: boolean }>) {
  const result = await sql<Sums & { bucket: string; units: string; value: string }>`
    WITH g AS (
      SELECT ${grouping.raw} AS raw, f.bucket, sum(f.units) AS units, sum(f.value) AS value
      FROM (${breakdown}) f (day, product_id, location_id, channel, bucket, units, value)
      WHERE ${scope} GROUP BY 1, 2)
    SELECT false AS total, ${grouping.key} AS key, g.bucket, sum(g.units)::text AS units, sum(g.value)::text AS value FROM g ${grouping.join} GROUP BY 2, 3
    UNION ALL SELECT true, 'total', g.bucket, sum(g.units)::text, sum(g.value)::text FROM g GROUP BY 3`.execute(db);
  return rows.map((row) => ({
    ...row,
    buckets: AGE_BUCKETS.map((bucket) => {
      const found = result.rows.find((r) => r.total === row.total && (r.key ?? '') === row.key && r.bucket === bucket);
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
