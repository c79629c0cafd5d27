// OpenAPI documentation of the anomaly routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const anomalyOperations: OperationDocs = {
  'GET /api/v1/anomalies': {
    operationId: 'listAnomalies',
    summary: 'List anomaly findings',
    description:
      'Findings of the daily anomaly checks (docs/anomalies.md) at the caller’s locations — those of no location (vendors, families) only for unscoped users — filtered by `kind`, `location` and `status` (default `open`), highest score first. Each carries the window, the figures it came from (observed, expected, unit, score against its threshold, value at risk, evidence) and a one-line reason. Return-rate anomalies are in the exception queue (`return_anomaly`).',
  },
  'GET /api/v1/anomalies/:id': {
    operationId: 'getAnomaly',
    summary: 'Get an anomaly finding',
    description: 'One finding; one at a location outside the caller’s (or of no location, for a scoped caller) is 404.',
    problems: { 404: ['not_found'] },
  },
  'POST /api/v1/anomalies/checks': {
    operationId: 'runAnomalyChecks',
    summary: 'Run the anomaly checks now',
    description:
      'Runs the daily anomaly checks at once (administrators) over the 28 days ending yesterday: stores what each finds (refreshing the open finding of the same kind and subject), raises return-rate anomalies as `return_anomaly` exceptions, and resolves what is no longer found. Idempotent; one run at a time.',
  },
};
