// HTTP routes of the exception queue: list and read (scoped), acknowledge / assign / resolve, a location's
// discrepancy tolerance, and the scheduled checks run on demand.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { acknowledgeException, assignException, resolveException } from '../commands/change-exception.ts';
import { runExceptionChecks } from '../commands/run-checks.ts';
import { setTolerance } from '../commands/set-tolerance.ts';
import { getException } from '../queries/get-exception.ts';
import { listExceptions } from '../queries/list-exceptions.ts';
import { readTolerance } from '../queries/get-tolerance.ts';
import { assignBody, checkRunSchema, checksBody, exceptionParams, exceptionSchema, exceptionsQuery, resolveBody, toleranceBody, toleranceParams, toleranceSchema } from './schemas.ts';

export function registerExceptionRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['exceptions'];
  const read = { config: { action: 'exceptions.read' } };
  const manage = { config: { action: 'exceptions.manage' } };

  app.get('/api/v1/exceptions', { ...read, schema: { tags, querystring: exceptionsQuery, response: { 200: page(exceptionSchema) } } }, (request) =>
    listExceptions(db, request.actor, request.query),
  );

  app.get('/api/v1/exceptions/:id', { ...read, schema: { tags, params: exceptionParams, response: { 200: exceptionSchema } } }, async (request) => {
    const { locationId: _locationId, ...view } = await getException(db, request.actor, request.params.id);
    return view;
  });

  app.post('/api/v1/exceptions/:id/acknowledge', { ...manage, schema: { tags, params: exceptionParams, response: { 200: exceptionSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 200, (ctx) => acknowledgeException(ctx, request.params.id)),
  );

  app.post(
    '/api/v1/exceptions/:id/assign',
    { ...manage, schema: { tags, params: exceptionParams, body: assignBody, response: { 200: exceptionSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => assignException(ctx, request.params.id, request.body.user)),
  );

  app.post(
    '/api/v1/exceptions/:id/resolve',
    { ...manage, schema: { tags, params: exceptionParams, body: resolveBody, response: { 200: exceptionSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => resolveException(ctx, request.params.id, request.body.note)),
  );

  app.get(
    '/api/v1/exceptions/tolerances/:location',
    { ...read, schema: { tags, params: toleranceParams, response: { 200: toleranceSchema } } },
    (request) => readTolerance(db, request.actor, request.params.location),
  );

  app.put(
    '/api/v1/exceptions/tolerances/:location',
    { config: { action: 'exceptions.configure' }, schema: { tags, params: toleranceParams, body: toleranceBody, response: { 200: toleranceSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => setTolerance(ctx, request.params.location, request.body)),
  );

  app.post(
    '/api/v1/exceptions/checks',
    { config: { action: 'exceptions.check' }, schema: { tags, body: checksBody, response: { 200: checkRunSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => runExceptionChecks(ctx, request.body.kinds)),
  );
}
