import { describe, expect, it } from 'vitest';
import { expectedDemandOverLeadTime, runOutDay, stockoutShortfall } from './stockout.ts';

describe('stockout risk', () => {
  it('expects the 28-day daily average times the lead time, rounded up', () => {
    expect(expectedDemandOverLeadTime(28, 7)).toBe(7);
    expect(expectedDemandOverLeadTime(10, 7)).toBe(3);
    expect(expectedDemandOverLeadTime(0, 7)).toBe(0);
    expect(expectedDemandOverLeadTime(10, 0)).toBe(0);
  });

  it('is a risk only when available plus inbound is below that demand', () => {
    expect(stockoutShortfall({ onHand: 10, reserved: 4, incoming: 0, demand: 7 })).toBe(1);
    expect(stockoutShortfall({ onHand: 10, reserved: 3, incoming: 0, demand: 7 })).toBe(0);
    expect(stockoutShortfall({ onHand: 10, reserved: 4, incoming: 1, demand: 7 })).toBe(0);
    expect(stockoutShortfall({ onHand: 2, reserved: 0, incoming: 3, demand: 7 })).toBe(2);
    expect(stockoutShortfall({ onHand: 0, reserved: 0, incoming: 0, demand: 0 })).toBe(0);
  });

  it('dates the run-out at the window’s daily pace, today when nothing is available', () => {
    const now = new Date('2026-03-10T15:00:00Z');
    expect(runOutDay(now, 5, 28)).toBe('2026-03-15'); // 1 a day: 5 days
    expect(runOutDay(now, 5, 56)).toBe('2026-03-12'); // 2 a day: 2.5 → the 2nd day
    expect(runOutDay(now, 0, 28)).toBe('2026-03-10');
    expect(runOutDay(now, -2, 28)).toBe('2026-03-10');
  });
});
