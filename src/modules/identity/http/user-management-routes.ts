// HTTP routes that manage users after sign-up: change, deactivate and reactivate (admin), passwords (the
// user's own, or an administrator's reset), and signing out.
import { z } from 'zod';
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import { bearerTokenOf } from '../../../platform/http/authentication.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { changeOwnPassword, resetPassword } from '../commands/change-password.ts';
import { deactivateUser, reactivateUser } from '../commands/set-user-active.ts';
import { signOut } from '../commands/sign-out.ts';
import { updateUser } from '../commands/update-user.ts';
import { changeOwnPasswordBody, resetPasswordBody, updateUserBody, userParams, userSchema } from './schemas.ts';

const noContent = { 204: z.null().describe('Done; no body') };

export function registerUserManagementRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['identity'];

  app.post(
    '/api/v1/users/:id',
    {
      config: { action: 'users.write', problems: { 404: ['not_found'], 409: ['built_in_user', 'cannot_change_own_role'], 422: ['unknown_reference'] } },
      schema: {
        operationId: 'updateUser',
        summary: 'Change a user’s name, role or locations',
        description: 'Changes what is given; `locations` replaces the whole list. The user’s next request already runs with the new role and locations.',
        tags,
        params: userParams,
        body: updateUserBody,
        response: { 200: userSchema },
      },
    },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => updateUser(ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/v1/users/:id/deactivate',
    {
      config: { action: 'users.write', problems: { 404: ['not_found'], 409: ['built_in_user', 'cannot_deactivate_self'] } },
      schema: {
        operationId: 'deactivateUser',
        summary: 'Deactivate a user',
        description: 'Revokes every token of the user at once (their next request is 401) and refuses their sign-in until reactivated. Deactivating an inactive user changes nothing.',
        tags,
        params: userParams,
        response: { 200: userSchema },
      },
    },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => deactivateUser(ctx, request.params.id)),
  );

  app.post(
    '/api/v1/users/:id/reactivate',
    {
      config: { action: 'users.write', problems: { 404: ['not_found'], 409: ['built_in_user'] } },
      schema: {
        operationId: 'reactivateUser',
        summary: 'Reactivate a user',
        description: 'Lets a deactivated user sign in again with their password.',
        tags,
        params: userParams,
        response: { 200: userSchema },
      },
    },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => reactivateUser(ctx, request.params.id)),
  );

  app.post(
    '/api/v1/users/:id/password',
    {
      config: { action: 'users.write', problems: { 404: ['not_found'], 409: ['built_in_user'] } },
      schema: {
        operationId: 'resetUserPassword',
        summary: 'Set a new password for a user',
        description: 'An administrator’s reset: every token of the user is revoked, so they sign in again with the new password.',
        tags,
        params: userParams,
        body: resetPasswordBody,
        response: noContent,
      },
    },
    (request, reply) => writeCommand(uow, request, reply, 204, (ctx) => resetPassword(ctx, request.params.id, request.body.password)),
  );

  app.post(
    '/api/v1/me/password',
    {
      config: { action: 'me.password', problems: { 403: ['wrong_password'], 409: ['built_in_user'] } },
      schema: {
        operationId: 'changeOwnPassword',
        summary: 'Change your own password',
        description: 'Needs the current password (403 `wrong_password` otherwise). Every other token of yours is revoked; the one of this request stays valid.',
        tags,
        body: changeOwnPasswordBody,
        response: noContent,
      },
    },
    (request, reply) =>
      writeCommand(uow, request, reply, 204, (ctx) =>
        changeOwnPassword(ctx, { ...request.body, currentToken: bearerTokenOf(request) as string }),
      ),
  );

  app.delete(
    '/api/v1/auth/tokens/current',
    {
      config: { action: 'me.sign_out', problems: { 409: ['built_in_token'] } },
      schema: {
        operationId: 'signOut',
        summary: 'Sign out',
        description: 'Revokes the bearer token of this request: it is refused (401) from the next request on.',
        tags,
        response: noContent,
      },
    },
    async (request, reply) => {
      await signOut(db, request.actor, bearerTokenOf(request) as string);
      return reply.code(204).send(null);
    },
  );
}
