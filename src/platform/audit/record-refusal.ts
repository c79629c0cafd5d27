// Refused requests (403 to a signed-in caller) in the audit trail: one row each, written by itself because
// the request's own transaction rolled back or never began. Read with GET /api/v1/audit?action=access.refused.
import { sql } from 'kysely';
import type { Actor } from '../../kernel/actor.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Queryable } from '../db/database.ts';

export const ACCESS_REFUSED = 'access.refused';

export interface RefusedRequest {
  method: string;
  url: string;
  /** The route's pattern, e.g. /api/v1/users/:id: the audit row's entity id, so one route's refusals filter together. */
  route: string;
  /** The permission the route needs; null when a command refused (a location out of scope, say). */
  action: string | null;
  code: string;
  detail: string;
}

/** URLs can be long; the trail keeps enough of one to tell what was asked. */
const MAX_URL_LENGTH = 2000;

export function refusalRecorder(db: Queryable, clock: Clock) {
  return async (actor: Actor, refused: RefusedRequest): Promise<void> => {
    const after = { ...refused, url: refused.url.slice(0, MAX_URL_LENGTH) };
    await sql`INSERT INTO audit_log (at, actor_id, actor_email, action, entity, entity_id, after)
      VALUES (${clock.now()}, ${actor.userId}, ${actor.email}, ${ACCESS_REFUSED}, 'route', ${refused.route}, ${JSON.stringify(after)}::jsonb)`.execute(db);
  };
}
