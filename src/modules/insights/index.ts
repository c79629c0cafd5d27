// The insights module's public surface: the KPI catalogue over daily facts written with every document.
export { backfillInsightFacts } from './commands/backfill-facts.ts';
export { insightOperations } from './http/operations.ts';
export { registerInsightRoutes } from './http/routes.ts';
export { KPI_CATALOGUE } from './kpis/catalogue.ts';
export type { Cut, KpiDefinition, KpiUnit } from './kpis/kpi-definition.ts';
export { getKpi, type KpiAnswer } from './queries/get-kpi.ts';
export { subscribeInsights } from './subscribers.ts';
