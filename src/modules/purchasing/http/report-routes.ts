// HTTP routes of supplier performance and the delayed-receipts list.
import { z } from 'zod';
import { InvalidInput } from '../../../kernel/errors.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { listQuery, naturalKey, page } from '../../../platform/http/schemas.ts';
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import { delayedReceipts } from '../queries/delayed-receipts.ts';
import { supplierPerformance } from '../queries/supplier-performance.ts';

const moment = z.iso.datetime({ offset: true }).or(z.iso.date());
const performanceQuery = z.strictObject({ from: moment.optional(), to: moment.optional(), vendor: naturalKey.optional() });
const days = z.number().nullable();
const basisPoints = z.number().int().nullable();
const performanceSchema = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(
    z.object({
      vendor: z.string(),
      name: z.string(),
      linesDue: z.number(),
      linesOnTimeInFull: z.number(),
      otifBasisPoints: basisPoints.describe('Lines received complete on or before the promised date ÷ lines due in the period, in basis points'),
      unitsOrdered: z.number(),
      unitsReceived: z.number(),
      fillRateBasisPoints: basisPoints.describe('Units received (up to the ordered quantity) ÷ units ordered, in basis points'),
      leadTimeDays: z.object({
        receiptLines: z.number(),
        actualMean: days,
        actualP90: days,
        promisedMean: days,
        varianceMean: days.describe('Actual − promised lead time, in days'),
        varianceP90: days,
      }),
      bills: z.number(),
      priceVariance: z.number(),
      priceVarianceBasisPoints: basisPoints.describe('Price variance ÷ received value of the bills, in basis points (signed)'),
    }),
  ),
});
const delayedQuery = listQuery.extend({ vendor: naturalKey.optional(), location: naturalKey.optional() });
const delayedSchema = z.object({
  purchaseOrder: z.string(),
  vendor: z.string(),
  location: z.string(),
  sku: z.string(),
  ordered: z.number(),
  received: z.number(),
  outstanding: z.number(),
  sentAt: z.string(),
  expectedAt: z.string(),
  daysLate: z.number(),
});

/** A date-only `to` includes the whole of that day (UTC). */
const endOf = (value: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59.999Z` : value);

export function registerReportRoutes(app: HttpServer, uow: UnitOfWork, now: () => Date): void {
  const db = uow.database.kysely;
  const tags = ['purchasing'];
  const read = { action: 'purchasing.read' };

  app.get('/api/v1/supplier-performance', { config: read, schema: { tags, querystring: performanceQuery, response: { 200: performanceSchema } } }, (request) => {
    const to = request.query.to ? endOf(request.query.to) : now();
    const from = request.query.from ? new Date(request.query.from) : new Date(to.getTime() - 90 * 86_400_000);
    if (from.getTime() > to.getTime()) throw new InvalidInput('from must not be after to', [{ path: '/query/from', message: 'after to' }]);
    return supplierPerformance(db, request.actor, { from, to, ...(request.query.vendor !== undefined ? { vendor: request.query.vendor } : {}) });
  });
  app.get('/api/v1/purchasing/delayed-receipts', { config: read, schema: { tags, querystring: delayedQuery, response: { 200: page(delayedSchema) } } }, (request) =>
    delayedReceipts(db, request.actor, now(), request.query),
  );
}
