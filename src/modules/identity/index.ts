// The identity module's public surface: users, tokens, the permission table and location scope.
export { createUser, type CreateUserInput } from './commands/create-user.ts';
export { BOOTSTRAP_ADMIN } from './domain/built-in-users.ts';
export { assertMayActAt, assertMaySee, mayActAt, maySee } from './domain/location-scope.ts';
export { actorAllows, isKnownAction, refusalMessage, roleAllows } from './domain/permissions.ts';
export { activeActorsOfRoles } from './queries/active-actors.ts';
export { authenticateToken } from './queries/authenticate-token.ts';
export { findUserByEmail, findUserById } from './queries/find-user.ts';
export { activeUsersWhoMaySee, type UserAddress } from './queries/users-who-may-see.ts';
export { registerIdentityRoutes } from './http/routes.ts';
export { createUserBody } from './http/schemas.ts';
