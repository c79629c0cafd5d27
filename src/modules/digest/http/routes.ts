// HTTP route of the daily digest: JSON, or ?format=text|html.
import type { FastifyReply } from 'fastify';
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { digestHtml, digestText } from '../domain/render-digest.ts';
import { composeDigestFor } from '../queries/compose-digest-for.ts';
import { digestParams, digestQuery, digestSchema } from './schemas.ts';

export function registerDigestRoutes(app: HttpServer, uow: UnitOfWork, now: () => Date): void {
  const db = uow.database.kysely;
  app.get(
    '/api/v1/digests/:date',
    { config: { action: 'digest.read' }, schema: { tags: ['digest'], params: digestParams, querystring: digestQuery, response: { 200: digestSchema } } },
    async (request, reply) => {
      const digest = await composeDigestFor(db, request.actor, request.params.date, now());
      if (request.query.format === 'text') return sendRendered(reply, 'text/plain', digestText(digest));
      if (request.query.format === 'html') return sendRendered(reply, 'text/html', digestHtml(digest));
      return digest;
    },
  );
}

/** A rendering (not the JSON the response schema describes), sent as it is. */
function sendRendered(reply: FastifyReply, type: 'text/plain' | 'text/html', body: string): FastifyReply {
  return reply.type(`${type}; charset=utf-8`).send(body);
}
