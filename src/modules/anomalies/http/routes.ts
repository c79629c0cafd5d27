// HTTP routes of the anomaly lists (scoped to the caller's locations) and the checks run on demand.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { runAnomalyChecks } from '../commands/run-anomaly-checks.ts';
import { getFinding, listFindings } from '../queries/list-findings.ts';
import { anomalyRunSchema, checksBody, findingParams, findingSchema, findingsQuery } from './schemas.ts';

export function registerAnomalyRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['anomalies'];
  const read = { config: { action: 'anomalies.read' } };

  app.get('/api/v1/anomalies', { ...read, schema: { tags, querystring: findingsQuery, response: { 200: page(findingSchema) } } }, (request) =>
    listFindings(db, request.actor, request.query),
  );

  app.get('/api/v1/anomalies/:id', { ...read, schema: { tags, params: findingParams, response: { 200: findingSchema } } }, (request) =>
    getFinding(db, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/anomalies/checks',
    { config: { action: 'anomalies.check' }, schema: { tags, body: checksBody, response: { 200: anomalyRunSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => runAnomalyChecks(ctx, request.body.checks)),
  );
}
