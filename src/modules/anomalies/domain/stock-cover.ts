// Slow movers and overstock, per product × location with stock at the end of the window:
// - overstock: weeks of cover (on hand ÷ the window's weekly sales) far above the family's, measured by the
//   robust z of log cover among the product-locations of the same family and location kind (cover is skewed:
//   twice the median is as far as half of it). Flagged beyond the one-sided normal point of 1 % ÷ pairs tested.
// - slow mover: stock at both ends of the window and nothing sold, where its own sales over the baseline made
//   some expected: with λ expected, no sale at all has probability e^−λ (Poisson), flagged below 1 % ÷ the pairs
//   tested. A product that never sold there has no expectation to miss, and is not flagged.
import type { Finding, Window } from './anomaly-kind.ts';
import { groupBy } from './group-by.ts';
import { poissonZero, robustScale, robustZ, zOfTail } from './robust-statistics.ts';
import { BASELINE_DAYS, MIN_EVIDENCE, tailThreshold, WINDOW_DAYS, zThreshold } from './thresholds.ts';
import { chance, oneDecimal } from './wording.ts';

export interface StockPosition {
  productId: string;
  sku: string;
  family: string;
  locationId: string;
  location: string;
  locationKind: string;
  /** On hand at the start and end of the window, and its value at cost at the end. */
  onHandAtStart: number;
  onHand: number;
  onHandValue: number;
  soldInWindow: number;
  soldInBaseline: number;
}

const WEEKS_IN_WINDOW = WINDOW_DAYS / 7;

export function overstock(positions: readonly StockPosition[], window: Window): Array<Finding<'overstock'>> {
  const selling = positions.filter((p) => p.onHand > 0 && p.soldInWindow > 0);
  const groups = [...groupBy(selling, (p) => `${p.family}|${p.locationKind}`).values()].filter((g) => g.length >= MIN_EVIDENCE.coverPeers);
  const threshold = zThreshold(groups.reduce((n, g) => n + g.length, 0));
  const cover = (p: StockPosition) => p.onHand / (p.soldInWindow / WEEKS_IN_WINDOW);
  return groups.flatMap((group) => {
    const scale = robustScale(group.map((p) => Math.log(cover(p))));
    const typical = Math.exp(scale.centre);
    return group.flatMap((p) => {
      const weeks = cover(p);
      const z = robustZ(Math.log(weeks), scale);
      if (z === null || !(z > threshold)) return [];
      const excessUnits = p.onHand - typical * (p.soldInWindow / WEEKS_IN_WINDOW);
      return [
        {
          kind: 'overstock',
          subject: { type: 'product', id: p.productId, key: p.sku },
          locationId: p.locationId,
          window,
          observed: weeks,
          expected: typical,
          unit: 'weeks',
          score: z,
          threshold,
          valueAtRisk: Math.max(0, Math.round((excessUnits * p.onHandValue) / p.onHand)),
          evidence: { onHand: p.onHand, sold: p.soldInWindow, peers: group.length, family: p.family },
          reason: `${p.sku} at ${p.location} has ${oneDecimal(weeks)} weeks of cover (${p.onHand} on hand, ${p.soldInWindow} sold in ${WINDOW_DAYS} days) against a median of ${oneDecimal(typical)} for ${p.family} in ${group.length} ${p.locationKind} positions — robust z ${oneDecimal(z)}, beyond ${oneDecimal(threshold)}`,
        },
      ];
    });
  });
}

export function slowMovers(positions: readonly StockPosition[], window: Window): Array<Finding<'slow_mover'>> {
  const tested = positions.filter((p) => p.onHand > 0 && p.onHandAtStart > 0 && p.soldInWindow === 0 && p.soldInBaseline > 0);
  const threshold = tailThreshold(tested.length);
  return tested.flatMap((p) => {
    const expected = (p.soldInBaseline * WINDOW_DAYS) / BASELINE_DAYS;
    const tail = poissonZero(expected);
    if (!(tail < threshold)) return [];
    return [
      {
        kind: 'slow_mover',
        subject: { type: 'product', id: p.productId, key: p.sku },
        locationId: p.locationId,
        window,
        observed: 0,
        expected,
        unit: 'units',
        score: zOfTail(tail),
        threshold: zOfTail(threshold),
        valueAtRisk: p.onHandValue,
        evidence: { onHand: p.onHand, onHandAtStart: p.onHandAtStart, soldInBaseline: p.soldInBaseline, tailProbability: tail, tested: tested.length },
        reason: `${p.sku} at ${p.location} sold nothing in ${WINDOW_DAYS} days with ${p.onHand} on hand, where ${oneDecimal(expected)} were expected from its last ${BASELINE_DAYS} days — ${chance(tail)}`,
      },
    ];
  });
}
