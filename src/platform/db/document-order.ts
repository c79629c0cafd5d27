// Lists of documents newest first, by their number (SO-000123, PO-000045, …). Numbers share a prefix and
// are zero-padded, but may outgrow their padding, so they compare by length first, then as text.
import { type RawBuilder, sql } from 'kysely';

export function newestDocumentFirst(column: string): RawBuilder<unknown> {
  return sql`length(${sql.ref(column)}) DESC, ${sql.ref(column)} DESC`;
}

/** The filter for the page after a cursor holding the last number shown (nothing without a cursor). */
export function olderThanDocument(column: string, cursor: readonly unknown[] | undefined): RawBuilder<unknown> {
  if (!cursor) return sql``;
  const number = String(cursor[0]);
  return sql`AND (length(${sql.ref(column)}), ${sql.ref(column)}) < (length(${number}), ${number})`;
}
