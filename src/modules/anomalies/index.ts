// The anomalies module's public surface: the daily statistical checks over the fact tables (return rates raised
// as exceptions; shrink, vendor lead-time drift, overstock, slow movers and margin erosion stored as findings),
// their job, and their routes. Nobody imports it but the composition root and the demo.
export { ANOMALY_CHECKS_QUEUE, registerAnomalyChecksJob, scheduleDailyAnomalyChecks } from './commands/daily-anomaly-checks.ts';
export { type AnomalyRun, runAnomalyChecks } from './commands/run-anomaly-checks.ts';
export { ANOMALY_CHECKS, ANOMALY_KINDS, type AnomalyKind } from './domain/anomaly-kind.ts';
export { anomalyOperations } from './http/operations.ts';
export { registerAnomalyRoutes } from './http/routes.ts';
