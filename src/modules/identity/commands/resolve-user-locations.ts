// Resolves the location codes a user is limited to (deduplicated), refusing unknown and virtual ones (422,
// pointing at the code in the body).
import type { Queryable } from '../../../platform/db/database.ts';
import { type Location, resolveLocation } from '../../network/index.ts';

export async function resolveUserLocations(db: Queryable, codes: readonly string[]): Promise<Location[]> {
  const locations: Location[] = [];
  for (const [index, code] of [...new Set(codes)].entries()) locations.push(await resolveLocation(db, code, `/locations/${index}`));
  return locations;
}
