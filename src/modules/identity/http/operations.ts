// OpenAPI documentation of the identity routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const identityOperations: OperationDocs = {
  'POST /api/v1/users': {
    operationId: 'createUser',
    summary: 'Create a user',
    description: 'Creates a user with a role and, for store roles, the locations they act for. The password is stored hashed and never shown again.',
    problems: { 409: ['already_exists'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/users': {
    operationId: 'listUsers',
    summary: 'List users',
    description: 'Users by email, a page at a time (`limit`, `cursor`).',
  },
  'GET /api/v1/users/:id': {
    operationId: 'getUser',
    summary: 'Get a user',
    description: 'One user by id, with their role, locations and whether they are active.',
    problems: { 404: ['not_found'] },
  },
  'POST /api/v1/users/:id': {
    operationId: 'updateUser',
    summary: 'Change a user’s name, role or locations',
    description: 'Changes what is given; `locations` replaces the whole list. The user’s next request already runs with the new role and locations.',
    problems: { 404: ['not_found'], 409: ['built_in_user', 'cannot_change_own_role'], 422: ['unknown_reference'] },
  },
  'POST /api/v1/users/:id/deactivate': {
    operationId: 'deactivateUser',
    summary: 'Deactivate a user',
    description: 'Revokes every token of the user at once (their next request is 401) and refuses their sign-in until reactivated. Deactivating an inactive user changes nothing.',
    problems: { 404: ['not_found'], 409: ['built_in_user', 'cannot_deactivate_self'] },
  },
  'POST /api/v1/users/:id/reactivate': {
    operationId: 'reactivateUser',
    summary: 'Reactivate a user',
    description: 'Lets a deactivated user sign in again with their password.',
    problems: { 404: ['not_found'], 409: ['built_in_user'] },
  },
  'POST /api/v1/users/:id/password': {
    operationId: 'resetUserPassword',
    summary: 'Set a new password for a user',
    description: 'An administrator’s reset: every token of the user is revoked, so they sign in again with the new password.',
    problems: { 404: ['not_found'], 409: ['built_in_user'] },
  },
  'GET /api/v1/me': {
    operationId: 'getMe',
    summary: 'Who am I',
    description: 'The signed-in user, with the permissions their role grants.',
    problems: { 404: ['not_found'] },
  },
  'POST /api/v1/me/password': {
    operationId: 'changeOwnPassword',
    summary: 'Change your own password',
    description: 'Needs the current password (403 `wrong_password` otherwise). Every other token of yours is revoked; the one of this request stays valid.',
    problems: { 403: ['wrong_password'], 409: ['built_in_user'] },
  },
  'POST /api/v1/auth/tokens': {
    operationId: 'signIn',
    summary: 'Sign in: exchange email and password for a bearer token',
    description: 'Public. Answers 201 with a bearer token and its expiry; 401 `unauthorized` when the email or password is wrong or the account is deactivated.',
    problems: { 401: ['unauthorized'] },
  },
  'DELETE /api/v1/auth/tokens/current': {
    operationId: 'signOut',
    summary: 'Sign out',
    description: 'Revokes the bearer token of this request: it is refused (401) from the next request on.',
    problems: { 409: ['built_in_token'] },
  },
};
