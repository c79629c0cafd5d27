// GS1 GTIN barcodes (GTIN-8, -12, -13, -14): digits ending in a mod-10 check digit, compared in 14-digit form.

export const GTIN_LENGTHS: readonly number[] = [8, 12, 13, 14];

/** The GS1 check digit of the digits before it: weights 3, 1, 3, … counted from the right. */
export function gtinCheckDigit(digitsBeforeCheck: string): number {
  let sum = 0;
  for (let i = 0; i < digitsBeforeCheck.length; i++) {
    const digit = digitsBeforeCheck.charCodeAt(digitsBeforeCheck.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** Why a code is not a GTIN, or undefined when it is one. */
export function gtinProblem(code: string): string | undefined {
  if (!/^[0-9]+$/.test(code)) return 'must contain only the digits 0-9';
  if (!GTIN_LENGTHS.includes(code.length)) return 'must be a GTIN-8, GTIN-12, GTIN-13 or GTIN-14 (8, 12, 13 or 14 digits)';
  const expected = gtinCheckDigit(code.slice(0, -1));
  if (Number(code.slice(-1)) !== expected) return `has a wrong check digit (expected ${expected})`;
  return undefined;
}

export function isValidGtin(code: string): boolean {
  return gtinProblem(code) === undefined;
}

/**
 * The 14-digit form GS1 compares GTINs in (left-padded with zeros), so a UPC-A 012345678905 and its
 * EAN-13 spelling 0012345678905 are one product. Undefined when the code is not a valid GTIN.
 */
export function normalizeGtin(code: string): string | undefined {
  return isValidGtin(code) ? code.padStart(14, '0') : undefined;
}
