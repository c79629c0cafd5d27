// Opaque list cursors: the sort key of the last item, base64url-encoded JSON.
import { InvalidInput } from '../../kernel/errors.ts';

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): unknown[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Sort keys are strings and safe integers; anything else (1.5, 1e400) would reach SQL and fail there (500).
    if (Array.isArray(key) && key.every((part) => typeof part === 'string' || Number.isSafeInteger(part))) return key;
  } catch {
    // fall through to the error below
  }
  throw new InvalidInput('The cursor is not one this API returned', [{ path: '/query/cursor', message: 'invalid cursor' }]);
}

/** Cuts a fetched page of limit + 1 rows into the page and the cursor to the next one. */
export function toPage<Row, Item>(rows: Row[], limit: number, toItem: (row: Row) => Item, keyOf: (row: Row) => unknown[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
