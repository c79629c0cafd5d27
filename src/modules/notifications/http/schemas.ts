// Request and response schemas of the caller's notifications.
import { z } from 'zod';
import { listQuery } from '../../../platform/http/schemas.ts';
import { NOTIFICATION_KINDS } from '../domain/notice.ts';

export const notificationsQuery = listQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe('only notifications not yet read'),
});

export const notificationParams = z.object({ id: z.uuid('must be a notification id (UUID)') });

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  link: z.string().describe('the back office screen it is about, e.g. /exceptions?kind=stock_discrepancy'),
  subject: z.object({ type: z.string(), id: z.string() }),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationPage = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unread: z.number().describe('how many of the caller’s notifications are unread (all of them, not this page’s)'),
});

// A body is required (`{}` for all) so that a stray or malformed request is refused rather than taken as "mark all".
export const readAllBody = z.strictObject({
  before: z.iso.datetime({ offset: true }).optional().describe('Only those created at or before this time — what the reader has seen; default all'),
});

export const readAllSchema = z.object({ marked: z.number(), unread: z.number() });
