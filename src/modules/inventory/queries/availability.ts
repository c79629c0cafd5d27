// Stock available (on hand − reserved) of one product at every store and warehouse, for anyone on a shop
// floor or in a warehouse: where can the customer get it? Unscoped on purpose, and without costs or documents.
import { sql } from 'kysely';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { findProductByBarcode, findProductBySku } from '../../catalog/index.ts';
import { getLocation, holdsStock } from '../../network/index.ts';

export interface Availability {
  sku: string;
  name: string;
  locations: Array<{ code: string; name: string; kind: 'warehouse' | 'store'; available: number }>;
}

/** By SKU or GTIN; every store and warehouse is listed, 0 where it has none. NotFound for an unknown product or location. */
export async function stockAvailability(db: Queryable, input: { sku: string; location?: string }): Promise<Availability> {
  const product = (await findProductBySku(db, input.sku)) ?? (await findProductByBarcode(db, input.sku));
  if (!product) throw new NotFound('Product', input.sku);
  const location = input.location === undefined ? undefined : await getLocation(db, input.location);
  if (location && !holdsStock(location)) throw new NotFound('Stock location', location.code);
  const rows = await sql<{ code: string; name: string; kind: 'warehouse' | 'store'; available: number }>`SELECT l.code, l.name, l.kind,
      coalesce(s.on_hand - s.reserved, 0)::int8 AS available
    FROM location l LEFT JOIN stock_level s ON s.location_id = l.id AND s.product_id = ${product.id}
    WHERE l.kind IN ('warehouse', 'store') ${location ? sql`AND l.id = ${location.id}` : sql``}
    ORDER BY l.kind DESC, l.code`.execute(db);
  return { sku: product.sku, name: product.name, locations: rows.rows.map((row) => ({ ...row, available: Number(row.available) })) };
}
