// Configuration from the environment: every variable the API contract names, with its default.
import { resolve } from 'node:path';

/** The sender of alert e-mail when EMAIL_FROM is unset. */
export const DEFAULT_EMAIL_FROM = 'Emporium <emporium@localhost>';

/** Where e-mailed links point when neither APP_URL nor the server's address is known (an app built without config). */
export const DEFAULT_APP_URL = 'http://127.0.0.1:3000';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  seed: 'demo' | 'none';
  adminToken: string | undefined;
  logLevel: string;
  /** A separate listener serving GET /metrics without a token; undefined: none (the public port asks for one). */
  metrics: { host: string; port: number } | undefined;
  /**
   * Alert and digest e-mail through SMTP_URL (smtp:// or smtps://), from EMAIL_FROM, linking to the back office at
   * APP_URL (default: this server's address); undefined: in-app notifications only.
   */
  mail: { smtpUrl: string; from: string; appUrl: string } | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL && /^postgres(ql)?:\/\//.test(env.DATABASE_URL) ? env.DATABASE_URL : undefined;
  if (env.DATABASE_URL && !databaseUrl) throw new Error(`DATABASE_URL must be a postgres:// URL, got ${env.DATABASE_URL}`);
  const seed = env.EMPORIUM_SEED ?? (databaseUrl ? 'none' : 'demo');
  if (seed !== 'demo' && seed !== 'none') throw new Error(`EMPORIUM_SEED must be demo or none, got ${seed}`);
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const host = env.HOST ?? '127.0.0.1';
  return {
    port,
    host,
    databaseUrl,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    seed,
    adminToken: env.EMPORIUM_ADMIN_TOKEN || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    metrics: readMetricsListener(env),
    mail: readMail(env, `http://${host}:${port}`),
  };
}

function readMail(env: NodeJS.ProcessEnv, serverUrl: string): Config['mail'] {
  if (!env.SMTP_URL) return undefined;
  if (!/^smtps?:\/\//.test(env.SMTP_URL)) throw new Error(`SMTP_URL must be an smtp:// or smtps:// URL, got ${env.SMTP_URL}`);
  if (env.APP_URL && !/^https?:\/\/[^/]/.test(env.APP_URL)) throw new Error(`APP_URL must be an http:// or https:// URL, got ${env.APP_URL}`);
  // Links in e-mail are absolute: the reader opens them from a mail client, not from the back office.
  const appUrl = (env.APP_URL || serverUrl).replace(/\/+$/, '');
  return { smtpUrl: env.SMTP_URL, from: env.EMAIL_FROM || DEFAULT_EMAIL_FROM, appUrl };
}

function readMetricsListener(env: NodeJS.ProcessEnv): Config['metrics'] {
  if (!env.METRICS_PORT) {
    if (env.METRICS_HOST) throw new Error('METRICS_HOST needs METRICS_PORT: the metrics listener opens only on a port of its own');
    return undefined;
  }
  const port = Number(env.METRICS_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`METRICS_PORT must be a port number, got ${env.METRICS_PORT}`);
  return { host: env.METRICS_HOST ?? '127.0.0.1', port };
}
