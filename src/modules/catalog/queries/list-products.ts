// Lists and searches products, ordered by SKU, a page at a time: by text, family, style and barcode.
import { sql } from 'kysely';
import { InvalidInput } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, toPage } from '../../../platform/http/cursor.ts';
import { normalizeGtin } from '../domain/gtin.ts';
import { barcodeStartsWith, gtinEquals } from './gtin-match.ts';
import { escapeLike } from './like-pattern.ts';
import { PRODUCT_COLUMNS, type ProductRow, toProducts } from './product-row.ts';

export interface ListProductsInput {
  limit: number;
  cursor?: string | undefined;
  /** Matches a SKU prefix or a name substring, case-insensitively. */
  q?: string | undefined;
  family?: string | undefined;
  style?: string | undefined;
  /** Exact barcode, as the same GTIN in any of its spellings. */
  barcode?: string | undefined;
  barcodePrefix?: string | undefined;
}

export async function listProducts(db: Queryable, input: ListProductsInput) {
  const after = skuAfter(input.cursor);
  let query = db
    .selectFrom('product')
    .select(PRODUCT_COLUMNS)
    .orderBy('sku')
    .limit(input.limit + 1);
  if (after !== undefined) query = query.where('sku', '>', after);
  if (input.q) {
    // Walking the sku index in order and filtering finds a page quickly; a name substring cannot use a btree anyway.
    const pattern = escapeLike(input.q);
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(sku)`, 'like', sql`lower(${pattern}) || '%'`),
        eb(sql`lower(name)`, 'like', sql`'%' || lower(${pattern}) || '%'`),
      ]),
    );
  }
  if (input.family !== undefined) query = query.where('family', '=', input.family);
  if (input.style !== undefined) query = query.where('style', '=', input.style);
  if (input.barcodePrefix !== undefined) query = query.where(barcodeStartsWith(input.barcodePrefix));
  if (input.barcode !== undefined) {
    const gtin = normalizeGtin(input.barcode);
    // Not a GTIN: no product can carry it, since every stored barcode is one.
    if (gtin === undefined) return { items: [], nextCursor: null };
    query = query.where(gtinEquals(gtin));
  }
  const rows: ProductRow[] = await query.execute();
  return toPage(await toProducts(db, rows), input.limit, (product) => product, (product) => [product.sku]);
}

/** The SKU a cursor continues after; a forged cursor is a 400, never a database error. */
function skuAfter(cursor: string | undefined): string | undefined {
  const key = decodeCursor(cursor);
  if (key === undefined) return undefined;
  const [sku] = key;
  if (key.length !== 1 || typeof sku !== 'string' || /\p{Cc}/u.test(sku)) {
    throw new InvalidInput('The cursor is not one this API returned', [{ path: '/query/cursor', message: 'invalid cursor' }]);
  }
  return sku;
}
