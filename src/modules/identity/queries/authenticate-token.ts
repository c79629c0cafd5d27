// Resolves a bearer token to its actor: the EMPORIUM_ADMIN_TOKEN bootstrap admin, or a stored, unexpired token
// of an active user. Role and locations are read on every request, so a change to them applies at once.
import { createHash, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor, Role } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { BOOTSTRAP_ADMIN } from '../domain/built-in-users.ts';
import { hashToken } from '../domain/token.ts';

interface TokenRow {
  user_id: string;
  email: string;
  role: Role;
  location_ids: string[] | null;
}

function sameSecret(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export async function authenticateToken(db: Queryable, token: string, adminToken: string | undefined, now: Date): Promise<Actor | undefined> {
  if (adminToken && sameSecret(token, adminToken)) return BOOTSTRAP_ADMIN;
  const result = await sql<TokenRow>`SELECT u.id AS user_id, u.email, u.role,
      (SELECT array_agg(ul.location_id) FROM user_location ul WHERE ul.user_id = u.id) AS location_ids
    FROM access_token t JOIN app_user u ON u.id = t.user_id
    WHERE t.token_hash = ${hashToken(token)} AND t.expires_at > ${now} AND u.deactivated_at IS NULL`.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  return { userId: row.user_id, email: row.email, role: row.role, locationIds: row.location_ids && row.location_ids.length > 0 ? row.location_ids : null };
}
