// Passwords after sign-up: a user changes their own (knowing the current one; their other tokens are
// revoked, the one in use stays), or an administrator sets a new one (every token of that user is revoked).
import { NotFound } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { isBuiltInUser } from '../domain/built-in-users.ts';
import { hashPassword, verifyPassword } from '../domain/password.ts';
import { BuiltInUser, WrongPassword } from '../errors.ts';
import { findUserById } from '../queries/find-user.ts';
import { revokeTokens } from './revoke-tokens.ts';

export interface ChangeOwnPasswordInput {
  currentPassword: string;
  newPassword: string;
  /** The bearer token of this request: the session that stays signed in. */
  currentToken: string;
}

export async function changeOwnPassword(ctx: Context, input: ChangeOwnPasswordInput): Promise<null> {
  const id = ctx.actor.userId;
  if (isBuiltInUser(id)) throw new BuiltInUser('the built-in administrator has no password; it uses EMPORIUM_ADMIN_TOKEN');
  const user = await findUserById(ctx.tx, id, { forUpdate: true });
  if (!user) throw new NotFound('User', id);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) throw new WrongPassword();
  const otherTokensRevoked = await setPassword(ctx, id, input.newPassword, input.currentToken);
  await ctx.audit({ action: 'user.password_changed', entity: 'user', entityId: id, after: { otherTokensRevoked } });
  return null;
}

export async function resetPassword(ctx: Context, id: string, password: string): Promise<null> {
  const user = await findUserById(ctx.tx, id, { forUpdate: true });
  if (!user) throw new NotFound('User', id);
  if (isBuiltInUser(id)) throw new BuiltInUser('they have no password');
  const tokensRevoked = await setPassword(ctx, id, password, undefined);
  await ctx.audit({ action: 'user.password_reset', entity: 'user', entityId: id, after: { tokensRevoked } });
  return null;
}

async function setPassword(ctx: Context, id: string, password: string, keepToken: string | undefined): Promise<number> {
  await ctx.tx.updateTable('app_user').set({ password_hash: await hashPassword(password) }).where('id', '=', id).execute();
  return revokeTokens(ctx.tx, id, keepToken === undefined ? {} : { except: keepToken });
}
