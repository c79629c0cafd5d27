// Return rate by product × location against the product's rate everywhere else: returned units of the window's
// sales are Binomial(sold, p) if the location is normal, p being the product's rate at the other locations over
// the baseline year (Jeffreys' estimate (r + ½) ÷ (n + 1), so no returns elsewhere is not a certainty of none).
// Flagged when the exact upper tail is below 1 % ÷ the pairs tested.
import type { Finding, Window } from './anomaly-kind.ts';
import { binomialUpperTail, zOfTail } from './robust-statistics.ts';
import { MIN_EVIDENCE, tailThreshold } from './thresholds.ts';
import { chance, percent } from './wording.ts';

export interface ReturnRateRow {
  productId: string;
  sku: string;
  locationId: string;
  location: string;
  /** Units sold at the location in the window, and how many of those were returned. */
  sold: number;
  returned: number;
  /** Net sales of the window's units (for the value of the excess returns). */
  netSales: number;
  /** The product at every other location over the baseline. */
  soldElsewhere: number;
  returnedElsewhere: number;
}

export function returnRateAnomalies(rows: readonly ReturnRateRow[], window: Window): Array<Finding<'return_rate'>> {
  const tested = rows.filter(
    (r) => r.sold >= MIN_EVIDENCE.returnSold && r.returned >= MIN_EVIDENCE.returnReturned && r.soldElsewhere >= MIN_EVIDENCE.returnExpectationSold,
  );
  const threshold = tailThreshold(tested.length);
  return tested.flatMap((r) => {
    const expected = (r.returnedElsewhere + 0.5) / (r.soldElsewhere + 1);
    const tail = binomialUpperTail(r.returned, r.sold, expected);
    if (!(tail < threshold)) return [];
    const observed = r.returned / r.sold;
    return [
      {
        kind: 'return_rate',
        subject: { type: 'product', id: r.productId, key: r.sku },
        locationId: r.locationId,
        window,
        observed,
        expected,
        unit: 'ratio',
        score: zOfTail(tail),
        threshold: zOfTail(threshold),
        valueAtRisk: Math.max(0, Math.round((r.returned - r.sold * expected) * (r.netSales / r.sold))),
        evidence: { sold: r.sold, returned: r.returned, soldElsewhere: r.soldElsewhere, returnedElsewhere: r.returnedElsewhere, tailProbability: tail, tested: tested.length },
        reason: `Return rate of ${r.sku} at ${r.location} is ${percent(observed)} (${r.returned} of ${r.sold} sold) against ${percent(expected)} elsewhere — ${chance(tail)}`,
      },
    ];
  });
}
