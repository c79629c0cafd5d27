// GET /api/v1/health (public) and GET /metrics (Prometheus text, to a token allowed metrics.read; a scraper
// without one reads the separate METRICS_PORT listener instead).
import { sql } from 'kysely';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import type { HttpServer } from './http-server.ts';
import { problem } from './problem.ts';
import { problemSchema } from './schemas.ts';

const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string() });

export function registerHealthRoutes(app: HttpServer, database: Database, version: string, metrics: Registry): void {
  app.get('/api/v1/health', { schema: { tags: ['health'], security: [], response: { 200: healthSchema, 503: problemSchema } } }, async (request, reply) => {
    try {
      await sql`SELECT 1`.execute(database.kysely);
    } catch (error) {
      request.log.error({ err: error }, 'health check failed');
      return reply.code(503).type('application/problem+json').send(problem(503, 'database_unavailable', 'The database does not answer'));
    }
    return { status: 'ok' as const, database: database.engine, version };
  });

  app.get('/metrics', { config: { action: 'metrics.read' }, schema: { hide: true } }, async (_request, reply) =>
    reply.type(metrics.contentType).send(await metrics.metrics()),
  );
}
