// The exceptions module's public surface: the daily exception queue (raised by writes through events and by the
// scheduled checks), its routes, subscribers and job. Nobody upstream imports it; the digest reads the day's
// exceptions, notifications its events and exceptionNotice, the anomaly checks raise and resolve return anomalies.
export { DAILY_CHECKS_QUEUE, registerExceptionChecksJob, scheduleDailyExceptionChecks } from './commands/daily-checks.ts';
export { raiseExceptions, type ExceptionToRaise } from './commands/raise-exceptions.ts';
export { resolveExceptionsGone } from './commands/resolve-gone.ts';
export { runExceptionChecks, type CheckRun } from './commands/run-checks.ts';
export { EXCEPTION_KINDS, type ExceptionKind, ownerRole } from './domain/exception-kind.ts';
export { AssigneeNotEligible } from './errors.ts';
export type * from './events.ts';
export { registerExceptionRoutes } from './http/routes.ts';
export { type ExceptionView } from './queries/exception-view.ts';
export { exceptionsOfDay } from './queries/exceptions-of-day.ts';
export { exceptionNotice, type ExceptionNotice } from './queries/exception-notice.ts';
export { listExceptions } from './queries/list-exceptions.ts';
export { subscribeExceptions } from './subscribers.ts';
