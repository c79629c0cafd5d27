// HTTP routes of payments and reconciliation: till cash sessions (opened and closed by whoever sells at the
// store), payment provider settlement imports and the reconciliation exceptions (finance).
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { closeCashSession, openCashSession } from '../commands/cash-sessions.ts';
import { importSettlement } from '../commands/import-settlement.ts';
import { getCashSession, listCashSessions } from '../queries/cash-sessions.ts';
import { companyMoney, EXPORT_LIMIT, sendCsv, toCsv } from './csv.ts';
import { listReconciliationExceptions } from '../queries/reconciliation-exceptions.ts';
import {
  cashSessionParams,
  cashSessionSchema,
  closeCashSessionBody,
  exceptionSchema,
  exceptionsQuery,
  listCashSessionsQuery,
  openCashSessionBody,
  settlementBody,
  settlementSchema,
} from './cash-schemas.ts';

/** Tills are worked by the people who sell at the store (scoped to their locations). */
const TILL = { action: 'orders.create' };
/** Store staff see their tills' sessions; finance and analysts see every one. */
const TILL_READ = { action: 'orders.read' };
const READ = { action: 'accounting.read' };
const WRITE = { action: 'accounting.write' };

export function registerCashRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['accounting payments'];

  app.post('/api/v1/accounting/cash-sessions', { config: TILL, schema: { tags, body: openCashSessionBody, response: { 201: cashSessionSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => openCashSession(ctx, request.body)),
  );

  app.post(
    '/api/v1/accounting/cash-sessions/:id/close',
    { config: TILL, schema: { tags, params: cashSessionParams, body: closeCashSessionBody, response: { 200: cashSessionSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => closeCashSession(ctx, request.params.id, request.body)),
  );

  app.get('/api/v1/accounting/cash-sessions', { config: TILL_READ, schema: { tags, querystring: listCashSessionsQuery, response: { 200: page(cashSessionSchema) } } }, async (request, reply) => {
    if (request.query.format !== 'csv') return listCashSessions(db, request.actor, request.query);
    const sessions = await listCashSessions(db, request.actor, { ...request.query, limit: EXPORT_LIMIT, cursor: undefined });
    const { currency, decimal } = await companyMoney(db);
    const rows = sessions.items.map((s) => [s.number, s.location, s.status, s.openedAt, s.closedAt, decimal(s.float), decimal(s.expected), decimal(s.counted), decimal(s.difference), currency]);
    return sendCsv(reply, 'cash-sessions', toCsv(['number', 'location', 'status', 'opened_at', 'closed_at', 'float', 'expected', 'counted', 'difference', 'currency'], rows));
  });

  app.get('/api/v1/accounting/cash-sessions/:id', { config: TILL_READ, schema: { tags, params: cashSessionParams, response: { 200: cashSessionSchema } } }, (request) =>
    getCashSession(db, request.params.id, { actor: request.actor }),
  );

  app.post('/api/v1/accounting/settlements', { config: WRITE, schema: { tags, body: settlementBody, response: { 201: settlementSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => importSettlement(ctx, request.body)),
  );

  app.get('/api/v1/accounting/reconciliation/exceptions', { config: READ, schema: { tags, querystring: exceptionsQuery, response: { 200: page(exceptionSchema) } } }, (request) =>
    listReconciliationExceptions(db, request.query),
  );
}
