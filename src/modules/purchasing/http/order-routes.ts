// HTTP routes of the replenishment run and its proposals, approval policies and the inbox, and purchase orders.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { listQuery, page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { cancelPurchaseOrder } from '../commands/cancel-purchase-order.ts';
import { changeProposalQuantity } from '../commands/change-proposal-quantity.ts';
import { closePurchaseOrder } from '../commands/close-purchase-order.ts';
import { createApprovalPolicy } from '../commands/create-approval-policy.ts';
import { createPurchaseOrder } from '../commands/create-purchase-order.ts';
import { approvePurchaseOrder, rejectPurchaseOrder } from '../commands/decide-approval.ts';
import { dismissProposals, orderProposals } from '../commands/order-proposals.ts';
import { runReplenishment } from '../commands/run-replenishment.ts';
import { sendPurchaseOrder } from '../commands/send-purchase-order.ts';
import { submitPurchaseOrder } from '../commands/submit-purchase-order.ts';
import { approvalInbox } from '../queries/approval-inbox.ts';
import { listApprovalPolicies } from '../queries/list-approval-policies.ts';
import { listProposals, listRuns } from '../queries/list-proposals.ts';
import { getPurchaseOrder, listPurchaseOrders } from '../queries/list-purchase-orders.ts';
import {
  approvalPolicyBody,
  approvalPolicySchema,
  changeProposalBody,
  createPurchaseOrderBody,
  dismissProposalsBody,
  inboxItemSchema,
  noteBody,
  orderProposalsBody,
  orderProposalsSchema,
  proposalParams,
  proposalSchema,
  proposalsQuery,
  purchaseOrderParams,
  purchaseOrderSchema,
  purchaseOrdersQuery,
  reasonBody,
  requiredNoteBody,
  runBody,
  runSchema,
} from './order-schemas.ts';

export function registerOrderRoutes(app: HttpServer, uow: UnitOfWork, now: () => Date): void {
  const db = uow.database.kysely;
  const tags = ['purchasing'];
  const read = { action: 'purchasing.read' };
  const write = { action: 'purchasing.write' };
  const approve = { action: 'purchasing.approve' };

  app.post('/api/v1/replenishment/runs', { config: write, schema: { tags, body: runBody, response: { 201: runSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => runReplenishment(ctx, request.body.note)),
  );
  app.get('/api/v1/replenishment/runs', { config: read, schema: { tags, querystring: listQuery, response: { 200: page(runSchema) } } }, (request) =>
    listRuns(db, request.query),
  );
  app.get(
    '/api/v1/replenishment/proposals',
    { config: read, schema: { tags, querystring: proposalsQuery, response: { 200: page(proposalSchema) } } },
    (request) => listProposals(db, request.actor.locationIds, request.query),
  );
  app.post(
    '/api/v1/replenishment/proposals/order',
    { config: write, schema: { tags, body: orderProposalsBody, response: { 201: orderProposalsSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 201, (ctx) => orderProposals(ctx, request.body.proposals)),
  );
  app.post(
    '/api/v1/replenishment/proposals/:id',
    { config: write, schema: { tags, params: proposalParams, body: changeProposalBody, response: { 200: proposalSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => changeProposalQuantity(ctx, request.params.id, request.body.quantity)),
  );
  app.post(
    '/api/v1/replenishment/proposals/dismiss',
    { config: write, schema: { tags, body: dismissProposalsBody } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => dismissProposals(ctx, request.body.proposals, request.body.reason)),
  );

  app.post(
    '/api/v1/purchasing/approval-policies',
    { config: { action: 'purchasing.configure' }, schema: { tags, body: approvalPolicyBody, response: { 201: approvalPolicySchema } } },
    (request, reply) => writeCommand(uow, request, reply, 201, (ctx) => createApprovalPolicy(ctx, request.body)),
  );
  app.get(
    '/api/v1/purchasing/approval-policies',
    { config: read, schema: { tags, querystring: listQuery, response: { 200: page(approvalPolicySchema) } } },
    (request) => listApprovalPolicies(db, request.query),
  );
  app.get(
    '/api/v1/purchasing/approvals/inbox',
    { config: approve, schema: { tags, querystring: listQuery, response: { 200: page(inboxItemSchema) } } },
    (request) => approvalInbox(db, request.actor, now(), request.query),
  );

  app.post('/api/v1/purchase-orders', { config: write, schema: { tags, body: createPurchaseOrderBody, response: { 201: purchaseOrderSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => createPurchaseOrder(ctx, request.body)),
  );
  app.get(
    '/api/v1/purchase-orders',
    { config: read, schema: { tags, querystring: purchaseOrdersQuery, response: { 200: page(purchaseOrderSchema) } } },
    (request) => listPurchaseOrders(db, request.actor, request.query),
  );
  app.get('/api/v1/purchase-orders/:id', { config: read, schema: { tags, params: purchaseOrderParams, response: { 200: purchaseOrderSchema } } }, (request) =>
    getPurchaseOrder(db, request.actor, request.params.id),
  );
  const simple = { submit: submitPurchaseOrder, send: sendPurchaseOrder } as const;
  for (const [verb, command] of Object.entries(simple)) {
    app.post(`/api/v1/purchase-orders/:id/${verb}`, { config: write, schema: { tags, params: purchaseOrderParams, response: { 200: purchaseOrderSchema } } }, (request, reply) =>
      writeCommand(uow, request, reply, 200, (ctx) => command(ctx, request.params.id)),
    );
  }
  const withReason = { cancel: cancelPurchaseOrder, close: closePurchaseOrder } as const;
  for (const [verb, command] of Object.entries(withReason)) {
    app.post(
      `/api/v1/purchase-orders/:id/${verb}`,
      { config: write, schema: { tags, params: purchaseOrderParams, body: reasonBody, response: { 200: purchaseOrderSchema } } },
      (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => command(ctx, request.params.id, request.body?.reason)),
    );
  }
  app.post(
    '/api/v1/purchase-orders/:id/approve',
    { config: approve, schema: { tags, params: purchaseOrderParams, body: noteBody, response: { 200: purchaseOrderSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => approvePurchaseOrder(ctx, request.params.id, request.body?.note)),
  );
  app.post(
    '/api/v1/purchase-orders/:id/reject',
    { config: approve, schema: { tags, params: purchaseOrderParams, body: requiredNoteBody, response: { 200: purchaseOrderSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => rejectPurchaseOrder(ctx, request.params.id, request.body.note)),
  );
}
