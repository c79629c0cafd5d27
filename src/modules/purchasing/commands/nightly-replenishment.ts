// The nightly replenishment run as a background job (platform/jobs/daily-job.ts): the handler runs the
// replenishment as the system and queues the next night's run, at the hour of the purchasing settings, in the
// same transaction.
import type { Context, UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import { ensureDailyRunQueued, queueNextDailyRun } from '../../../platform/jobs/daily-job.ts';
import type { JobWorker } from '../../../platform/jobs/job-worker.ts';
import { getPurchasingSettings } from '../queries/get-settings.ts';
import { runReplenishment } from './run-replenishment.ts';

export const NIGHTLY_RUN_QUEUE = 'purchasing.replenishment_run';

const settingsHour = async (ctx: Context) => (await getPurchasingSettings(ctx.tx)).nightlyRunHourUtc;

export function registerReplenishmentJob(worker: JobWorker): void {
  worker.handle(NIGHTLY_RUN_QUEUE, async (ctx) => {
    await runReplenishment(ctx);
    await queueNextDailyRun(ctx, NIGHTLY_RUN_QUEUE, settingsHour);
  });
}

/** Queues the next nightly run unless one is queued already. */
export async function scheduleNightlyReplenishment(uow: UnitOfWork): Promise<void> {
  await ensureDailyRunQueued(uow, NIGHTLY_RUN_QUEUE, settingsHour);
}
