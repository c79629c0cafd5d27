// Looks products up by SKU, barcode or id: single ones for routes, many at once for documents with lines.
import { NotFound, UnknownReference } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { normalizeGtin } from '../domain/gtin.ts';
import type { Product } from '../domain/product.ts';
import { gtinEquals } from './gtin-match.ts';
import { PRODUCT_COLUMNS, type ProductRow, toProducts } from './product-row.ts';

export async function findProductBySku(db: Queryable, sku: string): Promise<Product | undefined> {
  const row: ProductRow | undefined = await db.selectFrom('product').select(PRODUCT_COLUMNS).where('sku', '=', sku).executeTakeFirst();
  return row ? (await toProducts(db, [row]))[0] : undefined;
}

export async function getProductBySku(db: Queryable, sku: string): Promise<Product> {
  const product = await findProductBySku(db, sku);
  if (!product) throw new NotFound('Product', sku);
  return product;
}

/** Finds the product whose barcode is the same GTIN (in any of its spellings); anything else matches nothing. */
export async function findProductByBarcode(db: Queryable, barcode: string): Promise<Product | undefined> {
  const gtin = normalizeGtin(barcode);
  if (gtin === undefined) return undefined;
  const row: ProductRow | undefined = await db.selectFrom('product').select(PRODUCT_COLUMNS).where(gtinEquals(gtin)).executeTakeFirst();
  return row ? (await toProducts(db, [row]))[0] : undefined;
}

export async function getProductByBarcode(db: Queryable, barcode: string): Promise<Product> {
  const product = await findProductByBarcode(db, barcode);
  if (!product) throw new NotFound('Product with barcode', barcode);
  return product;
}

/**
 * Resolves the SKUs named inside a request body in one query. The first unknown one is 422
 * unknown_reference at pathOf(its index), so the client learns which line to fix.
 */
export async function resolveProducts(db: Queryable, skus: readonly string[], pathOf: (index: number) => string): Promise<Map<string, Product>> {
  if (skus.length === 0) return new Map();
  const rows: ProductRow[] = await db.selectFrom('product').select(PRODUCT_COLUMNS).where('sku', 'in', [...new Set(skus)]).execute();
  const bySku = new Map((await toProducts(db, rows)).map((product) => [product.sku, product]));
  for (const [index, sku] of skus.entries()) {
    if (!bySku.has(sku)) throw new UnknownReference('product', sku, pathOf(index));
  }
  return bySku;
}

export async function productsByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, Product>> {
  if (ids.length === 0) return new Map();
  const rows: ProductRow[] = await db.selectFrom('product').select(PRODUCT_COLUMNS).where('id', 'in', [...new Set(ids)]).execute();
  return new Map((await toProducts(db, rows)).map((product) => [product.id, product]));
}
