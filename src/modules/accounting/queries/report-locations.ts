// Which locations a sales report covers for its caller. A store manager limited to some stores reads only
// theirs; naming a location they may not see is 404 — never an empty report, which would read as "no sales".
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { assertMaySee } from '../../identity/index.ts';
import { getLocation } from '../../network/index.ts';

/** Location ids to restrict the report to, or null for every location (and sales tied to none). */
export async function reportLocations(db: Queryable, actor: Actor, code: string | undefined): Promise<readonly string[] | null> {
  if (code === undefined) return actor.locationIds;
  const location = await getLocation(db, code);
  assertMaySee(actor, [location.id], 'Location', code);
  return [location.id];
}
