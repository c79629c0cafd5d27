// Signs a user in: checks the password and issues an opaque bearer token with an expiry.
import { Unauthorized } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { hashToken, newToken, TOKEN_LIFETIME_HOURS } from '../domain/token.ts';
import { verifyPassword } from '../domain/password.ts';
import { findUserByEmail } from '../queries/find-user.ts';

export interface IssuedToken {
  token: string;
  expiresAt: string;
}

/** Not a unit of work of its own: a sign-in changes no business data, so it writes the token directly. */
export async function issueToken(db: Queryable, email: string, password: string, now: Date): Promise<IssuedToken> {
  const user = await findUserByEmail(db, email);
  const valid = await verifyPassword(password, user?.passwordHash);
  if (!user || !valid) throw new Unauthorized('The email or password is wrong');
  // Told only to whoever knows the password: the account exists but may not be used.
  if (!user.active) throw new Unauthorized('This account is deactivated; an administrator can reactivate it');
  const token = newToken();
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_HOURS * 3_600_000);
  await db.insertInto('access_token').values({ token_hash: hashToken(token), user_id: user.id, created_at: now, expires_at: expiresAt }).execute();
  return { token, expiresAt: expiresAt.toISOString() };
}
