// Changes a user's name, role or location scope. Tokens are resolved to a role and locations on every
// request, so the change applies from the user's next request. Every real change is audited.
import type { Role } from '../../../kernel/actor.ts';
import { NotFound } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { holdsStock } from '../../network/index.ts';
import { isBuiltInUser } from '../domain/built-in-users.ts';
import { BuiltInUser, CannotChangeOwnRole } from '../errors.ts';
import { findUserById, shownUser } from '../queries/find-user.ts';
import type { User } from '../queries/user.ts';
import { resolveUserLocations } from './resolve-user-locations.ts';

export interface UpdateUserInput {
  name?: string;
  role?: Role;
  /** Replaces the user's locations; an empty list lifts the limit. */
  locations?: string[];
}

export async function updateUser(ctx: Context, id: string, input: UpdateUserInput): Promise<User> {
  const found = await findUserById(ctx.tx, id, { forUpdate: true });
  if (!found) throw new NotFound('User', id);
  if (isBuiltInUser(id)) throw new BuiltInUser('their name, role and locations are fixed');
  const before = shownUser(found);
  const roleChanges = input.role !== undefined && input.role !== before.role;
  if (roleChanges && id === ctx.actor.userId) throw new CannotChangeOwnRole();
  const locations = input.locations === undefined ? undefined : await resolveUserLocations(ctx.tx, input.locations);

  const nameChanges = input.name !== undefined && input.name !== before.name;
  const codes = locations?.map((location) => location.code).sort();
  const locationsChange = codes !== undefined && codes.join('\n') !== [...before.locations].sort().join('\n');
  if (!nameChanges && !roleChanges && !locationsChange) return before;

  if (nameChanges || roleChanges) {
    await ctx.tx
      .updateTable('app_user')
      .set({ ...(nameChanges ? { name: input.name } : {}), ...(roleChanges ? { role: input.role } : {}) })
      .where('id', '=', id)
      .execute();
  }
  if (locationsChange && locations) {
    await ctx.tx.deleteFrom('user_location').where('user_id', '=', id).execute();
    if (locations.length > 0) {
      await ctx.tx
        .insertInto('user_location')
        .values(locations.map((location) => ({ user_id: id, location_id: location.id })))
        .execute();
    }
  }
  const after = shownUser((await findUserById(ctx.tx, id)) as NonNullable<typeof found>);
  await ctx.audit({
    action: 'user.changed',
    entity: 'user',
    entityId: id,
    before,
    after: { ...after, ...(locations ? { stockLocations: locations.filter(holdsStock).length } : {}) },
  });
  return after;
}
