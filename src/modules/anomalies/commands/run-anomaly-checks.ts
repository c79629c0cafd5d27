// The anomaly checks (daily job, or on demand): each reads its facts over the window, finds what is beyond its
// statistical threshold, stores it (return rates: raises exceptions) and resolves what it no longer finds — so
// running twice changes nothing the second time. One run at a time (an advisory lock), in the caller's
// transaction.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { ANOMALY_CHECKS, type AnomalyCheck, type AnomalyKind, type Finding, type Window } from '../domain/anomaly-kind.ts';
import { checkWindow } from '../domain/check-window.ts';
import { AnomalyFinder } from './find-anomalies.ts';
import { raiseReturnAnomalies } from './raise-return-anomalies.ts';
import { type CheckOutcome, storeFindings } from './store-findings.ts';

export interface AnomalyRun {
  at: string;
  window: Window;
  checks: Partial<Record<AnomalyCheck, CheckOutcome>>;
}

export async function runAnomalyChecks(ctx: Context, checks: readonly AnomalyCheck[] = ANOMALY_CHECKS): Promise<AnomalyRun> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('anomalies.checks'))`.execute(ctx.tx);
  const span = checkWindow(ctx.now);
  const finder = new AnomalyFinder(ctx.tx, span);
  const outcome: AnomalyRun['checks'] = {};
  for (const check of ANOMALY_CHECKS.filter((c) => checks.includes(c))) {
    const findings = await finder.find(check);
    outcome[check] =
      check === 'return_rate' ? await raiseReturnAnomalies(ctx, findings) : await storeFindings(ctx, check, findings as Array<Finding<AnomalyKind>>);
  }
  return { at: ctx.now.toISOString(), window: span.window, checks: outcome };
}
