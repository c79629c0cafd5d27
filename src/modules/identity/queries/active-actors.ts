// The active users of some roles as actors (role and location scope), for work done on their behalf without a
// request — e.g. composing each reader's daily digest. Built-in users are never included.
import { sql } from 'kysely';
import { type Actor, type Role, SYSTEM_ACTOR } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { BOOTSTRAP_ADMIN } from '../domain/built-in-users.ts';

/** The active users of `roles` (only `userId`, when given: whether that one still is). */
export async function activeActorsOfRoles(db: Queryable, roles: readonly Role[], userId?: string): Promise<Actor[]> {
  if (roles.length === 0) return [];
  const result = await sql<{ id: string; email: string; role: Role; location_ids: string[] | null }>`SELECT u.id, u.email, u.role,
      (SELECT array_agg(ul.location_id ORDER BY ul.location_id) FROM user_location ul WHERE ul.user_id = u.id) AS location_ids
    FROM app_user u
    WHERE u.role = ANY(${[...roles]}::text[]) AND u.deactivated_at IS NULL AND u.id NOT IN (${SYSTEM_ACTOR.userId}, ${BOOTSTRAP_ADMIN.userId})
      ${userId === undefined ? sql`` : sql`AND u.id = ${userId}`}
    ORDER BY u.id`.execute(db);
  return result.rows.map((row) => ({ userId: row.id, email: row.email, role: row.role, locationIds: row.location_ids && row.location_ids.length > 0 ? row.location_ids : null }));
}
