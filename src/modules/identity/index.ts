// The identity module's public surface: users, tokens, the permission table and location scope.
export { createUser, type CreateUserInput } from './commands/create-user.ts';
export { assertMayActAt, assertMaySee, mayActAt, maySee } from './domain/location-scope.ts';
export { actorAllows, roleAllows } from './domain/permissions.ts';
export { authenticateToken, BOOTSTRAP_ADMIN } from './queries/authenticate-token.ts';
export { findUserByEmail } from './queries/find-user.ts';
export { registerIdentityRoutes } from './http/routes.ts';
export { createUserBody } from './http/schemas.ts';
