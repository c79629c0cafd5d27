// Which tax rate applies, and how tax is computed from a price, with the kernel's one rounding rule
// (half away from zero, per line): exclusive prices get applyRate(net, rate) added, inclusive prices have
// the tax taken out so that net + tax is exactly the shelf price.
import { assert } from '../../../kernel/assert.ts';
import { applyRate, BASIS_POINTS, divideRounded } from '../../../kernel/money.ts';

/** The category every product falls under when its own has no rule: the jurisdiction's standard rate. */
export const ANY_CATEGORY = '*';

export interface TaxRule {
  jurisdiction: string;
  taxCategory: string;
  /** Basis points (2000 = 20 %). */
  rate: number;
}

export interface TaxRateQuestion {
  /** The rate the product carries (its own rate, else the company default). */
  productRate: number;
  /** The product's tax category (its catalog category); null when it has none. */
  taxCategory: string | null;
  /** The jurisdiction of the selling location; null when it has none. */
  jurisdiction: string | null;
}

/** A rule for (jurisdiction, category) wins, then the jurisdiction's '*' rule, then the product's rate. */
export function taxRateFor(question: TaxRateQuestion, rules: readonly TaxRule[]): number {
  if (question.jurisdiction === null) return question.productRate;
  const here = rules.filter((rule) => rule.jurisdiction === question.jurisdiction);
  const exact = question.taxCategory === null ? undefined : here.find((rule) => rule.taxCategory === question.taxCategory);
  const standard = here.find((rule) => rule.taxCategory === ANY_CATEGORY);
  return (exact ?? standard)?.rate ?? question.productRate;
}

export interface TaxedAmount {
  net: number;
  tax: number;
  gross: number;
}

/** Tax on a tax-exclusive amount (a line's quantity × unitPrice − discount). */
export function taxOnNet(net: number, rate: number): TaxedAmount {
  assertRate(rate);
  const tax = applyRate(net, rate);
  return { net, tax, gross: net + tax };
}

/** Tax inside a tax-inclusive amount: net = gross × 10 000 / (10 000 + rate), rounded; tax is the rest. */
export function taxInGross(gross: number, rate: number): TaxedAmount {
  assertRate(rate);
  assert(Number.isSafeInteger(gross) && Number.isSafeInteger(gross * BASIS_POINTS), 'taxInGross takes a safe integer amount');
  const net = divideRounded(gross * BASIS_POINTS, BASIS_POINTS + rate);
  return { net, tax: gross - net, gross };
}

function assertRate(rate: number): void {
  assert(Number.isInteger(rate) && rate >= 0 && rate <= BASIS_POINTS, `tax rate ${rate} is not 0..10000 basis points`);
}
