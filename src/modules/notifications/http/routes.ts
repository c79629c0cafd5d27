// HTTP routes of the caller's own notifications: list (newest first, with the unread count), mark one read, mark
// all read. Every user reads only their own; another user's notification is 404.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { markAllRead, markRead } from '../commands/mark-read.ts';
import { listNotifications } from '../queries/list-notifications.ts';
import { notificationPage, notificationParams, notificationSchema, notificationsQuery, readAllBody, readAllSchema } from './schemas.ts';

export function registerNotificationRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['notifications'];
  const read = { config: { action: 'notifications.read' } };

  app.get('/api/v1/notifications', { ...read, schema: { tags, querystring: notificationsQuery, response: { 200: notificationPage } } }, (request) =>
    listNotifications(db, request.actor, request.query),
  );

  app.post('/api/v1/notifications/:id/read', { ...read, schema: { tags, params: notificationParams, response: { 200: notificationSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 200, (ctx) => markRead(ctx, request.params.id)),
  );

  app.post('/api/v1/notifications/read-all', { ...read, schema: { tags, body: readAllBody, response: { 200: readAllSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 200, (ctx) => markAllRead(ctx, request.body.before)),
  );
}
