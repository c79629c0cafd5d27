// Money arithmetic in integer minor units: one rounding rule and one proportional split for the whole system.
import { assert } from './assert.ts';

export const BASIS_POINTS = 10_000;

/**
 * amount × rate / 10 000, rounded half away from zero (half-up for the positive amounts we handle).
 * This is the only place a rate is applied to money: taxes, discounts and proration all come here.
 */
export function applyRate(amount: number, rateBasisPoints: number): number {
  assert(Number.isSafeInteger(amount) && Number.isSafeInteger(rateBasisPoints), 'applyRate takes integers');
  return multiplyDivideRounded(amount, rateBasisPoints, BASIS_POINTS);
}

/** a × b / denominator rounded half away from zero, exact even when a × b is beyond 2^53 (then via BigInt). */
export function multiplyDivideRounded(a: number, b: number, denominator: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) return divideRounded(product, denominator);
  assert(denominator > 0, 'divideRounded needs a positive denominator');
  const exact = BigInt(a) * BigInt(b);
  const magnitude = exact < 0n ? -exact : exact;
  const divisor = BigInt(denominator);
  const quotient = magnitude / divisor;
  const rounded = (magnitude % divisor) * 2n >= divisor ? quotient + 1n : quotient;
  const result = Number(exact < 0n ? -rounded : rounded);
  assert(Number.isSafeInteger(result), 'money result beyond safe integers');
  return result;
}

/** numerator / denominator rounded half away from zero, exact for safe integers. */
export function divideRounded(numerator: number, denominator: number): number {
  assert(denominator > 0, 'divideRounded needs a positive denominator');
  const sign = numerator < 0 ? -1 : 1;
  const magnitude = Math.abs(numerator);
  const quotient = Math.floor(magnitude / denominator);
  const remainder = magnitude - quotient * denominator;
  const rounded = remainder * 2 >= denominator ? quotient + 1 : quotient;
  // Never -0: it differs from 0 under Object.is (and so in test assertions).
  return rounded === 0 ? 0 : sign * rounded;
}

/**
 * Splits `total` over `weights` so the parts sum exactly to `total` (largest-remainder method).
 * Ties go to the earlier weight, so the split is deterministic.
 */
export function splitByLargestRemainder(total: number, weights: readonly number[]): number[] {
  assert(Number.isSafeInteger(total) && total >= 0, 'split total must be a non-negative integer');
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  if (weightSum === 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((total * w) / weightSum));
  const remainders = weights.map((w, i) => ({ i, r: total * w - (parts[i] ?? 0) * weightSum }));
  let left = total - parts.reduce((sum, p) => sum + p, 0);
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of remainders) {
    if (left === 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/**
 * The share of `total` that belongs to `take` units out of `of`, given that `alreadyTaken` units were
 * taken before: the running difference guarantees that taking every unit, in any number of steps, sums to `total`.
 */
export function prorate(total: number, take: number, alreadyTaken: number, of: number): number {
  assert(take >= 0 && alreadyTaken >= 0 && take + alreadyTaken <= of && of > 0, 'prorate out of range');
  const cumulative = (units: number) => multiplyDivideRounded(total, units, of);
  return cumulative(alreadyTaken + take) - cumulative(alreadyTaken);
}

/** How many decimals the currency's minor unit has (2 for EUR, 0 for JPY, 3 for KWD), from ISO 4217 via Intl. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units as a decimal in the major unit, exact (no floating point): 3725486 with 2 digits is "37254.86". */
export function formatMinorUnits(amount: number, digits: number): string {
  assert(Number.isSafeInteger(amount), 'formatMinorUnits takes an integer amount');
  const magnitude = String(Math.abs(amount)).padStart(digits + 1, '0');
  const whole = magnitude.slice(0, magnitude.length - digits);
  const fraction = digits > 0 ? `.${magnitude.slice(magnitude.length - digits)}` : '';
  return `${amount < 0 ? '-' : ''}${whole}${fraction}`;
}
