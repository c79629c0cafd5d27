// Revokes bearer tokens by deleting them: the next request with one is 401, since every request looks its
// token up. Used on deactivation, password changes and sign-out.
import type { Queryable } from '../../../platform/db/database.ts';
import { hashToken } from '../domain/token.ts';

/** Deletes every token of the user, but the one given (the caller's own, when they change their password). */
export async function revokeTokens(db: Queryable, userId: string, options: { except?: string } = {}): Promise<number> {
  let query = db.deleteFrom('access_token').where('user_id', '=', userId);
  if (options.except !== undefined) query = query.where('token_hash', '<>', hashToken(options.except));
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes one token; whether it existed. */
export async function revokeToken(db: Queryable, token: string): Promise<boolean> {
  const result = await db.deleteFrom('access_token').where('token_hash', '=', hashToken(token)).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
