// Signs out: the bearer token the request carries stops working at once. Like a sign-in, it changes no
// business data, so it is not a unit of work of its own.
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { isBuiltInUser } from '../domain/built-in-users.ts';
import { BuiltInToken } from '../errors.ts';
import { revokeToken } from './revoke-tokens.ts';

export async function signOut(db: Queryable, actor: Actor, token: string): Promise<void> {
  // EMPORIUM_ADMIN_TOKEN is configuration, not a stored token: there is nothing to delete.
  if (isBuiltInUser(actor.userId)) throw new BuiltInToken();
  await revokeToken(db, token);
}
