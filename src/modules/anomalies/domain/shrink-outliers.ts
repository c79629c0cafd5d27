// Shrink by location against its peers (locations of the same kind): the window's loss at cost ÷ net sales, as
// the shrink KPI, measured by its robust z among the peers' ratios (median and MAD, so the outlier does not
// widen the yardstick). Flagged beyond the one-sided normal point of 1 % ÷ the locations tested.
import type { Finding, Window } from './anomaly-kind.ts';
import { groupBy } from './group-by.ts';
import { robustScale, robustZ } from './robust-statistics.ts';
import { MIN_EVIDENCE, zThreshold } from './thresholds.ts';
import { money, oneDecimal, percent } from './wording.ts';

export interface ShrinkRow {
  locationId: string;
  location: string;
  /** 'store' or 'warehouse': peers are locations of the same kind. */
  locationKind: string;
  lossValue: number;
  netSales: number;
}

export function shrinkAnomalies(rows: readonly ShrinkRow[], window: Window): Array<Finding<'shrink'>> {
  const groups = groupBy(
    rows.filter((r) => r.netSales > 0),
    (r) => r.locationKind,
  );
  const peerGroups = [...groups.values()].filter((group) => group.length >= MIN_EVIDENCE.peers);
  const threshold = zThreshold(peerGroups.reduce((n, group) => n + group.length, 0));
  return peerGroups.flatMap((group) => {
    const scale = robustScale(group.map((r) => r.lossValue / r.netSales));
    return group.flatMap((r) => {
      const ratio = r.lossValue / r.netSales;
      const z = robustZ(ratio, scale);
      if (z === null || !(z > threshold)) return [];
      return [
        {
          kind: 'shrink',
          subject: { type: 'location', id: r.locationId, key: r.location },
          locationId: r.locationId,
          window,
          observed: ratio,
          expected: scale.centre,
          unit: 'ratio',
          score: z,
          threshold,
          valueAtRisk: Math.max(0, Math.round(r.lossValue - scale.centre * r.netSales)),
          evidence: { lossValue: r.lossValue, netSales: r.netSales, peers: group.length, spread: scale.spread },
          reason: `Shrink at ${r.location} is ${percent(ratio)} of net sales (${money(r.lossValue)} lost on ${money(r.netSales)}) against a median of ${percent(scale.centre)} across ${group.length} ${r.locationKind}s — robust z ${oneDecimal(z)}, beyond ${oneDecimal(threshold)}`,
        },
      ];
    });
  });
}
