// Writes one notification per recipient in the current transaction, and, when e-mail is on, queues one e-mail job
// per notification in the same transaction (so a notification is e-mailed exactly when it exists).
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { Notice } from '../domain/notice.ts';

export const EMAIL_QUEUE = 'notifications.email';

export interface NotifyOptions {
  /** Queue an e-mail per notification (SMTP_URL is set). */
  email: boolean;
}

export async function notify(ctx: Context, userIds: readonly string[], notice: Notice, options: NotifyOptions): Promise<string[]> {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) return [];
  const ids = recipients.map(() => randomUUID());
  const rows = recipients.map(
    (userId, index) =>
      sql`(${ids[index]}::uuid, ${userId}::uuid, ${notice.kind}, ${notice.title}, ${notice.body}, ${notice.link}, ${notice.subject.type}, ${notice.subject.id}, ${ctx.now})`,
  );
  await sql`INSERT INTO notification (id, user_id, kind, title, body, link, subject_type, subject_id, created_at)
    VALUES ${sql.join(rows)}`.execute(ctx.tx);
  if (options.email) for (const id of ids) await ctx.enqueue(EMAIL_QUEUE, { notificationId: id });
  return ids;
}
