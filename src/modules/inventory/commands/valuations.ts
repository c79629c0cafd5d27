// Reads and changes the per-product average-cost valuation rows (quantity held and its total value).
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { Valuation } from '../domain/valuation.ts';

/** Current valuations; locked when goods will leave the company, so the average they leave at is exact. */
export async function loadValuations(ctx: Context, productIds: readonly string[], lock: boolean): Promise<Map<string, Valuation>> {
  if (productIds.length === 0) return new Map();
  const rows = await sql<{ product_id: string; quantity: number; value: number }>`SELECT product_id, quantity, value FROM product_valuation
    WHERE product_id = ANY(${[...productIds].sort()}::uuid[]) ORDER BY product_id ${lock ? sql`FOR UPDATE` : sql``}`.execute(ctx.tx);
  return new Map(rows.rows.map((row) => [row.product_id, { quantity: Number(row.quantity), value: Number(row.value) }]));
}

/** Adds the deltas in one statement; a product's first receipt creates its row. */
export async function writeValuationDeltas(ctx: Context, deltas: Map<string, Valuation>): Promise<void> {
  const changed = [...deltas].filter(([, delta]) => delta.quantity !== 0 || delta.value !== 0).sort(([a], [b]) => a.localeCompare(b));
  if (changed.length === 0) return;
  const updated = await sql<{ product_id: string }>`UPDATE product_valuation v
    SET quantity = v.quantity + d.quantity, value = v.value + d.value
    FROM unnest(${changed.map(([id]) => id)}::uuid[], ${changed.map(([, d]) => d.quantity)}::int8[], ${changed.map(([, d]) => d.value)}::int8[])
      AS d (product_id, quantity, value)
    WHERE v.product_id = d.product_id
    RETURNING v.product_id`.execute(ctx.tx);
  if (updated.rows.length === changed.length) return;
  // No row yet: a first receipt (its delta is positive); the conflict clause covers a concurrent first receipt.
  const done = new Set(updated.rows.map((row) => row.product_id));
  const missing = changed.filter(([id]) => !done.has(id));
  await sql`INSERT INTO product_valuation (product_id, quantity, value)
    SELECT * FROM unnest(${missing.map(([id]) => id)}::uuid[], ${missing.map(([, d]) => d.quantity)}::int8[], ${missing.map(([, d]) => d.value)}::int8[])
    ON CONFLICT (product_id) DO UPDATE SET quantity = product_valuation.quantity + EXCLUDED.quantity, value = product_valuation.value + EXCLUDED.value`.execute(ctx.tx);
}
