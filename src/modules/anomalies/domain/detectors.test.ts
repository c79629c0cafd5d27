// Each check against a hand-computed example (figures from scipy.stats), and a normal business raising nothing.
import { describe, expect, it } from 'vitest';
import { leadTimeDrifts } from './lead-time-drift.ts';
import { marginErosion } from './margin-erosion.ts';
import { returnRateAnomalies, type ReturnRateRow } from './return-rates.ts';
import { shrinkAnomalies, type ShrinkRow } from './shrink-outliers.ts';
import { overstock, slowMovers, type StockPosition } from './stock-cover.ts';
import { zThreshold } from './thresholds.ts';

const window = { from: '2026-03-01', to: '2026-03-28' };
const pair = (sku: string, location: string, sold: number, returned: number, soldElsewhere: number, returnedElsewhere: number): ReturnRateRow => ({
  productId: `p-${sku}`, sku, locationId: `l-${location}`, location, sold, returned, netSales: sold * 1000, soldElsewhere, returnedElsewhere,
});

describe('return rate by product × location', () => {
  it('flags 9 of 50 returned against 20 of 500 elsewhere (P = 1.75e-4 < 1 % ÷ 2 pairs tested)', () => {
    const found = returnRateAnomalies([pair('TEE', 'S1', 50, 9, 500, 20), pair('MUG', 'S1', 40, 3, 400, 30), pair('CAP', 'S2', 10, 5, 100, 1)], window);
    expect(found).toHaveLength(1);
    const [tee] = found;
    expect(tee).toMatchObject({ kind: 'return_rate', subject: { type: 'product', key: 'TEE' }, locationId: 'l-S1', observed: 0.18, unit: 'ratio' });
    expect(tee?.expected).toBeCloseTo(20.5 / 501, 12);
    expect(tee?.evidence.tailProbability).toBeCloseTo(0.00017526047403554338, 14);
    expect(tee?.score).toBeCloseTo(3.57478116734845, 6);
    expect(tee?.threshold).toBeCloseTo(2.575829303548901, 6);
    // Excess returns 9 − 50 × 0.0409 = 6.95 units at 10.00 each.
    expect(tee?.valueAtRisk).toBe(Math.round((9 - 50 * (20.5 / 501)) * 1000));
    expect(tee?.reason).toBe('Return rate of TEE at S1 is 18 % (9 of 50 sold) against 4.1 % elsewhere — 1-in-5,700 by chance');
  });

  it('leaves out pairs without the minimum evidence: 19 sold, 2 returned, or 49 sold elsewhere', () => {
    expect(returnRateAnomalies([pair('A', 'S1', 19, 19, 500, 0), pair('B', 'S1', 100, 2, 500, 0), pair('C', 'S1', 100, 50, 49, 0)], window)).toEqual([]);
  });
});

describe('shrink by location against its peers', () => {
  const store = (code: string, ratio: number): ShrinkRow => ({ locationId: `l-${code}`, location: code, locationKind: 'store', lossValue: Math.round(ratio * 1_000_000), netSales: 1_000_000 });

  it('flags the store at 5 % when five peers lie around 1 % (robust z 26.6 > 2.94 for 6 tested); two warehouses are too few to compare', () => {
    const rows = [store('S1', 0.01), store('S2', 0.012), store('S3', 0.011), store('S4', 0.009), store('S5', 0.01), store('S6', 0.05),
      { locationId: 'l-W1', location: 'W1', locationKind: 'warehouse', lossValue: 900_000, netSales: 1_000_000 },
      { locationId: 'l-W2', location: 'W2', locationKind: 'warehouse', lossValue: 1, netSales: 1_000_000 }];
    const found = shrinkAnomalies(rows, window);
    expect(found.map((f) => f.subject.key)).toEqual(['S6']);
    expect(found[0]?.score).toBeCloseTo(0.0395 / 0.0014826, 6);
    expect(found[0]?.threshold).toBeCloseTo(2.935199468866699, 6);
    expect(found[0]?.expected).toBeCloseTo(0.0105, 12);
    expect(found[0]?.valueAtRisk).toBe(50_000 - 10_500);
    expect(found[0]?.reason).toBe('Shrink at S6 is 5 % of net sales (500.00 lost on 10,000.00) against a median of 1 % across 6 stores — robust z 26.6, beyond 2.9');
  });
});

describe('vendor lead-time drift (sign test)', () => {
  it('flags 10 of 10 lines late (P = 1/1024 < 1 % ÷ 2 vendors), not 5 of 10', () => {
    const found = leadTimeDrifts(
      [
        { vendorId: 'v1', vendor: 'ACME', daysLate: [1, 2, 3, 4, 5, 2, 3, 1, 2, 6], late: Array(10).fill(true) },
        { vendorId: 'v2', vendor: 'FAIR', daysLate: [1, 1, 1, 1, 1, -1, -1, -1, -1, -1], late: [true, true, true, true, true, false, false, false, false, false] },
      ],
      window,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'lead_time_drift', subject: { type: 'vendor', key: 'ACME' }, locationId: null, observed: 2.5, expected: 0, unit: 'days' });
    expect(found[0]?.score).toBeCloseTo(3.0972690781987846, 6);
    expect(found[0]?.reason).toBe('ACME delivered 10 of 10 lines after the promised day (median 2.5 days late) — 1-in-1,000 by chance for a vendor that keeps its promise');
  });
});

