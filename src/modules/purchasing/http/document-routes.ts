// HTTP routes of receipts, vendor bills (with the three-way-match exception list) and landed costs.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { approveVendorBill, rejectVendorBill } from '../commands/decide-vendor-bill.ts';
import { postLandedCost } from '../commands/post-landed-cost.ts';
import { postReceipt } from '../commands/post-receipt.ts';
import { postVendorBill } from '../commands/post-vendor-bill.ts';
import { getBill, listBillExceptions, listBills } from '../queries/bill-view.ts';
import { getLandedCost, listLandedCosts } from '../queries/landed-cost-view.ts';
import { getReceipt, listReceipts } from '../queries/receipt-view.ts';
import {
  billBody,
  billSchema,
  billsQuery,
  billParams,
  landedCostParams,
  receiptParams,
  exceptionItemSchema,
  exceptionsQuery,
  landedCostBody,
  landedCostSchema,
  landedCostsQuery,
  postedReceiptSchema,
  receiptBody,
  receiptSchema,
  receiptsQuery,
} from './document-schemas.ts';
import { noteBody, requiredNoteBody } from './order-schemas.ts';

export function registerDocumentRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['purchasing'];
  const read = { action: 'purchasing.read' };
  const bill = { action: 'purchasing.bill' };

  app.post('/api/v1/receipts', { config: { action: 'purchasing.receive' }, schema: { tags, body: receiptBody, response: { 201: postedReceiptSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => postReceipt(ctx, request.body)),
  );
  app.get('/api/v1/receipts', { config: read, schema: { tags, querystring: receiptsQuery, response: { 200: page(receiptSchema) } } }, (request) =>
    listReceipts(db, request.actor, request.query),
  );
  app.get('/api/v1/receipts/:id', { config: read, schema: { tags, params: receiptParams, response: { 200: receiptSchema } } }, (request) =>
    getReceipt(db, request.actor, request.params.id),
  );

  app.post('/api/v1/vendor-bills', { config: bill, schema: { tags, body: billBody, response: { 201: billSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => postVendorBill(ctx, request.body)),
  );
  app.get('/api/v1/vendor-bills', { config: read, schema: { tags, querystring: billsQuery, response: { 200: page(billSchema) } } }, (request) =>
    listBills(db, request.actor, request.query),
  );
  app.get(
    '/api/v1/vendor-bills/exceptions',
    { config: read, schema: { tags, querystring: exceptionsQuery, response: { 200: page(exceptionItemSchema) } } },
    (request) => listBillExceptions(db, request.actor, request.query),
  );
  app.get('/api/v1/vendor-bills/:id', { config: read, schema: { tags, params: billParams, response: { 200: billSchema } } }, (request) =>
    getBill(db, request.actor, request.params.id),
  );
  app.post(
    '/api/v1/vendor-bills/:id/approve',
    { config: bill, schema: { tags, params: billParams, body: noteBody, response: { 200: billSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => approveVendorBill(ctx, request.params.id, request.body?.note)),
  );
  app.post(
    '/api/v1/vendor-bills/:id/reject',
    { config: bill, schema: { tags, params: billParams, body: requiredNoteBody, response: { 200: billSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => rejectVendorBill(ctx, request.params.id, request.body.note)),
  );

  app.post('/api/v1/landed-costs', { config: bill, schema: { tags, body: landedCostBody, response: { 201: landedCostSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => postLandedCost(ctx, request.body)),
  );
  app.get('/api/v1/landed-costs', { config: read, schema: { tags, querystring: landedCostsQuery, response: { 200: page(landedCostSchema) } } }, (request) =>
    listLandedCosts(db, request.query),
  );
  app.get('/api/v1/landed-costs/:id', { config: read, schema: { tags, params: landedCostParams, response: { 200: landedCostSchema } } }, (request) =>
    getLandedCost(db, request.params.id),
  );
}
