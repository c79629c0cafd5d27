// HTTP routes of returns across channels.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { acceptReturn } from '../commands/accept-return.ts';
import { getReturn, listReturns } from '../queries/find-returns.ts';
import { returnEligibility } from '../queries/returnable-lines.ts';
import { eligibilityQuery, eligibilitySchema, listReturnsQuery, returnBody, returnParams, returnSchema } from './schemas.ts';

export function registerReturnRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['returns'];

  app.post('/api/v1/returns', { config: { action: 'returns.create' }, schema: { tags, body: returnBody, response: { 201: returnSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => acceptReturn(ctx, request.body)),
  );

  // Any order of any channel, unscoped: a customer may bring back at one store what they bought at another or online.
  app.get(
    '/api/v1/returns/eligibility',
    { config: { action: 'returns.eligibility' }, schema: { tags, querystring: eligibilityQuery, response: { 200: eligibilitySchema } } },
    (request) => returnEligibility(db, request.query.order),
  );

  app.get('/api/v1/returns/:id', { config: { action: 'returns.read' }, schema: { tags, params: returnParams, response: { 200: returnSchema } } }, (request) =>
    getReturn(db, request.actor, request.params.id),
  );

  app.get('/api/v1/returns', { config: { action: 'returns.read' }, schema: { tags, querystring: listReturnsQuery, response: { 200: page(returnSchema) } } }, (request) =>
    listReturns(db, request.actor, request.query),
  );
}
