// Looks users up by email (case-insensitively) or id, with their location scope.
import { sql } from 'kysely';
import type { Role } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { User } from './user.ts';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  deactivated_at: Date | null;
  location_codes: string[];
}

const selectUsers = (db: Queryable) =>
  db
    .selectFrom('app_user as u')
    .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.password_hash', 'u.deactivated_at'])
    .select(
      sql<string[]>`coalesce((SELECT array_agg(l.code ORDER BY l.code) FROM user_location ul JOIN location l ON l.id = ul.location_id
        WHERE ul.user_id = u.id), '{}')`.as('location_codes'),
    );

function toUser(row: UserRow): User & { passwordHash: string | null } {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locations: row.location_codes,
    active: row.deactivated_at === null,
    passwordHash: row.password_hash,
  };
}

export async function findUserByEmail(db: Queryable, email: string) {
  const row = await selectUsers(db).where(sql<boolean>`lower(u.email) = lower(${email})`).executeTakeFirst();
  return row ? toUser(row as UserRow) : undefined;
}

export async function findUserById(db: Queryable, id: string, options: { forUpdate?: boolean } = {}) {
  let query = selectUsers(db).where('u.id', '=', id);
  // Locks the user row, so that the "before" of an audited change is the state it replaced.
  if (options.forUpdate) query = query.forUpdate('u');
  const row = await query.executeTakeFirst();
  return row ? toUser(row as UserRow) : undefined;
}

/** The user as the API shows it: everything but the password hash. */
export function shownUser(user: User & { passwordHash: string | null }): User {
  const { passwordHash: _omitted, ...shown } = user;
  return shown;
}

export async function listUsers(db: Queryable, limit: number, afterEmail: string | undefined): Promise<Array<User>> {
  let query = selectUsers(db).where('u.password_hash', 'is not', null).orderBy(sql`lower(u.email)`).limit(limit);
  if (afterEmail !== undefined) query = query.where(sql<boolean>`lower(u.email) > lower(${afterEmail})`);
  const rows = (await query.execute()) as UserRow[];
  return rows.map((row) => shownUser(toUser(row)));
}
