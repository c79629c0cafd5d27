// Creates a user with a role, an optional location scope (by location code) and a hashed password.
import { randomUUID } from 'node:crypto';
import type { Role } from '../../../kernel/actor.ts';
import { Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { holdsStock } from '../../network/index.ts';
import { hashPassword } from '../domain/password.ts';
import { findUserByEmail } from '../queries/find-user.ts';
import type { User } from '../queries/user.ts';
import { resolveUserLocations } from './resolve-user-locations.ts';

export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  locations?: string[];
  password: string;
}

export async function createUser(ctx: Context, input: CreateUserInput): Promise<User> {
  const locations = await resolveUserLocations(ctx.tx, input.locations ?? []);
  const codes = locations.map((location) => location.code);
  if (await findUserByEmail(ctx.tx, input.email)) throw new Conflict('already_exists', `A user with email ${input.email} already exists`);
  const user: User = { id: randomUUID(), email: input.email, name: input.name, role: input.role, locations: codes, active: true };
  await ctx.tx
    .insertInto('app_user')
    .values({ id: user.id, email: user.email, name: user.name, role: user.role, password_hash: await hashPassword(input.password) })
    .execute();
  if (locations.length > 0) {
    await ctx.tx
      .insertInto('user_location')
      .values(locations.map((location) => ({ user_id: user.id, location_id: location.id })))
      .execute();
  }
  await ctx.audit({ action: 'user.created', entity: 'user', entityId: user.id, after: { ...user, stockLocations: locations.filter(holdsStock).length } });
  return user;
}
