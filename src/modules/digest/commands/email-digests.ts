// The daily digest e-mail. Every morning (after the daily exception checks) one job lists the readers — active
// users of the digest roles — and queues one send per reader for the day just ended, then queues the next
// morning's run (platform/jobs/daily-job.ts). Each send composes that reader's digest exactly as GET /digests/{date} would for them and mails it as
// text with an HTML alternative, links made absolute; a reader already mailed for that day is skipped, so a
// retry never sends twice. Runs on the job worker: a slow SMTP server delays mail, never a write.
import { sql } from 'kysely';
import type { Context, UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import { ensureDailyRunQueued, queueNextDailyRun } from '../../../platform/jobs/daily-job.ts';
import type { JobWorker } from '../../../platform/jobs/job-worker.ts';
import type { Mailer } from '../../../platform/mail/mailer.ts';
import { activeActorsOfRoles } from '../../identity/index.ts';
import type { Digest } from '../domain/compose-digest.ts';
import { DIGEST_ROLES } from '../domain/digest-kpis.ts';
import { digestHtml, digestText } from '../domain/render-digest.ts';
import { shiftDays } from '../domain/wording.ts';
import { composeDigestFor } from '../queries/compose-digest-for.ts';

export const DIGEST_DAILY_QUEUE = 'digest.daily_email';
export const DIGEST_SEND_QUEUE = 'digest.email';
/** After the daily exception checks (04:00 UTC), before the working day. */
export const DIGEST_EMAIL_HOUR_UTC = 6;

/** Queues one send per reader for the UTC day before `ctx.now`; returns how many. */
export async function queueDigestEmails(ctx: Context): Promise<number> {
  const day = shiftDays(ctx.now.toISOString().slice(0, 10), -1);
  const readers = await activeActorsOfRoles(ctx.tx, DIGEST_ROLES);
  for (const reader of readers) await ctx.enqueue(DIGEST_SEND_QUEUE, { userId: reader.userId, day });
  return readers.length;
}

/** Mails `userId` the digest of `day` unless already sent or the reader is no longer an active digest reader. */
export async function emailDigest(ctx: Context, mailer: Mailer, appUrl: string, userId: string, day: string): Promise<boolean> {
  const [reader] = await activeActorsOfRoles(ctx.tx, DIGEST_ROLES, userId);
  if (!reader) return false;
  const claimed = await sql`INSERT INTO digest_email (user_id, day, sent_at) VALUES (${userId}, ${day}::date, ${ctx.now})
    ON CONFLICT DO NOTHING RETURNING user_id`.execute(ctx.tx);
  if (claimed.rows.length === 0) return false;
  const digest = withAbsoluteLinks(await composeDigestFor(ctx.tx, reader, day, ctx.now), appUrl);
  await mailer.send({ to: reader.email, subject: `Emporium daily digest ${day}: ${digest.headline}`, text: digestText(digest), html: digestHtml(digest) });
  return true;
}

/** The digest with every link prefixed by the back office's address. */
export function withAbsoluteLinks(digest: Digest, appUrl: string): Digest {
  const absolute = <T extends { link: string }>(line: T): T => ({ ...line, link: `${appUrl}${line.link}` });
  return { ...digest, actions: digest.actions.map(absolute), exceptions: digest.exceptions.map(absolute), kpis: digest.kpis.map(absolute) };
}

export function registerDigestEmailJobs(worker: JobWorker, mailer: Mailer, appUrl: string): void {
  worker.handle(DIGEST_DAILY_QUEUE, async (ctx) => {
    await queueDigestEmails(ctx);
    await queueNextDailyRun(ctx, DIGEST_DAILY_QUEUE, DIGEST_EMAIL_HOUR_UTC);
  });
  worker.handle(DIGEST_SEND_QUEUE, async (ctx, payload) => {
    const { userId, day } = payload as { userId: string; day: string };
    await emailDigest(ctx, mailer, appUrl, userId, day);
  });
}

export async function scheduleDailyDigestEmail(uow: UnitOfWork): Promise<void> {
  await ensureDailyRunQueued(uow, DIGEST_DAILY_QUEUE, DIGEST_EMAIL_HOUR_UTC);
}
