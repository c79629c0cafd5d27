import { describe, expect, it } from 'vitest';
import { expectedDemandOverLeadTime, stockoutShortfall } from './stockout.ts';

describe('stockout risk', () => {
  it('expects the 28-day daily average times the lead time, rounded up', () => {
    expect(expectedDemandOverLeadTime(28, 7)).toBe(7);
    expect(expectedDemandOverLeadTime(10, 7)).toBe(3);
    expect(expectedDemandOverLeadTime(0, 7)).toBe(0);
    expect(expectedDemandOverLeadTime(10, 0)).toBe(0);
  });

  it('is a risk only when available is below that demand', () => {
    expect(stockoutShortfall({ onHand: 10, reserved: 4, demand: 7 })).toBe(1);
    expect(stockoutShortfall({ onHand: 10, reserved: 3, demand: 7 })).toBe(0);
    expect(stockoutShortfall({ onHand: 0, reserved: 0, demand: 0 })).toBe(0);
  });
});
