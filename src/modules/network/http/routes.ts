// HTTP routes of the network: locations and the company record.
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import { createLocation } from '../commands/create-location.ts';
import { updateCompany } from '../commands/update-company.ts';
import { getLocation } from '../queries/find-locations.ts';
import { getCompany } from '../queries/get-company.ts';
import { listLocations } from '../queries/list-locations.ts';
import { companySchema, createLocationBody, listLocationsQuery, locationParams, locationSchema, updateCompanyBody } from './schemas.ts';

export function registerNetworkRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['network'];

  app.post(
    '/api/v1/locations',
    { config: { action: 'locations.create' }, schema: { tags, body: createLocationBody, response: { 201: locationSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 201, (ctx) => createLocation(ctx, request.body)),
  );

  app.get(
    '/api/v1/locations',
    { config: { action: 'locations.read' }, schema: { tags, querystring: listLocationsQuery, response: { 200: page(locationSchema) } } },
    (request) => listLocations(db, request.query),
  );

  app.get(
    '/api/v1/locations/:code',
    { config: { action: 'locations.read' }, schema: { tags, params: locationParams, response: { 200: locationSchema } } },
    (request) => getLocation(db, request.params.code),
  );

  app.get('/api/v1/company', { config: { action: 'company.read' }, schema: { tags, response: { 200: companySchema } } }, () => getCompany(db));

  app.post(
    '/api/v1/company',
    { config: { action: 'company.update' }, schema: { tags, body: updateCompanyBody, response: { 200: companySchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => updateCompany(ctx, request.body)),
  );
}
