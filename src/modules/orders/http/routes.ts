// HTTP routes of orders from every channel: quote, place, fulfil, cancel, read with the timeline, list.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { cancelOrder } from '../commands/cancel-order.ts';
import { fulfillOrder } from '../commands/fulfill-order.ts';
import { placeOrder } from '../commands/place-order.ts';
import { quoteOrder } from '../commands/quote-order.ts';
import { getOrder } from '../queries/get-order.ts';
import { listOrders } from '../queries/list-orders.ts';
import { cancelBody, listOrdersQuery, orderParams, orderSchema, placeOrderBody, quoteSchema } from './schemas.ts';

export function registerOrderRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['orders'];

  app.post('/api/v1/orders', { config: { action: 'orders.create' }, schema: { tags, body: placeOrderBody, response: { 201: orderSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => placeOrder(ctx, request.body)),
  );

  // A quote writes nothing, so it is neither idempotent-keyed nor audited: it is answered and forgotten.
  app.post('/api/v1/orders/quote', { config: { action: 'orders.create' }, schema: { tags, body: placeOrderBody, response: { 200: quoteSchema } } }, (request) =>
    uow.withTransaction(request.actor, (ctx) => quoteOrder(ctx, request.body)),
  );

  app.post(
    '/api/v1/orders/:id/fulfill',
    { config: { action: 'orders.fulfill' }, schema: { tags, params: orderParams, response: { 200: orderSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => fulfillOrder(ctx, request.params.id)),
  );

  app.post(
    '/api/v1/orders/:id/cancel',
    { config: { action: 'orders.cancel' }, schema: { tags, params: orderParams, body: cancelBody, response: { 200: orderSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => cancelOrder(ctx, request.params.id, request.body?.reason)),
  );

  app.get('/api/v1/orders/:id', { config: { action: 'orders.read' }, schema: { tags, params: orderParams, response: { 200: orderSchema } } }, (request) =>
    getOrder(db, request.actor, request.params.id),
  );

  app.get('/api/v1/orders', { config: { action: 'orders.read' }, schema: { tags, querystring: listOrdersQuery, response: { 200: page(orderSchema) } } }, (request) =>
    listOrders(db, request.actor, request.query),
  );
}
