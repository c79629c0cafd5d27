// Marking the caller's notifications read: one (another user's is 404, as if it did not exist) or all. Reading
// twice keeps the first read time. Not audited: a notification is its reader's own business.
import { sql } from 'kysely';
import { NotFound } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { NOTIFICATION_COLUMNS, type NotificationView, toNotificationView, unreadCount } from '../queries/list-notifications.ts';

export async function markRead(ctx: Context, id: string): Promise<NotificationView> {
  const result = await sql<Record<string, unknown>>`UPDATE notification n SET read_at = coalesce(n.read_at, ${ctx.now})
    WHERE n.company_id = 1 AND n.id = ${id} AND n.user_id = ${ctx.actor.userId} RETURNING ${NOTIFICATION_COLUMNS}`.execute(ctx.tx);
  const row = result.rows[0];
  if (!row) throw new NotFound('Notification', id);
  return toNotificationView(row);
}

export async function markAllRead(ctx: Context, before?: string): Promise<{ marked: number; unread: number }> {
  const seen = before === undefined ? sql`` : sql`AND created_at <= ${new Date(before)}`;
  const result = await sql`UPDATE notification SET read_at = ${ctx.now}
    WHERE company_id = 1 AND user_id = ${ctx.actor.userId} AND read_at IS NULL ${seen} RETURNING id`.execute(ctx.tx);
  return { marked: result.rows.length, unread: await unreadCount(ctx.tx, ctx.actor.userId) };
}
