// HTTP routes of transfers: request or reserve, approve or reject, cancel, ship, receive, read.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { approveTransfer, cancelTransfer, rejectTransfer } from '../commands/change-transfer.ts';
import { createTransfer } from '../commands/create-transfer.ts';
import { receiveTransfer } from '../commands/receive-transfer.ts';
import { shipTransfer } from '../commands/ship-transfer.ts';
import { getTransfer } from '../queries/get-transfer.ts';
import { listTransfers } from '../queries/list-transfers.ts';
import { receiveBody, rejectBody, transferBody, transferParams, transferSchema, transfersQuery } from './schemas.ts';

export function registerTransferRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['transfers'];
  const write = { config: { action: 'transfers.write' } };

  app.post('/api/v1/transfers', { ...write, schema: { tags, body: transferBody, response: { 201: transferSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => createTransfer(ctx, request.body)),
  );

  app.get(
    '/api/v1/transfers',
    { config: { action: 'transfers.read' }, schema: { tags, querystring: transfersQuery, response: { 200: page(transferSchema) } } },
    (request) => listTransfers(db, request.actor, request.query),
  );

  app.get(
    '/api/v1/transfers/:id',
    { config: { action: 'transfers.read' }, schema: { tags, params: transferParams, response: { 200: transferSchema } } },
    (request) => getTransfer(db, request.actor, request.params.id),
  );

  const simple = { approve: approveTransfer, cancel: cancelTransfer, ship: shipTransfer } as const;
  for (const [verb, command] of Object.entries(simple)) {
    app.post(`/api/v1/transfers/:id/${verb}`, { ...write, schema: { tags, params: transferParams, response: { 200: transferSchema } } }, (request, reply) =>
      writeCommand(uow, request, reply, 200, (ctx) => command(ctx, request.params.id)),
    );
  }

  app.post(
    '/api/v1/transfers/:id/reject',
    { ...write, schema: { tags, params: transferParams, body: rejectBody, response: { 200: transferSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => rejectTransfer(ctx, request.params.id, request.body?.reason)),
  );

  app.post(
    '/api/v1/transfers/:id/receive',
    // Receiving has a permission of its own: store associates receive at their store but create, approve and ship nothing.
    { config: { action: 'transfers.receive' }, schema: { tags, params: transferParams, body: receiveBody, response: { 200: transferSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => receiveTransfer(ctx, request.params.id, request.body ?? {})),
  );
}
