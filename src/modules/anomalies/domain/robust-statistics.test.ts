import { describe, expect, it } from 'vitest';
import { binomialUpperTail, mad, median, normalQuantile, poissonZero, robustScale, robustZ, zOfTail } from './robust-statistics.ts';
import { zThreshold } from './thresholds.ts';
import { chance, percent } from './wording.ts';

describe('robust statistics', () => {
  it('median and MAD of odd and even samples, unmoved by one wild value', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mad([1, 2, 3, 4, 100])).toBe(1);
    expect(median([])).toBeNaN();
  });

  it('robust z against median and 1.4826 × MAD; the mean absolute deviation when most values tie; null when all do', () => {
    // Ratios of six stores, one far out: median 0.0105, MAD 0.001.
    const scale = robustScale([0.01, 0.012, 0.011, 0.009, 0.01, 0.05]);
    expect(scale.centre).toBeCloseTo(0.0105, 12);
    expect(scale.spread).toBeCloseTo(0.0014826, 10);
    expect(robustZ(0.05, scale)).toBeCloseTo(0.0395 / 0.0014826, 6);
    // Five zeros and a 6: MAD 0, mean absolute deviation 1 → spread 1.2533.
    expect(robustScale([0, 0, 0, 0, 0, 6])).toEqual({ centre: 0, spread: 1.2533 });
    expect(robustZ(3, robustScale([2, 2, 2]))).toBeNull();
  });

  it('exact binomial upper tail (against scipy.stats.binom.sf)', () => {
    expect(binomialUpperTail(9, 50, 0.04)).toBeCloseTo(0.0001479034800348261, 15);
    expect(binomialUpperTail(9, 10, 0.5)).toBeCloseTo(11 / 1024, 15);
    expect(binomialUpperTail(3, 20, 0.1)).toBeCloseTo(0.32307319481053404, 12);
    expect(binomialUpperTail(10, 100, 0.02)).toBeCloseTo(3.441680604304282e-5, 15);
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    expect(binomialUpperTail(1, 10, 0)).toBe(0);
    // Large n stays finite and tiny.
    const far = binomialUpperTail(900, 5000, 0.05);
    expect(far).toBeGreaterThan(0);
    expect(far).toBeLessThan(1e-100);
  });

  it('Poisson: no event where λ were expected', () => {
    expect(poissonZero(20 * (28 / 365))).toBeCloseTo(0.2156180819670091, 12);
    expect(poissonZero(0)).toBe(1);
  });

  it('normal quantiles and the thresholds they give (against scipy.stats.norm.ppf)', () => {
    expect(normalQuantile(0.99)).toBeCloseTo(2.3263478740408408, 7);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-12)).toBeCloseTo(-7.034483825301131, 6);
    expect(zOfTail(0.0107421875)).toBeCloseTo(2.299362297403228, 7);
    expect(zThreshold(1)).toBeCloseTo(2.3263, 4);
    expect(zThreshold(20)).toBeCloseTo(3.2905, 4);
    expect(zThreshold(40_000)).toBeCloseTo(5.0263, 3);
    expect(Number.isFinite(zOfTail(0))).toBe(true);
  });

  it('words: percentages and chances', () => {
    expect(percent(0.18)).toBe('18 %');
    expect(percent(0.0417)).toBe('4.2 %');
    expect(chance(0.0001479)).toBe('1-in-6,800 by chance');
    expect(chance(0.02)).toBe('1-in-50 by chance');
    expect(chance(1e-12)).toBe('less than 1-in-a-billion by chance');
  });
});
