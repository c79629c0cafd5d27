// Return-rate anomalies go to the exception queue as `return_anomaly`, subject the product at the location,
// owned by whoever runs that location; the reason is the summary. Those open from an earlier run whose rate is
// back within expectation are resolved with a note (never the per-return ones an older rule raised).
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { type ExceptionToRaise, ownerRole, raiseExceptions, resolveExceptionsGone } from '../../exceptions/index.ts';
import { locationsByIds } from '../../network/index.ts';
import type { Finding } from '../domain/anomaly-kind.ts';
import type { CheckOutcome } from './store-findings.ts';

const BACK_TO_NORMAL = 'Resolved automatically: the return rate is back within what the rest of the network makes expected.';

export async function raiseReturnAnomalies(ctx: Context, findings: ReadonlyArray<Finding<string>>): Promise<CheckOutcome> {
  const locations = await locationsByIds(ctx.tx, findings.flatMap((f) => (f.locationId ? [f.locationId] : [])));
  const exceptions: ExceptionToRaise[] = findings.map((f) => {
    const kind = f.locationId ? locations.get(f.locationId)?.kind : undefined;
    return {
      kind: 'return_anomaly',
      locationId: f.locationId,
      subject: { type: f.subject.type, id: f.subject.id },
      summary: `${f.reason} (${f.window.from} to ${f.window.to})`,
      valueAtRisk: f.valueAtRisk,
      ownerRole: ownerRole('return_anomaly', kind === 'store' || kind === 'warehouse' ? kind : 'other'),
    };
  });
  const raised = await raiseExceptions(ctx, exceptions);
  const resolved = await resolveExceptionsGone(ctx, 'return_anomaly', raised.map((r) => r.id), BACK_TO_NORMAL, 'product');
  return { open: new Set(raised.map((r) => r.id)).size, raised: raised.filter((r) => r.raised).length, resolved };
}
