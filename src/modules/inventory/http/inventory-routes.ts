// HTTP routes of inventory: stock levels, adjustments, cycle counts and inventory accuracy.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { postAdjustment } from '../commands/post-adjustment.ts';
import { postCount } from '../commands/post-count.ts';
import { stockAvailability } from '../queries/availability.ts';
import { inventoryAccuracy, listCounts } from '../queries/counts.ts';
import { listStockLevels } from '../queries/list-stock-levels.ts';
import { countFor } from './cost-visibility.ts';
import { accuracyQuery, accuracySchema, adjustmentBody, availabilityQuery, availabilitySchema, adjustmentSchema, countBody, countSchema, countsQuery, levelSchema, levelsQuery } from './schemas.ts';

const toDate = (value: string | undefined) => (value ? new Date(value) : undefined);
/** A date-only `to` includes the whole of that day (UTC), not just its first instant. */
const toEndDate = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999Z`) : toDate(value));

export function registerInventoryRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['inventory'];

  app.post(
    '/api/v1/inventory/adjustments',
    // Finance posts opening stock (reason `opening`) without the right to adjust stock otherwise.
    { config: { action: 'inventory.adjust', orAction: 'inventory.opening' }, schema: { tags, body: adjustmentBody, response: { 201: adjustmentSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 201, (ctx) => postAdjustment(ctx, request.body)),
  );

  app.get(
    '/api/v1/inventory/levels',
    { config: { action: 'inventory.read' }, schema: { tags, querystring: levelsQuery, response: { 200: page(levelSchema) } } },
    (request) => listStockLevels(db, request.actor, request.query),
  );

  // Every store and warehouse, whatever the caller's location scope: staff tell customers where an item is.
  app.get(
    '/api/v1/inventory/availability',
    { config: { action: 'inventory.availability' }, schema: { tags, querystring: availabilityQuery, response: { 200: availabilitySchema } } },
    (request) => stockAvailability(db, request.query),
  );

  app.post(
    '/api/v1/inventory/counts',
    { config: { action: 'inventory.count' }, schema: { tags, body: countBody, response: { 201: countSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 201, (ctx) => postCount(ctx, request.body)),
  );

  app.get(
    '/api/v1/inventory/counts',
    { config: { action: 'inventory.read' }, schema: { tags, querystring: countsQuery, response: { 200: page(countSchema) } } },
    async (request) => {
      const counts = await listCounts(db, request.actor, { ...request.query, from: toDate(request.query.from), to: toEndDate(request.query.to) });
      return { ...counts, items: counts.items.map((count) => countFor(request, count)) };
    },
  );

  app.get(
    '/api/v1/inventory/accuracy',
    { config: { action: 'inventory.read' }, schema: { tags, querystring: accuracyQuery, response: { 200: accuracySchema } } },
    (request) => inventoryAccuracy(db, request.actor, { ...request.query, from: toDate(request.query.from), to: toEndDate(request.query.to) }),
  );
}
