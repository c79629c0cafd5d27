// OpenAPI documentation of the exception queue routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const exceptionOperations: OperationDocs = {
  'GET /api/v1/exceptions': {
    operationId: 'listExceptions',
    summary: 'List the exception queue',
    description:
      'Exceptions at the caller’s locations (those of no location, e.g. settlements, only for unscoped users), earliest due first, filtered by `status` (`unresolved` = open or acknowledged), `kind`, `location` and `mine=true` (owned by the caller’s role or assigned to the caller). Items carry the contract’s fields plus `valueAtRisk` (minor units) and `owner` (role and location).',
  },
  'GET /api/v1/exceptions/:id': {
    operationId: 'getException',
    summary: 'Get an exception',
    description: 'One exception; one at a location outside the caller’s is 404.',
    problems: { 404: ['not_found'] },
  },
  'POST /api/v1/exceptions/:id/acknowledge': {
    operationId: 'acknowledgeException',
    summary: 'Acknowledge an exception',
    description: 'Someone is on it: open → acknowledged. Audited.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/exceptions/:id/assign': {
    operationId: 'assignException',
    summary: 'Assign an exception to a user',
    description: '`user` is an id or an email. The user must be active, allowed to read exceptions and see the exception’s location (else 422 `assignee_not_eligible`). Audited.',
    problems: { 404: ['not_found'], 409: ['invalid_state'], 422: ['unknown_reference', 'assignee_not_eligible'] },
  },
  'POST /api/v1/exceptions/:id/resolve': {
    operationId: 'resolveException',
    summary: 'Resolve an exception with a note',
    description: 'Closes the exception with a note saying what was done; a resolved one is 409 `invalid_state`. The same cause seen again later raises a new exception. Audited.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'GET /api/v1/exceptions/tolerances/:location': {
    operationId: 'getExceptionTolerance',
    summary: 'A location’s stock discrepancy tolerance',
    description: 'Units and value per line beyond which a count or transfer receipt raises `stock_discrepancy`; `own: false` when the location uses the defaults.',
    problems: { 404: ['not_found'] },
  },
  'PUT /api/v1/exceptions/tolerances/:location': {
    operationId: 'setExceptionTolerance',
    summary: 'Set a location’s stock discrepancy tolerance',
    description: 'Replaces the location’s tolerance (administrators). Audited.',
    problems: { 404: ['not_found'] },
  },
  'POST /api/v1/exceptions/checks': {
    operationId: 'runExceptionChecks',
    summary: 'Run the scheduled exception checks now',
    description:
      'Runs the daily checks (delayed receipts, overdue transfers, overdue approvals, stockout risk) at once (administrators): each raises what it finds (refreshing what is already open) and resolves, with a note, the open exceptions of its kind whose cause has gone. Idempotent.',
  },
};
