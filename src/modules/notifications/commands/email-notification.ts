// The e-mail job: sends one notification to its user's address and records emailed_at. It runs on the job worker
// (never inside the request), so a slow or failing SMTP server only delays mail: a failure rolls the job back and
// the worker retries it with backoff. A notification already e-mailed (a retry after a lost commit) is not sent again.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { JobWorker } from '../../../platform/jobs/job-worker.ts';
import type { Mailer } from '../../../platform/mail/mailer.ts';
import { EMAIL_QUEUE } from './notify.ts';

interface Row {
  email: string;
  title: string;
  body: string;
  link: string;
  emailed_at: Date | null;
  deactivated_at: Date | null;
}

export async function emailNotification(ctx: Context, mailer: Mailer, appUrl: string, notificationId: string): Promise<boolean> {
  const result = await sql<Row>`SELECT u.email, n.title, n.body, n.link, n.emailed_at, u.deactivated_at
    FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.id = ${notificationId} FOR UPDATE OF n`.execute(ctx.tx);
  const row = result.rows[0];
  if (!row || row.emailed_at !== null || row.deactivated_at !== null) return false;
  await mailer.send({ to: row.email, subject: row.title, text: `${row.body}\n\nOpen it in the back office: ${appUrl}${row.link}\n` });
  await sql`UPDATE notification SET emailed_at = ${ctx.now} WHERE id = ${notificationId}`.execute(ctx.tx);
  return true;
}

export function registerNotificationEmailJob(worker: JobWorker, mailer: Mailer, appUrl: string): void {
  worker.handle(EMAIL_QUEUE, async (ctx, payload) => {
    const { notificationId } = payload as { notificationId: string };
    await emailNotification(ctx, mailer, appUrl, notificationId);
  });
}
