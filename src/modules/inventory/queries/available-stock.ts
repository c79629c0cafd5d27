// Available stock (on-hand − reserved) of some products at the locations that hold it, for sourcing.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';

export interface AvailableStock {
  productId: string;
  locationId: string;
  available: number;
}

export async function availableStock(db: Queryable, productIds: readonly string[]): Promise<AvailableStock[]> {
  if (productIds.length === 0) return [];
  const rows = await sql<{ product_id: string; location_id: string; available: number }>`SELECT s.product_id, s.location_id,
      s.on_hand - s.reserved AS available
    FROM stock_level s JOIN location l ON l.id = s.location_id
    WHERE s.product_id = ANY(${[...productIds]}) AND l.kind IN ('warehouse', 'store') AND s.on_hand > s.reserved`.execute(db);
  return rows.rows.map((row) => ({ productId: row.product_id, locationId: row.location_id, available: Number(row.available) }));
}
