// HTTP routes of the KPI catalogue: the list, and one KPI for a period and cut (JSON or ?format=csv).
import type { HttpServer } from '../../../platform/http/http-server.ts';
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import { kpiPeriod } from '../domain/kpi-period.ts';
import { KPI_CATALOGUE } from '../kpis/catalogue.ts';
import { getKpi } from '../queries/get-kpi.ts';
import { kpiCsv, sendCsv } from './csv.ts';
import { kpiAnswerSchema, kpiCatalogueSchema, kpiParams, kpiQuery } from './schemas.ts';

/** Sales and margin figures: the same readers as the sales reports (store managers for their own stores). */
const READ = { action: 'reports.sales' };

export function registerInsightRoutes(app: HttpServer, uow: UnitOfWork, now: () => Date): void {
  const db = uow.database.kysely;
  const tags = ['kpis'];

  app.get('/api/v1/kpis', { config: READ, schema: { tags, response: { 200: kpiCatalogueSchema } } }, async () => ({
    items: KPI_CATALOGUE.map(({ name, title, unit, cuts, available, description }) => ({ name, title, unit, cuts: [...cuts], available, description })),
  }));

  app.get('/api/v1/kpis/:name', { config: READ, schema: { tags, params: kpiParams, querystring: kpiQuery, response: { 200: kpiAnswerSchema } } }, async (request, reply) => {
    const period = kpiPeriod(request.query.from, request.query.to, now());
    const answer = await getKpi(db, request.actor, request.params.name, period, request.query.by);
    if (request.query.format !== 'csv') return answer;
    return sendCsv(reply, `${answer.name}-${answer.from}-${answer.to}`, kpiCsv(answer));
  });
}
