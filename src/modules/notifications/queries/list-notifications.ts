// The caller's own notifications, newest first, in cursor pages, with how many are unread.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { InvalidInput } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, toPage } from '../../../platform/http/cursor.ts';
import type { NotificationKind } from '../domain/notice.ts';

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  subject: { type: string; id: string };
  createdAt: string;
  readAt: string | null;
}

export const NOTIFICATION_COLUMNS = sql`n.id, n.kind, n.title, n.body, n.link, n.subject_type, n.subject_id, n.created_at, n.read_at`;

export function toNotificationView(row: Record<string, unknown>): NotificationView {
  return {
    id: row.id as string,
    kind: row.kind as NotificationKind,
    title: row.title as string,
    body: row.body as string,
    link: row.link as string,
    subject: { type: row.subject_type as string, id: row.subject_id as string },
    createdAt: new Date(row.created_at as string).toISOString(),
    readAt: row.read_at === null ? null : new Date(row.read_at as string).toISOString(),
  };
}

export interface ListNotificationsInput {
  unread?: boolean | undefined;
  limit: number;
  cursor?: string | undefined;
}

export async function unreadCount(db: Queryable, userId: string): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM notification
    WHERE company_id = 1 AND user_id = ${userId} AND read_at IS NULL`.execute(db);
  return result.rows[0]?.n ?? 0;
}

export async function listNotifications(db: Queryable, actor: Actor, input: ListNotificationsInput) {
  const after = decodeCursor(input.cursor);
  if (after && (after.length !== 2 || typeof after[0] !== 'string' || typeof after[1] !== 'string' || Number.isNaN(Date.parse(after[0])) || !/^[0-9a-f-]{36}$/.test(after[1]))) {
    throw new InvalidInput('The cursor is not one this API returned', [{ path: '/query/cursor', message: 'invalid cursor' }]);
  }
  const rows = await sql<Record<string, unknown>>`SELECT ${NOTIFICATION_COLUMNS} FROM notification n
    WHERE n.company_id = 1 AND n.user_id = ${actor.userId}
      ${input.unread ? sql`AND n.read_at IS NULL` : sql``}
      ${after ? sql`AND (n.created_at, n.id) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : sql``}
    ORDER BY n.created_at DESC, n.id DESC LIMIT ${input.limit + 1}`.execute(db);
  const page = toPage(rows.rows, input.limit, toNotificationView, (row) => [new Date(row.created_at as string).toISOString(), row.id]);
  return { ...page, unread: await unreadCount(db, actor.userId) };
}
