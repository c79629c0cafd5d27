// Looks locations up by code or id: single ones for routes, many at once for documents with lines.
import type { Queryable } from '../../../platform/db/database.ts';
import { NotFound, UnknownReference } from '../../../kernel/errors.ts';
import type { Location } from '../domain/location.ts';
import { LOCATION_COLUMNS, toLocation } from './location-row.ts';

export async function findLocationByCode(db: Queryable, code: string): Promise<Location | undefined> {
  const row = await db.selectFrom('location').select(LOCATION_COLUMNS).where('code', '=', code).executeTakeFirst();
  return row ? toLocation(row) : undefined;
}

export async function getLocation(db: Queryable, code: string): Promise<Location> {
  const location = await findLocationByCode(db, code);
  if (!location || location.code.startsWith('@')) throw new NotFound('Location', code);
  return location;
}

/** Resolves a location named inside a request body; unknown (or virtual) codes are 422 unknown_reference. */
export async function resolveLocation(db: Queryable, code: string, path: string): Promise<Location> {
  const location = await findLocationByCode(db, code);
  if (!location || location.code.startsWith('@')) throw new UnknownReference('location', code, path);
  return location;
}

export async function locationsByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, Location>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('location').select(LOCATION_COLUMNS).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((row) => [row.id, toLocation(row)]));
}
