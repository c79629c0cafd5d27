// OpenAPI documentation of the notification routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const notificationOperations: OperationDocs = {
  'GET /api/v1/notifications': {
    operationId: 'listNotifications',
    summary: 'List the caller’s notifications',
    description:
      'The caller’s own notifications (an exception raised that their role owns at a location they may see; an exception assigned to them), newest first; `unread=true` leaves out those read. `unread` in the response counts all the caller’s unread notifications.',
  },
  'POST /api/v1/notifications/:id/read': {
    operationId: 'readNotification',
    summary: 'Mark a notification read',
    description: 'Sets `readAt` (marking it again keeps the first time). Another user’s notification is 404.',
    problems: { 404: ['not_found'] },
  },
  'POST /api/v1/notifications/read-all': {
    operationId: 'readAllNotifications',
    summary: 'Mark all the caller’s notifications read',
    description: '`marked`: how many were unread; `unread`: how many are left (0).',
  },
};
