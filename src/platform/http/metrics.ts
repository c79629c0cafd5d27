// Prometheus metrics: request counts and latency by route, database pool, background jobs.
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/database.ts';

export interface MetricsSources {
  database: Database;
  queuedJobs(): Promise<number>;
}

export function installMetrics(app: FastifyInstance, sources: MetricsSources): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'emporium_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'emporium_http_request_duration_seconds',
    help: 'HTTP request latency by method and route',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  for (const [name, pick] of [
    ['total', 'total'],
    ['idle', 'idle'],
    ['waiting', 'waiting'],
  ] as const) {
    new Gauge({
      name: `emporium_db_pool_${name}_connections`,
      help: `Database pool connections: ${name}`,
      registers: [registry],
      collect() {
        this.set(sources.database.poolStats()[pick]);
      },
    });
  }
  new Gauge({
    name: 'emporium_jobs_queued',
    help: 'Background jobs waiting to run',
    registers: [registry],
    async collect() {
      this.set(await sources.queuedJobs());
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: reply.statusCode });
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  return registry;
}
