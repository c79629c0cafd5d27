// HTTP routes of the replenishment run's draft transfers: list, read, approve (becomes an inventory transfer), dismiss.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { approveTransferDraft, dismissTransferDraft } from '../commands/decide-transfer-draft.ts';
import { listTransferDrafts, loadTransferDraft, toDraftView } from '../queries/transfer-draft-view.ts';
import { approveDraftBody, requiredNoteBody, transferDraftParams, transferDraftSchema, transferDraftsQuery } from './order-schemas.ts';

export function registerDraftRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['purchasing'];
  const read = { action: 'transfers.read' };
  const write = { action: 'transfers.write' };

  app.get(
    '/api/v1/replenishment/transfer-drafts',
    { config: read, schema: { tags, querystring: transferDraftsQuery, response: { 200: page(transferDraftSchema) } } },
    (request) => listTransferDrafts(db, request.actor, request.query),
  );
  app.get(
    '/api/v1/replenishment/transfer-drafts/:id',
    { config: read, schema: { tags, params: transferDraftParams, response: { 200: transferDraftSchema } } },
    async (request) => toDraftView(await loadTransferDraft(db, request.actor, request.params.id)),
  );
  app.post(
    '/api/v1/replenishment/transfer-drafts/:id/approve',
    { config: write, schema: { tags, params: transferDraftParams, body: approveDraftBody, response: { 200: transferDraftSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => approveTransferDraft(ctx, request.params.id, request.body ?? {})),
  );
  app.post(
    '/api/v1/replenishment/transfer-drafts/:id/dismiss',
    { config: write, schema: { tags, params: transferDraftParams, body: requiredNoteBody, response: { 200: transferDraftSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => dismissTransferDraft(ctx, request.params.id, request.body.note)),
  );
}
