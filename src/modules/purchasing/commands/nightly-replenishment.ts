// The nightly replenishment run as a background job: the handler runs the replenishment as the system and
// enqueues the next night's run in the same transaction, so exactly one run is queued at any time. At start-up
// the app makes sure one is queued (serialized by an advisory lock, so two starting processes queue one).
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../../../kernel/actor.ts';
import type { Context, UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { JobWorker } from '../../../platform/jobs/job-worker.ts';
import { getPurchasingSettings } from '../queries/get-settings.ts';
import { REPLENISHMENT_LOCK_KEY, runReplenishment } from './run-replenishment.ts';

export const NIGHTLY_RUN_QUEUE = 'purchasing.replenishment_run';

/** The next occurrence of hour:00 UTC strictly after `now`. */
export function nextNightlyRun(now: Date, hourUtc: number): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

async function enqueueNext(ctx: Context): Promise<void> {
  const { nightlyRunHourUtc } = await getPurchasingSettings(ctx.tx);
  await ctx.enqueue(NIGHTLY_RUN_QUEUE, { nightly: true }, nextNightlyRun(ctx.now, nightlyRunHourUtc));
}

export function registerReplenishmentJob(worker: JobWorker): void {
  worker.handle(NIGHTLY_RUN_QUEUE, async (ctx) => {
    await runReplenishment(ctx);
    await enqueueNext(ctx);
  });
}

/** Queues the next nightly run unless one is queued already. */
export async function scheduleNightlyReplenishment(uow: UnitOfWork): Promise<void> {
  await uow.withTransaction(SYSTEM_ACTOR, async (ctx) => {
    await sql`SELECT pg_advisory_xact_lock(${REPLENISHMENT_LOCK_KEY + 1}::int8)`.execute(ctx.tx);
    const queued = await sql`SELECT 1 FROM job WHERE queue = ${NIGHTLY_RUN_QUEUE} AND status = 'queued' LIMIT 1`.execute(ctx.tx);
    if (queued.rows.length === 0) await enqueueNext(ctx);
  });
}
