// The composition root: the only file that knows every module. It wires the database, the unit of
// work, the event bus and its subscribers, the job worker and every module's routes into one app.
import { fileURLToPath } from 'node:url';
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type { Registry } from 'prom-client';
import { DEFAULT_APP_URL, DEFAULT_EMAIL_FROM } from './config.ts';
import type { Clock } from './kernel/clock.ts';
import { systemClock } from './kernel/clock.ts';
import { anomalyOperations, registerAnomalyChecksJob, registerAnomalyRoutes, scheduleDailyAnomalyChecks } from './modules/anomalies/index.ts';
import { accountingOperations } from './modules/accounting/http/operations.ts';
import { registerAccountingRoutes, subscribeAccounting } from './modules/accounting/index.ts';
import { catalogOperations } from './modules/catalog/http/operations.ts';
import { registerCatalogRoutes } from './modules/catalog/index.ts';
import { digestOperations, registerDigestEmailJobs, registerDigestRoutes, scheduleDailyDigestEmail } from './modules/digest/index.ts';
import { exceptionOperations } from './modules/exceptions/http/operations.ts';
import { registerExceptionChecksJob, registerExceptionRoutes, scheduleDailyExceptionChecks, subscribeExceptions } from './modules/exceptions/index.ts';
import { identityOperations } from './modules/identity/http/operations.ts';
import { actorAllows, authenticateToken, isKnownAction, refusalMessage, registerIdentityRoutes } from './modules/identity/index.ts';
import { inventoryOperations } from './modules/inventory/http/operations.ts';
import { insightOperations, registerInsightRoutes, subscribeInsights } from './modules/insights/index.ts';
import { registerInventoryRoutes, registerTransferRoutes } from './modules/inventory/index.ts';
import { networkOperations } from './modules/network/http/operations.ts';
import { registerNetworkRoutes } from './modules/network/index.ts';
import { notificationOperations, registerNotificationEmailJob, registerNotificationRoutes, subscribeNotifications } from './modules/notifications/index.ts';
import { orderOperations } from './modules/orders/http/operations.ts';
import { registerOrderRoutes, subscribeOrders } from './modules/orders/index.ts';
import { purchasingOperations } from './modules/purchasing/http/operations.ts';
import { registerPurchasingRoutes, registerReplenishmentJob, scheduleNightlyReplenishment, subscribePurchasing } from './modules/purchasing/index.ts';
import { returnOperations } from './modules/returns/http/operations.ts';
import { registerReturnRoutes } from './modules/returns/index.ts';
import { taxOperations } from './modules/tax/http/operations.ts';
import { registerTaxRoutes } from './modules/tax/index.ts';
import { registerAuditRoutes } from './platform/audit/audit-routes.ts';
import { refusalRecorder } from './platform/audit/record-refusal.ts';
import type { Database } from './platform/db/database.ts';
import { UnitOfWork } from './platform/db/unit-of-work.ts';
import { EventBus } from './platform/events/event-bus.ts';
import { installAuthentication } from './platform/http/authentication.ts';
import { registerHealthRoutes } from './platform/http/health-routes.ts';
import { createHttpServer, type HttpServer } from './platform/http/http-server.ts';
import { installMetrics } from './platform/http/metrics.ts';
import { installOperationDocs } from './platform/http/openapi-operations.ts';
import { platformOperations } from './platform/http/platform-operations.ts';
import { serveWebApp } from './platform/http/web-app.ts';
import { JobWorker } from './platform/jobs/job-worker.ts';
import { type Mailer, smtpMailer } from './platform/mail/mailer.ts';
import { VERSION } from './version.ts';

export interface AppOptions {
  database: Database;
  adminToken?: string | undefined;
  logger?: FastifyBaseLogger | boolean;
  clock?: Clock;
  /** The built back office to serve at `/`; default web/dist of this checkout (served only if it was built). */
  webAppDir?: string;
  /** Alert and digest e-mail: SMTP_URL, EMAIL_FROM and APP_URL (for links); unset, notifications are in-app only. */
  mail?: { smtpUrl: string; from?: string | undefined; appUrl?: string | undefined } | undefined;
}

