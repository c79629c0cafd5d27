import { describe, expect, it } from 'vitest';
import { minorToInput } from './money-input.ts';

describe('minor units in a money input', () => {
  it('two decimals for a cent currency', () => {
    expect(minorToInput(432, { toMinor: () => 100 })).toBe('4.32');
    expect(minorToInput(1250, { toMinor: () => 100 })).toBe('12.50');
  });
  it('no decimals for a currency without minor units', () => {
    expect(minorToInput(1500, { toMinor: () => 1 })).toBe('1500');
  });
});
