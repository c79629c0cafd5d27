// OpenAPI documentation of the KPI routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const insightOperations: OperationDocs = {
  'GET /api/v1/kpis': {
    operationId: 'listKpis',
    summary: 'The KPI catalogue',
    description: 'Every KPI of the catalogue with its title, unit, the cuts it supports and whether it is computed yet (`available`).',
  },
  'GET /api/v1/kpis/:name': {
    operationId: 'getKpi',
    summary: 'One KPI for a period',
    description:
      'The KPI over `from`–`to` (inclusive ISO dates; default the 30 days ending today; at most three years), cut `by` one of its cuts into rows keyed by the natural key (location code, channel, family, ISO date), with the `total` over everything the caller may see. Values are null where the denominator is zero. JSON, or with `format=csv` a CSV export of the same rows.',
    problems: { 400: ['validation_failed'], 404: ['not_found'] },
  },
};
