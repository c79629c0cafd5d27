// OpenAPI documentation of the digest route (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const digestOperations: OperationDocs = {
  'GET /api/v1/digests/:date': {
    operationId: 'getDigest',
    summary: 'The caller’s daily digest',
    description:
      'The day’s digest for the caller’s role and locations (store managers, buyers, finance and administrators; other roles 403): the exceptions open that day that the caller may see and owns (administrators: all), ranked by value at risk; the three actions that matter most (the largest unresolved ones); KPI moves against the same weekday last week and the same day last year (store manager, finance, admin: net_sales, gross_margin, return_rate; buyer: fill_rate, otif, stockout_rate), `changePercent` null when the base is zero or missing. Every line has `text`, `why` and a `link` to its screen. `format=text` or `format=html` renders the same lines. A malformed date is 400, a day still to come 404.',
    problems: { 400: ['validation_failed'], 404: ['not_found'] },
  },
};
