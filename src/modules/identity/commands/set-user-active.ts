// Deactivates or reactivates a user. Deactivating deletes every token of theirs in the same transaction,
// so their next request is 401, and they cannot sign in until reactivated.
import { NotFound } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { isBuiltInUser } from '../domain/built-in-users.ts';
import { BuiltInUser, CannotDeactivateSelf } from '../errors.ts';
import { findUserById, shownUser } from '../queries/find-user.ts';
import type { User } from '../queries/user.ts';
import { revokeTokens } from './revoke-tokens.ts';

export function deactivateUser(ctx: Context, id: string): Promise<User> {
  return setUserActive(ctx, id, false);
}

export function reactivateUser(ctx: Context, id: string): Promise<User> {
  return setUserActive(ctx, id, true);
}

async function setUserActive(ctx: Context, id: string, active: boolean): Promise<User> {
  const found = await findUserById(ctx.tx, id, { forUpdate: true });
  if (!found) throw new NotFound('User', id);
  if (isBuiltInUser(id)) throw new BuiltInUser('they are always active');
  if (!active && id === ctx.actor.userId) throw new CannotDeactivateSelf();
  const before = shownUser(found);
  if (before.active === active) return before;

  await ctx.tx
    .updateTable('app_user')
    .set({ deactivated_at: active ? null : ctx.now })
    .where('id', '=', id)
    .execute();
  // On reactivation too: a token issued by a sign-in racing the deactivation must not come back to life.
  const tokensRevoked = await revokeTokens(ctx.tx, id);
  const after = { ...before, active };
  await ctx.audit({
    action: active ? 'user.reactivated' : 'user.deactivated',
    entity: 'user',
    entityId: id,
    before,
    after: { ...after, tokensRevoked },
  });
  return after;
}
