// Lists the physical network (virtual locations are never listed), ordered by code, a page at a time.
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, toPage } from '../../../platform/http/cursor.ts';
import { PHYSICAL_KINDS, type PhysicalKind } from '../domain/location.ts';
import { LOCATION_COLUMNS, toLocation } from './location-row.ts';

export interface ListLocationsInput {
  limit: number;
  cursor?: string;
  kind?: PhysicalKind;
}

export async function listLocations(db: Queryable, input: ListLocationsInput) {
  const after = decodeCursor(input.cursor)?.[0];
  let query = db
    .selectFrom('location')
    .select(LOCATION_COLUMNS)
    .where('kind', 'in', input.kind ? [input.kind] : [...PHYSICAL_KINDS])
    .orderBy('code')
    .limit(input.limit + 1);
  if (typeof after === 'string') query = query.where('code', '>', after);
  const rows = await query.execute();
  return toPage(rows, input.limit, toLocation, (row) => [row.code]);
}
