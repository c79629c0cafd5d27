// The thresholds of every anomaly check, in one place (docs/anomalies.md explains each). None is a magic
// constant: a finding is something a normal business would show by chance less than once in a hundred daily
// runs. Each check tests many subjects at once (40,000 product-locations, 20 stores), so the 1 % is shared out
// among them (Bonferroni): a subject is flagged when its one-sided tail probability is below 1 % ÷ the number
// of subjects tested, or, equivalently, its (robust) z-score beyond the normal quantile of that probability.
import { zOfTail } from './robust-statistics.ts';

/** The chance that a run over a normal business flags anything at all, per check. */
export const FAMILY_WISE_ERROR = 0.01;

/** The recent window every check looks at (four full weeks ending yesterday), and the history before it. */
export const WINDOW_DAYS = 28;
export const BASELINE_DAYS = 365;

export function tailThreshold(tested: number): number {
  return FAMILY_WISE_ERROR / Math.max(1, tested);
}

/** One subject tested: 2.326, the one-sided 99 % point; 20 stores: 3.29; 40,000 pairs: 4.93. */
export function zThreshold(tested: number): number {
  return zOfTail(tailThreshold(tested));
}

/**
 * Minimum evidence, so that a finding is a pattern rather than one customer or one delivery:
 * - returns: 20 units sold at the product-location in the window and 3 of them returned (one basket of a pair
 *   is not a pattern), and 50 units sold elsewhere over the baseline, so the expected rate is itself measured;
 * - peers (shrink): 5 locations of the same kind with sales, the fewest a median and MAD say anything about;
 * - cover: 20 product-locations of the family and location kind with sales, for the same reason with the
 *   spread of a skewed distribution;
 * - margin: 26 baseline weeks of the family with sales (half a year, so one season does not make the norm).
 * Lead-time drift needs no minimum of its own: a sign test of fewer than 7 lines cannot reach 1 % even when
 * every line is late (0.5⁷ = 0.8 %).
 */
export const MIN_EVIDENCE = {
  returnSold: 20,
  returnReturned: 3,
  returnExpectationSold: 50,
  peers: 5,
  coverPeers: 20,
  marginWeeks: 26,
} as const;
