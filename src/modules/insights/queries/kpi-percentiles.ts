// Weighted p50 and p90 per key and for the total, equal to percentile_cont over every sample repeated `weight`
// times, but computed from the distinct (key, sample) pairs and their cumulative weights instead of expanding a
// row per unit of weight: the interpolation is PostgreSQL's (floor and ceiling of p × (n − 1), lerp in float8).
import { type RawBuilder, sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';

/** How a cut groups fact rows: the raw column summed first (`f.`), the join that names its groups (`g.raw`), the key. */
export interface Grouping {
  raw: RawBuilder<unknown>;
  join: RawBuilder<unknown>;
  key: RawBuilder<unknown>;
}

/** p50 and p90 by `${total}|${key}` (total rows have key 'total'). */
export async function percentilesPerKey(db: Queryable, samples: RawBuilder<unknown>, grouping: Grouping, scope: RawBuilder<unknown>) {
  const result = await sql<{ total: boolean; key: string | null; p50: number | null; p90: number | null }>`
    WITH g AS (
      SELECT ${grouping.raw} AS raw, f.sample::float8 AS sample, sum(f.weight) AS weight
      FROM (${samples}) f (day, product_id, location_id, channel, sample, weight)
      WHERE ${scope} AND f.weight > 0 GROUP BY 1, 2),
    k AS (
      SELECT false AS total, ${grouping.key} AS key, g.sample, sum(g.weight) AS weight FROM g ${grouping.join} GROUP BY 2, 3
      UNION ALL SELECT true, 'total', g.sample, sum(g.weight) FROM g GROUP BY 3),
    c AS (
      SELECT total, key, sample, sum(weight) OVER (PARTITION BY total, key ORDER BY sample) AS upto, sum(weight) OVER (PARTITION BY total, key) AS n FROM k),
    h AS (SELECT total, key, sample, upto, 0.5::float8 * (n - 1)::float8 AS h50, 0.9::float8 * (n - 1)::float8 AS h90 FROM c)
    SELECT total, key, lo50 + (hi50 - lo50) * (h50 - floor(h50)) AS p50, lo90 + (hi90 - lo90) * (h90 - floor(h90)) AS p90
    FROM (SELECT total, key, min(h50) AS h50, min(h90) AS h90,
            min(sample) FILTER (WHERE upto > floor(h50)) AS lo50, min(sample) FILTER (WHERE upto > ceil(h50)) AS hi50,
            min(sample) FILTER (WHERE upto > floor(h90)) AS lo90, min(sample) FILTER (WHERE upto > ceil(h90)) AS hi90
          FROM h GROUP BY total, key) q`.execute(db);
  return new Map(result.rows.map((row) => [`${row.total}|${row.key ?? ''}`, { p50: row.p50, p90: row.p90 }]));
}
