// Available stock (on-hand − reserved) of some products where it can be taken, for sourcing: at given
// locations, or at every location that ships to customers (warehouses by priority, then stores).
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';

export interface AvailableStock {
  productId: string;
  locationId: string;
  locationCode: string;
  available: number;
}

export type StockWhere = { locationIds: readonly string[] } | { shipsToCustomers: true };

/** Rows come in sourcing preference order: warehouses before stores, then by priority and code. */
export async function availableStock(db: Queryable, productIds: readonly string[], where: StockWhere): Promise<AvailableStock[]> {
  if (productIds.length === 0) return [];
  const rows = await sql<{ product_id: string; location_id: string; code: string; available: number }>`SELECT s.product_id, s.location_id,
      l.code, s.on_hand - s.reserved AS available
    FROM stock_level s JOIN location l ON l.id = s.location_id
    WHERE s.product_id = ANY(${[...new Set(productIds)]}::uuid[]) AND s.on_hand > s.reserved AND l.kind IN ('warehouse', 'store')
      ${'locationIds' in where ? sql`AND s.location_id = ANY(${[...where.locationIds]}::uuid[])` : sql`AND l.ships_to_customers`}
    ORDER BY (l.kind = 'store'), l.priority, l.code`.execute(db);
  return rows.rows.map((row) => ({ productId: row.product_id, locationId: row.location_id, locationCode: row.code, available: Number(row.available) }));
}

/** Available units (on-hand − reserved, never below 0) of one product at one location; 0 without a level. */
export async function availableAt(db: Queryable, productId: string, locationId: string): Promise<number> {
  const row = await sql<{ available: number }>`SELECT greatest(on_hand - reserved, 0) AS available FROM stock_level
    WHERE product_id = ${productId} AND location_id = ${locationId}`.execute(db);
  return Number(row.rows[0]?.available ?? 0);
}
