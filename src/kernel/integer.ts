// Safe-integer parsing for 64-bit database values: pg returns int8 as strings, PGlite as numbers.
import { InvariantViolation } from './assert.ts';

export function toSafeInteger(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new InvariantViolation(`expected a safe integer, got ${String(value)}`);
  }
  return n;
}
