// Table-driven tests of the GS1 GTIN check: lengths, digits only, the mod-10 check digit and the 14-digit form.
import { describe, expect, it } from 'vitest';
import { gtinCheckDigit, gtinProblem, isValidGtin, normalizeGtin } from './gtin.ts';

describe('gtinCheckDigit', () => {
  it.each([
    ['9638507', 4],
    ['03600029145', 2],
    ['400638133393', 1],
    ['1001234567890', 2],
    ['1234567', 0],
    ['590123412345', 7],
  ])('the check digit of %s is %i', (digits, expected) => {
    expect(gtinCheckDigit(digits)).toBe(expected);
  });
});

describe('isValidGtin', () => {
  it.each([
    ['96385074', 'GTIN-8'],
    ['12345670', 'GTIN-8 with check digit 0'],
    ['036000291452', 'GTIN-12 (UPC-A)'],
    ['4006381333931', 'GTIN-13 (EAN-13)'],
    ['5901234123457', 'GTIN-13 (EAN-13)'],
    ['10012345678902', 'GTIN-14'],
    ['00036000291452', 'GTIN-14 spelling of a UPC-A'],
  ])('accepts %s (%s)', (code) => {
    expect(isValidGtin(code)).toBe(true);
    expect(gtinProblem(code)).toBeUndefined();
  });

  it.each([
    ['96385075', 'check digit'],
    ['036000291453', 'check digit'],
    ['4006381333932', 'check digit'],
    ['10012345678903', 'check digit'],
    ['4006381333913', 'check digit'],
    ['', 'digits'],
    ['1234567', '8, 12, 13 or 14'],
    ['123456789', '8, 12, 13 or 14'],
    ['12345678901', '8, 12, 13 or 14'],
    ['123456789012345', '8, 12, 13 or 14'],
    ['4006381333931 ', 'digits'],
    ['400638133393A', 'digits'],
    ['-96385074', 'digits'],
    ['9638.5074', 'digits'],
    ['٩٦٣٨٥٠٧٤', 'digits'],
  ])('refuses %j (%s)', (code, reason) => {
    expect(isValidGtin(code)).toBe(false);
    expect(gtinProblem(code)).toContain(reason);
  });

  it('names the expected check digit', () => {
    expect(gtinProblem('96385071')).toBe('has a wrong check digit (expected 4)');
  });
});

describe('normalizeGtin', () => {
  it.each([
    ['96385074', '00000096385074'],
    ['036000291452', '00036000291452'],
    ['0036000291452', '00036000291452'],
    ['00036000291452', '00036000291452'],
    ['10012345678902', '10012345678902'],
  ])('%s is %s in 14-digit form', (code, expected) => {
    expect(normalizeGtin(code)).toBe(expected);
  });

  it('has no 14-digit form for an invalid code', () => {
    expect(normalizeGtin('036000291453')).toBeUndefined();
    expect(normalizeGtin('abc')).toBeUndefined();
  });
});
