// HTTP routes of vendors and their supplier info, reorder rules and templates, and the purchasing settings.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { createVendor } from '../commands/create-vendor.ts';
import { setSupplierProduct } from '../commands/set-supplier-product.ts';
import { updatePurchasingSettings } from '../commands/update-settings.ts';
import { updateVendor } from '../commands/update-vendor.ts';
import { upsertReorderRule } from '../commands/upsert-reorder-rule.ts';
import { upsertReorderRuleTemplate } from '../commands/upsert-reorder-rule-template.ts';
import { getPurchasingSettings } from '../queries/get-settings.ts';
import { listSupplierProducts, listVendors } from '../queries/list-vendors.ts';
import { listReorderRules, listReorderRuleTemplates } from '../queries/reorder-rule-view.ts';
import { getVendor } from '../queries/vendor-row.ts';
import {
  createVendorBody,
  reorderRuleBody,
  reorderRuleSchema,
  reorderRulesQuery,
  ruleTemplateBody,
  ruleTemplateSchema,
  ruleTemplatesQuery,
  settingsBody,
  settingsSchema,
  supplierProductBody,
  supplierProductSchema,
  supplierProductsQuery,
  updateVendorBody,
  vendorParams,
  vendorSchema,
  vendorsQuery,
} from './vendor-schemas.ts';

export function registerVendorRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['purchasing'];
  const read = { action: 'purchasing.read' };
  const write = { action: 'purchasing.write' };

  app.post('/api/v1/vendors', { config: write, schema: { tags, body: createVendorBody, response: { 201: vendorSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => createVendor(ctx, request.body)),
  );
  app.get('/api/v1/vendors', { config: read, schema: { tags, querystring: vendorsQuery, response: { 200: page(vendorSchema) } } }, (request) =>
    listVendors(db, request.query),
  );
  app.get('/api/v1/vendors/:code', { config: read, schema: { tags, params: vendorParams, response: { 200: vendorSchema } } }, (request) =>
    getVendor(db, request.params.code),
  );
  app.post(
    '/api/v1/vendors/:code',
    { config: write, schema: { tags, params: vendorParams, body: updateVendorBody, response: { 200: vendorSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => updateVendor(ctx, request.params.code, request.body)),
  );
  app.post(
    '/api/v1/vendors/:code/products',
    { config: write, schema: { tags, params: vendorParams, body: supplierProductBody, response: { 200: supplierProductSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => setSupplierProduct(ctx, request.params.code, request.body)),
  );
  app.get(
    '/api/v1/vendors/:code/products',
    { config: read, schema: { tags, params: vendorParams, querystring: supplierProductsQuery, response: { 200: page(supplierProductSchema) } } },
    async (request) => {
      await getVendor(db, request.params.code);
      return listSupplierProducts(db, { ...request.query, vendor: request.params.code });
    },
  );

  app.post('/api/v1/reorder-rules', { config: write, schema: { tags, body: reorderRuleBody, response: { 200: reorderRuleSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 200, (ctx) => upsertReorderRule(ctx, request.body)),
  );
  // Min and max hold no cost: store staff read their own locations' rules to see what runs low.
  app.get(
    '/api/v1/reorder-rules',
    { config: { action: 'inventory.read' }, schema: { tags, querystring: reorderRulesQuery, response: { 200: page(reorderRuleSchema) } } },
    (request) => listReorderRules(db, request.actor.locationIds, request.query),
  );
  app.post(
    '/api/v1/reorder-rule-templates',
    { config: write, schema: { tags, body: ruleTemplateBody, response: { 200: ruleTemplateSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => upsertReorderRuleTemplate(ctx, request.body)),
  );
  app.get(
    '/api/v1/reorder-rule-templates',
    { config: read, schema: { tags, querystring: ruleTemplatesQuery, response: { 200: page(ruleTemplateSchema) } } },
    (request) => listReorderRuleTemplates(db, request.query),
  );

  app.get('/api/v1/purchasing/settings', { config: read, schema: { tags, response: { 200: settingsSchema } } }, () => getPurchasingSettings(db));
  app.post(
    '/api/v1/purchasing/settings',
    { config: { action: 'purchasing.configure' }, schema: { tags, body: settingsBody, response: { 200: settingsSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => updatePurchasingSettings(ctx, request.body)),
  );
}