export interface App {
  http: HttpServer;
  uow: UnitOfWork;
  bus: EventBus;
  worker: JobWorker;
  database: Database;
  /** The Prometheus registry, for a separate metrics listener (METRICS_PORT). */
  metrics: Registry;
  /** The outgoing mail transport (only when `mail` was given); closed by close-down. */
  mailer: Mailer | undefined;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const { database } = options;
  const clock = options.clock ?? systemClock;
  const bus = new EventBus();
  const uow = new UnitOfWork(database, bus, clock);
  const worker = new JobWorker(uow);

  const http = await createHttpServer({ logger: options.logger ?? false, version: VERSION });
  installOperationDocs(http, {
    ...platformOperations,
    ...identityOperations,
    ...networkOperations,
    ...catalogOperations,
    ...inventoryOperations,
    ...orderOperations,
    ...returnOperations,
    ...purchasingOperations,
    ...accountingOperations,
    ...taxOperations,
    ...exceptionOperations,
    ...insightOperations,
    ...digestOperations,
    ...notificationOperations,
    ...anomalyOperations,
  });
  installAuthentication(http, {
    authenticate: (token) => authenticateToken(database.kysely, token, options.adminToken, clock.now()),
    allows: actorAllows,
    refusal: (actor, action) => refusalMessage(actor.role, action),
    knows: isKnownAction,
    recordRefusal: refusalRecorder(database.kysely, clock),
  });
  const metrics = installMetrics(http, {
    database,
    queuedJobs: async () => {
      const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM job WHERE status = 'queued'`.execute(database.kysely);
      return result.rows[0]?.n ?? 0;
    },
  });

  registerHealthRoutes(http, database, VERSION, metrics);
  registerAuditRoutes(http, database);
  registerIdentityRoutes(http, uow, () => clock.now());
  registerNetworkRoutes(http, uow);
  registerCatalogRoutes(http, uow);
  registerInventoryRoutes(http, uow);
  registerTransferRoutes(http, uow);
  registerOrderRoutes(http, uow);
  registerReturnRoutes(http, uow);
  registerPurchasingRoutes(http, uow, () => clock.now());
  registerAccountingRoutes(http, uow);
  registerTaxRoutes(http, uow);
  registerExceptionRoutes(http, uow);
  registerInsightRoutes(http, uow, () => clock.now());
  registerDigestRoutes(http, uow, () => clock.now());
  registerNotificationRoutes(http, uow);
  registerAnomalyRoutes(http, uow);
  await serveWebApp(http, options.webAppDir ?? fileURLToPath(new URL('../web/dist', import.meta.url)));

  subscribeOrders(bus);
  subscribePurchasing(bus);
  registerReplenishmentJob(worker);
  await scheduleNightlyReplenishment(uow);
  subscribeAccounting(bus);
  // After accounting: exceptions read what the emitting write (and its postings) left.
  subscribeExceptions(bus);
  // After exceptions: tells users about the exceptions raised or assigned, in the same transaction.
  const mailer = options.mail ? smtpMailer(options.mail.smtpUrl, options.mail.from ?? DEFAULT_EMAIL_FROM) : undefined;
  subscribeNotifications(bus, { email: mailer !== undefined });
  const appUrl = options.mail?.appUrl ?? DEFAULT_APP_URL;
  if (mailer) registerNotificationEmailJob(worker, mailer, appUrl);
  registerExceptionChecksJob(worker);
  await scheduleDailyExceptionChecks(uow);
  // After the exception checks (05:00 against 04:00): return anomalies join the same queue.
  registerAnomalyChecksJob(worker);
  await scheduleDailyAnomalyChecks(uow);
  if (mailer) {
    registerDigestEmailJobs(worker, mailer, appUrl);
    await scheduleDailyDigestEmail(uow);
  }
  subscribeInsights(bus);

  return { http, uow, bus, worker, database, metrics, mailer };
}
