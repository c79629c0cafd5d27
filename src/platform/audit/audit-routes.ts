// GET /api/v1/audit: the audit trail, filtered by entity, actor and time, newest first.
import { z } from 'zod';
import { decodeCursor, toPage } from '../http/cursor.ts';
import type { HttpServer } from '../http/http-server.ts';
import { listQuery, page } from '../http/schemas.ts';
import type { Database } from '../db/database.ts';

const auditQuery = listQuery.extend({
  entity: z.string().max(64).optional(),
  entityId: z.string().max(200).optional(),
  actor: z.string().max(254).optional(),
  action: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
});

const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.object({ id: z.string(), email: z.string() }),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  entityNumber: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export function registerAuditRoutes(app: HttpServer, database: Database): void {
  app.get(
    '/api/v1/audit',
    { config: { action: 'audit.read' }, schema: { tags: ['audit'], querystring: auditQuery, response: { 200: page(auditEntrySchema) } } },
    async (request) => {
      const { limit, cursor, entity, entityId, actor, action, from, to } = request.query;
      const before = decodeCursor(cursor)?.[0];
      let query = database.kysely.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit + 1);
      if (entity) query = query.where('entity', '=', entity);
      // A document is found by its id or its number (SO-000123).
      if (entityId) query = query.where((eb) => eb.or([eb('entity_id', '=', entityId), eb('entity_number', '=', entityId)]));
      if (action) query = query.where('action', '=', action);
      // z.guid(), not z.uuid(): the built-in users' ids (…0000, …0001) are not RFC 9562 UUIDs.
      if (actor) query = query.where((eb) => (z.guid().safeParse(actor).success ? eb('actor_id', '=', actor) : eb(eb.fn('lower', ['actor_email']), '=', actor.toLowerCase())));
      if (from) query = query.where('at', '>=', new Date(from));
      // A date alone as `to` includes that whole day.
      if (to) query = to.length === 10 ? query.where('at', '<', new Date(Date.parse(to) + 86_400_000)) : query.where('at', '<=', new Date(to));
      if (typeof before === 'number') query = query.where('id', '<', before);
      const rows = await query.execute();
      return toPage(
        rows,
        limit,
        (row) => ({
          id: row.id,
          at: new Date(row.at).toISOString(),
          actor: { id: row.actor_id, email: row.actor_email },
          action: row.action,
          entity: row.entity,
          entityId: row.entity_id,
          entityNumber: row.entity_number,
          before: row.before,
          after: row.after,
        }),
        (row) => [row.id],
      );
    },
  );
}
