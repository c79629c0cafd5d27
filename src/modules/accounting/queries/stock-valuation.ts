// Stock valuation at a moment, per location (transit included): quantities from the stock moves up to then,
// each product's value from the inventory account's lines for it up to then (its average-cost valuation,
// landed costs included), split over its locations by quantity so the parts add up exactly to the account.
import { sql } from 'kysely';
import { splitByLargestRemainder } from '../../../kernel/money.ts';
import type { Queryable } from '../../../platform/db/database.ts';

export interface LocationValuation {
  location: string;
  kind: string;
  quantity: number;
  value: number;
}

/** Inventory value that belongs to no stock held then (a manual entry, a product without units): shown apart. */
const UNALLOCATED = { location: '(unallocated)', kind: 'none' };

export async function getStockValuation(db: Queryable, until: Date, locationCode?: string) {
  const held = await sql<{ product_id: string; code: string; kind: string; quantity: number }>`
    WITH m AS (SELECT sm.product_id, sm.from_location_id, sm.to_location_id, sm.quantity,
                      fl.kind IN ('warehouse', 'store', 'transit') AS from_valued, tl.kind IN ('warehouse', 'store', 'transit') AS to_valued
                 FROM stock_move sm JOIN location fl ON fl.id = sm.from_location_id JOIN location tl ON tl.id = sm.to_location_id
                WHERE sm.moved_at < ${until})
    SELECT x.product_id, l.code, l.kind, sum(x.quantity)::int8 AS quantity FROM (
        SELECT product_id, to_location_id AS location_id, quantity FROM m WHERE to_valued
        UNION ALL SELECT product_id, from_location_id, -quantity FROM m WHERE from_valued) x
      JOIN location l ON l.id = x.location_id
     GROUP BY x.product_id, l.code, l.kind HAVING sum(x.quantity) <> 0
     ORDER BY x.product_id, l.code`.execute(db);
  const values = await sql<{ product_id: string | null; value: number }>`SELECT l.product_id, sum(l.debit - l.credit)::int8 AS value
    FROM journal_line l JOIN account a ON a.id = l.account_id AND a.role = 'inventory'
    WHERE l.posted_at < ${until} GROUP BY l.product_id`.execute(db);
  const byLocation = new Map<string, LocationValuation>();
  const add = (where: { location: string; kind: string }, quantity: number, value: number) => {
    const entry = byLocation.get(where.location) ?? { ...where, quantity: 0, value: 0 };
    entry.quantity += quantity;
    entry.value += value;
    byLocation.set(where.location, entry);
  };
  const rowsByProduct = new Map<string, typeof held.rows>();
  for (const row of held.rows) {
    const list = rowsByProduct.get(row.product_id);
    if (list) list.push(row);
    else rowsByProduct.set(row.product_id, [row]);
  }
  for (const { product_id: productId, value: raw } of values.rows) {
    const value = Number(raw);
    const rows = productId === null ? [] : (rowsByProduct.get(productId) ?? []);
    if (value < 0 || rows.length === 0 || rows.some((row) => Number(row.quantity) < 0)) {
      if (value !== 0) add(UNALLOCATED, 0, value);
      continue;
    }
    const parts = splitByLargestRemainder(value, rows.map((row) => Number(row.quantity)));
    rows.forEach((row, index) => add({ location: row.code, kind: row.kind }, 0, parts[index] ?? 0));
  }
  for (const row of held.rows) add({ location: row.code, kind: row.kind }, Number(row.quantity), 0);
  const items = [...byLocation.values()].filter((item) => locationCode === undefined || item.location === locationCode).sort((a, b) => a.location.localeCompare(b.location));
  const total = items.reduce((sum, item) => ({ quantity: sum.quantity + item.quantity, value: sum.value + item.value }), { quantity: 0, value: 0 });
  return { at: new Date(until.getTime() - 1).toISOString(), items, total };
}
