// Lists and searches products, ordered by SKU, a page at a time: by text, category, family, style and barcode.
import { type ExpressionBuilder, sql } from 'kysely';
import { InvalidInput } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/cursor.ts';
import { normalizeGtin } from '../domain/gtin.ts';
import { searchWords } from '../domain/search-text.ts';
import { barcodeStartsWith, gtinEquals } from './gtin-match.ts';
import { escapeLike } from './like-pattern.ts';
import { PRODUCT_COLUMNS, type ProductRow, toProducts } from './product-row.ts';

export interface ListProductsInput {
  limit: number;
  cursor?: string | undefined;
  /**
   * Every word must occur in the SKU, name, style, colour, size or category (any order, case and accents
   * ignored); a GTIN finds its product. The product whose SKU (else GTIN) is exactly q comes first.
   */
  q?: string | undefined;
  category?: string | undefined;
  family?: string | undefined;
  style?: string | undefined;
  /** Exact barcode, as the same GTIN in any of its spellings. */
  barcode?: string | undefined;
  barcodePrefix?: string | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: the catalog reads its table through the untyped Queryable
type Where = (eb: ExpressionBuilder<any, any>) => ReturnType<ExpressionBuilder<any, any>['and']>;

export async function listProducts(db: Queryable, input: ListProductsInput) {
  const after = skuAfter(input.cursor);
  const filters = listFilters(input);
  if (filters === undefined) return { items: [], nextCursor: null };
  const query = input.q?.trim() ?? '';
  const matches = query === '' ? [] : [textMatch(query)];

  // The exact match is pinned to the top of the first page and left out of every page's SKU-ordered rest,
  // so walking the pages still yields each product once. One row at most: the SKU match, else the GTIN match.
  const pinned: ProductRow | undefined =
    query === ''
      ? undefined
      : await db
          .selectFrom('product')
          .select(PRODUCT_COLUMNS)
          .where((eb) => eb.and([...filters.map((filter) => filter(eb)), exactMatch(query)(eb)]))
          .orderBy(sql`lower(sku) = lower(${query})`, 'desc')
          .limit(1)
          .executeTakeFirst();
  const shownPinned = pinned !== undefined && after === undefined ? [pinned] : [];
  const room = input.limit - shownPinned.length;

  let rest = db
    .selectFrom('product')
    .select(PRODUCT_COLUMNS)
    .where((eb) => eb.and([...filters, ...matches].map((filter) => filter(eb))))
    .orderBy('sku')
    .limit(room + 1);
  if (after !== undefined) rest = rest.where('sku', '>', after);
  if (pinned !== undefined) rest = rest.where('id', '<>', pinned.id);
  const restRows: ProductRow[] = await rest.execute();

  const rows = [...shownPinned, ...restRows.slice(0, room)];
  const lastRest = restRows.slice(0, room).at(-1);
  // '' sorts before every SKU: a first page holding only the pinned product continues with the whole rest.
  const nextCursor = restRows.length > room ? encodeCursor([lastRest?.sku ?? '']) : null;
  return { items: await toProducts(db, rows), nextCursor };
}

/** The field filters, or undefined when they can match nothing. */
function listFilters(input: ListProductsInput): Where[] | undefined {
  const filters: Where[] = [];
  if (input.category !== undefined) filters.push((eb) => eb('category', '=', input.category));
  if (input.family !== undefined) filters.push((eb) => eb('family', '=', input.family));
  if (input.style !== undefined) filters.push((eb) => eb('style', '=', input.style));
  if (input.barcodePrefix !== undefined) filters.push(barcodeStartsWith(input.barcodePrefix) as Where);
  if (input.barcode !== undefined) {
    const gtin = normalizeGtin(input.barcode);
    // Not a GTIN: no product can carry it, since every stored barcode is one.
    if (gtin === undefined) return undefined;
    filters.push(gtinEquals(gtin) as Where);
  }
  return filters;
}

/** Every word of q as a substring of search_text (the trigram index serves these), or q as the product's GTIN. */
function textMatch(query: string): Where {
  const words = searchWords(query);
  const gtin = normalizeGtin(query);
  return (eb) => {
    const allWords = eb.and(words.map((word) => eb('search_text', 'like', `%${escapeLike(word)}%`)));
    return gtin === undefined ? allWords : eb.or([allWords, gtinEquals(gtin)(eb)]);
  };
}

function exactMatch(query: string): Where {
  const gtin = normalizeGtin(query);
  return (eb) => {
    const sku = eb(sql`lower(sku)`, '=', sql`lower(${query})`);
    return gtin === undefined ? sku : eb.or([sku, gtinEquals(gtin)(eb)]);
  };
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
