// The anomaly checks as a daily job (platform/jobs/daily-job.ts): at 05:00 UTC, after the exception checks
// (04:00) and the nightly replenishment, so the day's facts are complete; the handler runs the checks as the
// system and queues the next day's run in the same transaction.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import { ensureDailyRunQueued, queueNextDailyRun } from '../../../platform/jobs/daily-job.ts';
import type { JobWorker } from '../../../platform/jobs/job-worker.ts';
import { runAnomalyChecks } from './run-anomaly-checks.ts';

export const ANOMALY_CHECKS_QUEUE = 'anomalies.daily_checks';
export const ANOMALY_CHECKS_HOUR_UTC = 5;

export function registerAnomalyChecksJob(worker: JobWorker): void {
  worker.handle(ANOMALY_CHECKS_QUEUE, async (ctx) => {
    await runAnomalyChecks(ctx);
    await queueNextDailyRun(ctx, ANOMALY_CHECKS_QUEUE, ANOMALY_CHECKS_HOUR_UTC);
  });
}

export async function scheduleDailyAnomalyChecks(uow: UnitOfWork): Promise<void> {
  await ensureDailyRunQueued(uow, ANOMALY_CHECKS_QUEUE, ANOMALY_CHECKS_HOUR_UTC);
}
