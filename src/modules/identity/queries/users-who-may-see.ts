// The active users of a role who may see a location: unscoped users of the role, and scoped ones whose locations
// include it. A null location (a settlement row) is for unscoped users only. Built-in users are never included.
import { sql } from 'kysely';
import type { Role } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { BOOTSTRAP_ADMIN } from '../domain/built-in-users.ts';
import { SYSTEM_ACTOR } from '../../../kernel/actor.ts';

export interface UserAddress {
  id: string;
  email: string;
  name: string;
}

export async function activeUsersWhoMaySee(db: Queryable, role: Role | string, locationId: string | null): Promise<UserAddress[]> {
  const scoped = sql`EXISTS (SELECT 1 FROM user_location ul WHERE ul.user_id = u.id)`;
  const inScope =
    locationId === null
      ? sql`NOT ${scoped}`
      : sql`(NOT ${scoped} OR EXISTS (SELECT 1 FROM user_location ul WHERE ul.user_id = u.id AND ul.location_id = ${locationId}))`;
  const result = await sql<UserAddress>`SELECT u.id, u.email, u.name FROM app_user u
    WHERE u.role = ${role} AND u.deactivated_at IS NULL AND u.id NOT IN (${SYSTEM_ACTOR.userId}, ${BOOTSTRAP_ADMIN.userId}) AND ${inScope}
    ORDER BY u.id`.execute(db);
  return result.rows;
}
