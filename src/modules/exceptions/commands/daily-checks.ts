// The daily exception checks as a background job: the handler runs the checks as the system and enqueues the next
// day's run in the same transaction, so one run is queued at any time. At start-up the app makes sure one is queued
// (serialized by an advisory lock, so two starting processes queue one).
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../../../kernel/actor.ts';
import type { Context, UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { JobWorker } from '../../../platform/jobs/job-worker.ts';
import { runExceptionChecks } from './run-checks.ts';

export const DAILY_CHECKS_QUEUE = 'exceptions.daily_checks';
/** After the nightly replenishment run (02:00 UTC by default), before the working day. */
export const DAILY_CHECKS_HOUR_UTC = 4;
const SCHEDULE_LOCK_KEY = 5_201_203;

export function nextDailyCheck(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DAILY_CHECKS_HOUR_UTC));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

async function enqueueNext(ctx: Context): Promise<void> {
  await ctx.enqueue(DAILY_CHECKS_QUEUE, { daily: true }, nextDailyCheck(ctx.now));
}

export function registerExceptionChecksJob(worker: JobWorker): void {
  worker.handle(DAILY_CHECKS_QUEUE, async (ctx) => {
    await runExceptionChecks(ctx);
    await enqueueNext(ctx);
  });
}

export async function scheduleDailyExceptionChecks(uow: UnitOfWork): Promise<void> {
  await uow.withTransaction(SYSTEM_ACTOR, async (ctx) => {
    await sql`SELECT pg_advisory_xact_lock(${SCHEDULE_LOCK_KEY}::int8)`.execute(ctx.tx);
    const queued = await sql`SELECT 1 FROM job WHERE queue = ${DAILY_CHECKS_QUEUE} AND status = 'queued' LIMIT 1`.execute(ctx.tx);
    if (queued.rows.length === 0) await enqueueNext(ctx);
  });
}
