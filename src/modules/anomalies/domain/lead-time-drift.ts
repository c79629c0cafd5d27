// Vendor lead times drifting from their promise: of the lines a vendor delivered in the window, how many arrived
// after their promised day. A vendor that keeps its promise in the median delivers late at most half the time,
// so the count late is at most Binomial(lines, ½) — the sign test, exact and free of any assumption about how
// late. Flagged when its upper tail is below 1 % ÷ the vendors tested.
import type { Finding, Window } from './anomaly-kind.ts';
import { binomialUpperTail, median, zOfTail } from './robust-statistics.ts';
import { tailThreshold } from './thresholds.ts';
import { chance, oneDecimal } from './wording.ts';

export interface VendorDeliveries {
  vendorId: string;
  vendor: string;
  /** Per line delivered in the window: days from the promise to the first units (positive = late). */
  daysLate: number[];
  /** Per line: whether it arrived after its promised day. */
  late: boolean[];
}

export function leadTimeDrifts(vendors: readonly VendorDeliveries[], window: Window): Array<Finding<'lead_time_drift'>> {
  const tested = vendors.filter((v) => v.late.length > 0);
  const threshold = tailThreshold(tested.length);
  return tested.flatMap((v) => {
    const lines = v.late.length;
    const late = v.late.filter(Boolean).length;
    const tail = binomialUpperTail(late, lines, 0.5);
    if (!(tail < threshold)) return [];
    const drift = median(v.daysLate);
    return [
      {
        kind: 'lead_time_drift',
        subject: { type: 'vendor', id: v.vendorId, key: v.vendor },
        locationId: null,
        window,
        observed: drift,
        expected: 0,
        unit: 'days',
        score: zOfTail(tail),
        threshold: zOfTail(threshold),
        valueAtRisk: 0,
        evidence: { lines, late, meanDaysLate: v.daysLate.reduce((s, d) => s + d, 0) / lines, tailProbability: tail, tested: tested.length },
        reason: `${v.vendor} delivered ${late} of ${lines} lines after the promised day (median ${oneDecimal(drift)} days late) — ${chance(tail)} for a vendor that keeps its promise`,
      },
    ];
  });
}
