import { describe, expect, it } from 'vitest';
import { kpiPeriod } from './kpi-period.ts';

const today = new Date('2026-12-03T10:00:00Z');

describe('kpiPeriod', () => {
  it('defaults to the 30 days ending today', () => {
    expect(kpiPeriod(undefined, undefined, today)).toEqual({ from: '2026-11-04', to: '2026-12-03' });
  });
  it('refuses from after to, bad dates and more than three years', () => {
    expect(() => kpiPeriod('2026-02-02', '2026-02-01', today)).toThrow(/after/);
    expect(() => kpiPeriod('2026-02-30', '2026-03-01', today)).toThrow(/not a date/);
    expect(() => kpiPeriod('2020-01-01', '2026-01-01', today)).toThrow(/three years/);
    expect(kpiPeriod('2023-01-01', '2025-12-31', today)).toEqual({ from: '2023-01-01', to: '2025-12-31' });
  });
});
