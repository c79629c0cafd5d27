// HTTP routes of sales tax: jurisdictions, the location each belongs to, the rule table and the rate that
// applies to a product at a location. They keep the /api/v1/accounting/tax/ URLs and finance's accounting
// permissions they had before the tax module left accounting; the tax report stays in accounting.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { getProductBySku } from '../../catalog/index.ts';
import { getLocation } from '../../network/index.ts';
import { assignJurisdiction, createJurisdiction, setTaxRule } from '../commands/change-tax-setup.ts';
import { resolveTaxRates } from '../queries/resolve-tax-rates.ts';
import { getJurisdiction, listJurisdictions } from '../queries/tax-jurisdictions.ts';
import {
  assignLocationBody,
  createJurisdictionBody,
  jurisdictionParams,
  jurisdictionSchema,
  listJurisdictionsQuery,
  taxRateQuery,
  taxRateSchema,
  taxRuleBody,
} from './schemas.ts';

const READ = { action: 'accounting.read' };
const WRITE = { action: 'accounting.write' };

export function registerTaxRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['accounting tax'];

  app.get('/api/v1/accounting/tax/jurisdictions', { config: READ, schema: { tags, querystring: listJurisdictionsQuery, response: { 200: page(jurisdictionSchema) } } }, (request) =>
    listJurisdictions(db, request.query),
  );

  app.get('/api/v1/accounting/tax/jurisdictions/:code', { config: READ, schema: { tags, params: jurisdictionParams, response: { 200: jurisdictionSchema } } }, (request) =>
    getJurisdiction(db, request.params.code),
  );

  app.post('/api/v1/accounting/tax/jurisdictions', { config: WRITE, schema: { tags, body: createJurisdictionBody, response: { 201: jurisdictionSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => createJurisdiction(ctx, request.body)),
  );

  app.post(
    '/api/v1/accounting/tax/jurisdictions/:code/locations',
    { config: WRITE, schema: { tags, params: jurisdictionParams, body: assignLocationBody, response: { 200: jurisdictionSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => assignJurisdiction(ctx, request.params.code, request.body.location)),
  );

  app.post('/api/v1/accounting/tax/rules', { config: WRITE, schema: { tags, body: taxRuleBody, response: { 200: jurisdictionSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 200, (ctx) => setTaxRule(ctx, request.body)),
  );

  app.get('/api/v1/accounting/tax/rate', { config: READ, schema: { tags, querystring: taxRateQuery, response: { 200: taxRateSchema } } }, async (request) => {
    const location = await getLocation(db, request.query.location);
    const product = await getProductBySku(db, request.query.sku);
    const answer = await resolveTaxRates(db, location.id, [product]);
    return {
      sku: product.sku,
      location: location.code,
      jurisdiction: answer.jurisdiction,
      taxCategory: product.category,
      rate: answer.rates.get(product.id) ?? product.taxRate,
      pricesIncludeTax: answer.pricesIncludeTax,
    };
  });
}
