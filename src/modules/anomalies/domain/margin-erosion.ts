// Margin erosion by family: the window's gross margin % against the family's weekly margins over the baseline.
// The weekly margins give the norm (median) and the normal week-to-week variation (MAD); the window spans four
// weeks, whose mean varies √4 times less than one week does if weeks are independent, so the z-score is
// (median − window margin) ÷ (spread ÷ √weeks). Downward only; flagged beyond the one-sided normal point of
// 1 % ÷ the families tested.
import type { Finding, Window } from './anomaly-kind.ts';
import { robustScale, robustZ } from './robust-statistics.ts';
import { MIN_EVIDENCE, WINDOW_DAYS, zThreshold } from './thresholds.ts';
import { money, oneDecimal, percent } from './wording.ts';

export interface FamilyMargins {
  family: string;
  /** Net sales and cost of goods (returns deducted) of each baseline week with sales. */
  baselineWeeks: Array<{ netSales: number; cogs: number }>;
  window: { netSales: number; cogs: number };
}

const marginOf = (week: { netSales: number; cogs: number }) => (week.netSales - week.cogs) / week.netSales;

export function marginErosion(families: readonly FamilyMargins[], window: Window): Array<Finding<'margin_erosion'>> {
  const tested = families
    .map((f) => ({ ...f, baselineWeeks: f.baselineWeeks.filter((w) => w.netSales > 0) }))
    .filter((f) => f.baselineWeeks.length >= MIN_EVIDENCE.marginWeeks && f.window.netSales > 0);
  const threshold = zThreshold(tested.length);
  const weeks = WINDOW_DAYS / 7;
  return tested.flatMap((f) => {
    const weekly = robustScale(f.baselineWeeks.map(marginOf));
    const observed = marginOf(f.window);
    // Lower margin is the anomaly: measure how far below, against the spread of a four-week mean.
    const z = robustZ(weekly.centre, { centre: observed, spread: weekly.spread / Math.sqrt(weeks) });
    if (z === null || !(z > threshold)) return [];
    return [
      {
        kind: 'margin_erosion',
        subject: { type: 'family', id: f.family, key: f.family },
        locationId: null,
        window,
        observed,
        expected: weekly.centre,
        unit: 'ratio',
        score: z,
        threshold,
        valueAtRisk: Math.max(0, Math.round((weekly.centre - observed) * f.window.netSales)),
        evidence: { netSales: f.window.netSales, cogs: f.window.cogs, baselineWeeks: f.baselineWeeks.length, weeklySpread: weekly.spread },
        reason: `Margin of ${f.family} is ${percent(observed)} over the last ${WINDOW_DAYS} days (${money(f.window.netSales - f.window.cogs)} on ${money(f.window.netSales)}) against ${percent(weekly.centre)} in a typical week of the year before — robust z ${oneDecimal(z)}, beyond ${oneDecimal(threshold)}`,
      },
    ];
  });
}
