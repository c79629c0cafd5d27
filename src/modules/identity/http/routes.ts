// HTTP routes of identity: users, sign-in tokens, and who am I.
import { NotFound } from '../../../kernel/errors.ts';
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/cursor.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page, problemSchema } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { createUser } from '../commands/create-user.ts';
import { issueToken } from '../commands/issue-token.ts';
import { permissionsOf } from '../domain/permissions.ts';
import { findUserById, listUsers, shownUser } from '../queries/find-user.ts';
import { createUserBody, issueTokenBody, listUsersQuery, meSchema, tokenSchema, userParams, userSchema } from './schemas.ts';
import { registerUserManagementRoutes } from './user-management-routes.ts';

export function registerIdentityRoutes(app: HttpServer, uow: UnitOfWork, now: () => Date): void {
  const db = uow.database.kysely;
  const tags = ['identity'];

  app.post(
    '/api/v1/users',
    { config: { action: 'users.create' }, schema: { tags, body: createUserBody, response: { 201: userSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 201, (ctx) => createUser(ctx, request.body)),
  );

  app.get(
    '/api/v1/users',
    { config: { action: 'users.read' }, schema: { tags, querystring: listUsersQuery, response: { 200: page(userSchema) } } },
    async (request) => {
      const after = decodeCursor(request.query.cursor)?.[0];
      const rows = await listUsers(db, request.query.limit + 1, typeof after === 'string' ? after : undefined);
      const items = rows.slice(0, request.query.limit);
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > items.length && last ? encodeCursor([last.email]) : null };
    },
  );

  app.get(
    '/api/v1/users/:id',
    { config: { action: 'users.read' }, schema: { tags, params: userParams, response: { 200: userSchema } } },
    async (request) => {
      const user = await findUserById(db, request.params.id);
      if (!user) throw new NotFound('User', request.params.id);
      return shownUser(user);
    },
  );

  app.get('/api/v1/me', { config: { action: 'me.read' }, schema: { tags, response: { 200: meSchema } } }, async (request) => {
    const user = await findUserById(db, request.actor.userId);
    if (!user) throw new NotFound('User', request.actor.userId);
    return { ...shownUser(user), permissions: permissionsOf(request.actor.role) };
  });

  app.post(
    '/api/v1/auth/tokens',
    { schema: { tags, security: [], body: issueTokenBody, response: { 201: tokenSchema, 401: problemSchema } } },
    async (request, reply) => reply.code(201).send(await issueToken(db, request.body.email, request.body.password, now())),
  );

  registerUserManagementRoutes(app, uow);
}
