// The daily exception checks as a background job (platform/jobs/daily-job.ts): the handler runs the checks as
// the system and queues the next day's run in the same transaction.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import { ensureDailyRunQueued, queueNextDailyRun } from '../../../platform/jobs/daily-job.ts';
import type { JobWorker } from '../../../platform/jobs/job-worker.ts';
import { runExceptionChecks } from './run-checks.ts';

export const DAILY_CHECKS_QUEUE = 'exceptions.daily_checks';
/** After the nightly replenishment run (02:00 UTC by default), before the working day. */
export const DAILY_CHECKS_HOUR_UTC = 4;

export function registerExceptionChecksJob(worker: JobWorker): void {
  worker.handle(DAILY_CHECKS_QUEUE, async (ctx) => {
    await runExceptionChecks(ctx);
    await queueNextDailyRun(ctx, DAILY_CHECKS_QUEUE, DAILY_CHECKS_HOUR_UTC);
  });
}

export async function scheduleDailyExceptionChecks(uow: UnitOfWork): Promise<void> {
  await ensureDailyRunQueued(uow, DAILY_CHECKS_QUEUE, DAILY_CHECKS_HOUR_UTC);
}
