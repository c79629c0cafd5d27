// Net sales and cost of goods (returns deducted, as gross margin) per family: per baseline week (week 0 the
// one just before the window) and over the window. Families come from the caller (the catalogue's category per
// product), joined in as arrays so this reads only the facts.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import type { CheckWindow } from '../domain/check-window.ts';

export interface FamilyMarginFact {
  family: string;
  /** −1 for the window, else whole weeks back from its start (0 = the last baseline week). */
  week: number;
  netSales: number;
  cogs: number;
}

export async function familyMarginFacts(db: Queryable, { window, baseline }: CheckWindow, families: Map<string, string>): Promise<FamilyMarginFact[]> {
  if (families.size === 0) return [];
  const ids = [...families.keys()];
  const result = await sql<Record<string, string>>`
    SELECT p.family, CASE WHEN f.day >= ${window.from}::date THEN -1 ELSE (${window.from}::date - f.day - 1) / 7 END AS week,
      sum(f.net_sales - f.returns_value) AS net, sum(f.cogs - f.returns_cogs) AS cogs
    FROM sales_fact f JOIN unnest(${ids}::uuid[], ${ids.map((id) => families.get(id))}::text[]) AS p (product_id, family) ON p.product_id = f.product_id
    WHERE f.company_id = 1 AND f.day BETWEEN ${baseline.from}::date AND ${window.to}::date
    GROUP BY 1, 2 ORDER BY 1, 2`.execute(db);
  return result.rows.map((row) => ({ family: row.family as string, week: Number(row.week), netSales: Number(row.net), cogs: Number(row.cogs) }));
}

/** The products with sales over the baseline and the window: whose family the margins need. */
export async function productsSold(db: Queryable, { window, baseline }: CheckWindow): Promise<string[]> {
  const result = await sql<{ product_id: string }>`SELECT DISTINCT product_id FROM sales_fact
    WHERE company_id = 1 AND day BETWEEN ${baseline.from}::date AND ${window.to}::date`.execute(db);
  return result.rows.map((row) => row.product_id);
}