const position = (sku: string, onHand: number, soldInWindow: number, soldInBaseline = 0, family = 'apparel'): StockPosition => ({
  productId: `p-${sku}`, sku, family, locationId: 'l-S1', location: 'S1', locationKind: 'store', onHandAtStart: onHand, onHand, onHandValue: onHand * 500, soldInWindow, soldInBaseline,
});

describe('overstock and slow movers', () => {
  it('flags 200 weeks of cover among nineteen positions of 5–9 weeks (robust z over log cover)', () => {
    const normal = Array.from({ length: 19 }, (_, i) => position(`N${i}`, 5 + (i % 5), 4));
    const found = overstock([...normal, position('HEAP', 200, 4), position('FEW', 3, 4, 0, 'home')], window);
    expect(found.map((f) => f.subject.key)).toEqual(['HEAP']);
    const [heap] = found;
    // Median log cover is log 7; MAD of log cover 0.2231 (log 7 − log 5.6…): z = (log 200 − log 7) ÷ spread.
    expect(heap?.observed).toBe(200);
    expect(heap?.expected).toBeCloseTo(7, 10);
    expect(heap?.threshold).toBeCloseTo(zThreshold(20), 10);
    expect(heap?.score).toBeGreaterThan(heap?.threshold as number);
    // 200 on hand against 7 weeks × 1 a week: 193 units too many at 5.00.
    expect(heap?.valueAtRisk).toBe(193 * 500);
    expect(heap?.reason).toMatch(/^HEAP at S1 has 200\.0 weeks of cover \(200 on hand, 4 sold in 28 days\) against a median of 7\.0 for apparel in 20 store positions — robust z \d+\.\d, beyond 3\.3$/);
  });

  it('flags stock that sold nothing where 28 were expected (e^−28), not where 1.5 were, nor what never sold', () => {
    const found = slowMovers([position('USED-TO-SELL', 30, 0, 365), position('RARE', 30, 0, 20), position('NEVER', 30, 0, 0)], window);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'slow_mover', subject: { key: 'USED-TO-SELL' }, observed: 0, expected: 28, unit: 'units', valueAtRisk: 15_000 });
    expect(found[0]?.score).toBeCloseTo(7.085755273693297, 5);
    expect(found[0]?.reason).toBe('USED-TO-SELL at S1 sold nothing in 28 days with 30 on hand, where 28.0 were expected from its last 365 days — less than 1-in-a-billion by chance');
  });
});

const weeks = (n: number) => Array.from({ length: n }, (_, i) => ({ netSales: 1000, cogs: [490, 500, 510][i % 3] as number }));

describe('margin erosion by family', () => {
  it('flags 40 % over four weeks against weeks of 49–51 % (z = 0.1 ÷ (0.014826 ÷ √4) = 13.5); not a family at its norm, nor one with 25 weeks', () => {
    const found = marginErosion(
      [
        { family: 'apparel', baselineWeeks: weeks(30), window: { netSales: 4000, cogs: 2400 } },
        { family: 'home', baselineWeeks: weeks(30), window: { netSales: 4000, cogs: 2000 } },
        { family: 'garden', baselineWeeks: weeks(25), window: { netSales: 4000, cogs: 3900 } },
      ],
      window,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'margin_erosion', subject: { type: 'family', id: 'apparel' }, locationId: null, observed: 0.4, expected: 0.5, valueAtRisk: 400 });
    expect(found[0]?.score).toBeCloseTo(0.1 / (0.014826 / 2), 6);
    expect(found[0]?.reason).toBe('Margin of apparel is 40 % over the last 28 days (16.00 on 40.00) against 50 % in a typical week of the year before — robust z 13.5, beyond 2.6');
  });
});

describe('a normal business', () => {
  it('raises nothing: return rates at the network’s, shrink alike, vendors on time, cover alike, margins at the norm', () => {
    const stores = Array.from({ length: 20 }, (_, i) => `S${i + 1}`);
    expect(returnRateAnomalies(stores.map((s, i) => pair('TEE', s, 100, 3 + (i % 4), 1900, 90)), window)).toEqual([]);
    expect(shrinkAnomalies(stores.map((s, i) => ({ locationId: s, location: s, locationKind: 'store', lossValue: 8_000 + (i % 5) * 1_000, netSales: 1_000_000 })), window)).toEqual([]);
    expect(leadTimeDrifts([{ vendorId: 'v', vendor: 'V', daysLate: [1, -1, 0, -2, 1, 0], late: [true, false, false, false, true, false] }], window)).toEqual([]);
    expect(overstock(Array.from({ length: 40 }, (_, i) => position(`P${i}`, 4 + (i % 9), 4 + (i % 3))), window)).toEqual([]);
    expect(slowMovers([position('SLOW', 5, 0, 30)], window)).toEqual([]);
    expect(marginErosion([{ family: 'apparel', baselineWeeks: weeks(52), window: { netSales: 4000, cogs: 2010 } }], window)).toEqual([]);
  });
});
