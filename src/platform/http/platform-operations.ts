// OpenAPI documentation of the platform's own API routes: health and the audit trail.
import type { OperationDocs } from './openapi-operations.ts';

export const platformOperations: OperationDocs = {
  'GET /api/v1/health': {
    operationId: 'getHealth',
    summary: 'Check that the service and its database answer',
    description: 'Public. Answers 200 with the database engine and the version when a query succeeds, 503 `database_unavailable` when the database does not answer.',
    problems: { 503: ['database_unavailable'] },
  },
  'GET /api/v1/audit': {
    operationId: 'listAuditEntries',
    summary: 'List the audit trail',
    description:
      'Every change (and every refused request, action `access.refused`) with the actor and the record before and after, newest first. Filter by `entity`, `entityId`, `actor` (id or email), `action`, and `from`/`to` (a date alone as `to` includes that whole day).',
  },
};
