// SQL conditions on barcodes: equal as GTINs (through the unique 14-digit index) and barcode-prefix search.
import { type ExpressionBuilder, sql } from 'kysely';
import { escapeLike } from './like-pattern.ts';

/** The barcode is this GTIN, given in its 14-digit form; the expression is the one the unique index is on. */
export function gtinEquals(gtin14: string) {
  // biome-ignore lint/suspicious/noExplicitAny: the catalog reads its table through the untyped Queryable
  return (eb: ExpressionBuilder<any, any>) => eb(sql`lpad(barcode, 14, '0')`, '=', gtin14);
}

/** The barcode starts with this text; the pattern is a plain prefix, so the text_pattern_ops index serves it. */
export function barcodeStartsWith(digits: string) {
  // biome-ignore lint/suspicious/noExplicitAny: see gtinEquals
  return (eb: ExpressionBuilder<any, any>) => eb('barcode', 'like', `${escapeLike(digits)}%`);
}
