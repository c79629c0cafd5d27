// Starts Emporium: environment → database → migrations → demo seed → HTTP server and background worker,
// and shuts all of it down gracefully on SIGTERM or SIGINT.
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { systemClock } from './kernel/clock.ts';
import { type Database, openDatabase } from './platform/db/database.ts';
import { migrate } from './platform/db/migrate.ts';
import { listenForMetrics } from './platform/http/metrics-listener.ts';
import { createLogger } from './platform/logging.ts';
import type { DemoSummary } from './seed/demo-retailer.ts';
import { loadDemoWithProgress } from './seed/load-demo.ts';

export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ engine: 'postgres', url: config.databaseUrl })
    : openDatabase({ engine: 'pglite', dataDir: config.dataDir });
}

export async function startEmporium(config: Config): Promise<void> {
  const logger = createLogger({ level: config.logLevel, tty: process.stdout.isTTY === true });
  const database = await openConfiguredDatabase(config);
  const applied = await migrate(database);
  if (applied.length > 0) logger.info({ migrations: applied.length }, 'migrations applied');

  const app = await buildApp({ database, adminToken: config.adminToken, logger, clock: systemClock, mail: config.mail });
  let seeded: DemoSummary | undefined;
  if (config.seed === 'demo') seeded = await loadDemoWithProgress(app.uow, logger);

  await app.http.listen({ port: config.port, host: config.host });
  const metricsListener = config.metrics ? await listenForMetrics(app.metrics, config.metrics.host, config.metrics.port) : undefined;
  app.worker.start();
  const url = `http://${config.host}:${config.port}`;
  const where = database.engine === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  console.log(`\nEmporium is running at ${url} (${where}).`);
  console.log(`API: ${url}/api/v1  ·  OpenAPI: ${url}/api/v1/openapi.json  ·  health: ${url}/api/v1/health`);
  if (config.metrics) console.log(`Metrics (no token): http://${config.metrics.host}:${config.metrics.port}/metrics`);
  if (seeded?.logins.length) {
    console.log(`\nDemo logins (password "${seeded.password}"; POST ${url}/api/v1/auth/tokens):`);
    for (const login of seeded.logins) console.log(`  ${login.role.padEnd(19)} ${login.email}${login.locations ? `  (${login.locations})` : ''}`);
  }
  if (config.adminToken) console.log('\nEMPORIUM_ADMIN_TOKEN is set: it is a bearer token of the built-in admin.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.http.close();
    await new Promise((resolve) => (metricsListener ? metricsListener.close(resolve) : resolve(undefined)));
    await app.worker.stop();
    app.mailer?.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
