// Decodes a list cursor and checks its parts have the types the list's sort key has, so a forged cursor is a
// 400 (validation_failed) rather than a database error.
import { InvalidInput } from '../../../kernel/errors.ts';
import { decodeCursor } from '../../../platform/http/cursor.ts';

export type KeyPart = 'string' | 'integer' | 'timestamp' | 'uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function fits(value: unknown, part: KeyPart): boolean {
  switch (part) {
    case 'integer':
      return Number.isSafeInteger(value);
    case 'timestamp':
      return typeof value === 'string' && ISO.test(value) && !Number.isNaN(Date.parse(value));
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    default:
      return typeof value === 'string';
  }
}

export function cursorKey(cursor: string | undefined, parts: readonly KeyPart[]): Array<string | number> | undefined {
  const key = decodeCursor(cursor);
  if (key === undefined) return undefined;
  if (key.length !== parts.length || !key.every((value, index) => fits(value, parts[index] as KeyPart))) {
    throw new InvalidInput('The cursor is not one this API returned', [{ path: '/query/cursor', message: 'invalid cursor' }]);
  }
  return key as Array<string | number>;
}
