// Request and response schemas of the catalog routes.
import { z } from 'zod';
import { listQuery, money, naturalKey, taxRate } from '../../../platform/http/schemas.ts';
import { gtinProblem } from '../domain/gtin.ts';

/** Free text shown to people: not blank, no control characters. */
function text(maxLength: number) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(maxLength, `must be at most ${maxLength} characters`)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
    .regex(/\S/, 'must not be blank');
}

/** A GTIN-8, -12, -13 or -14 with a valid GS1 check digit, as a string (leading zeros matter). */
const gtin = z
  .string()
  .max(64)
  .superRefine((code, ctx) => {
    const problem = gtinProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Strict: an unknown attribute is refused (400, naming the key), so "color" or "fit" is not silently lost. */
const attributes = z
  .strictObject({ size: text(64).optional(), colour: text(64).optional() })
  .describe('Variant attributes that set SKUs of one style apart');

const family = naturalKey.describe('Product family, e.g. basics, seasonal, electronics, home');
const unitOfMeasure = text(32).describe('What one quantity counts, e.g. unit, pair, kg (default unit)');

export const createProductBody = z.strictObject({
  sku: naturalKey,
  name: text(200),
  barcode: gtin.nullable().optional(),
  category: text(100).nullable().optional(),
  family: family.nullable().optional(),
  style: naturalKey.nullable().optional(),
  attributes: attributes.optional(),
  unitOfMeasure: unitOfMeasure.optional(),
  cost: money,
  price: money,
  taxRate: taxRate.nullable().optional().describe('Basis points; left out, the company default applies'),
});

/** Strict: a field that cannot be changed (the SKU, say) is refused rather than silently ignored. */
export const updateProductBody = z.strictObject({
  name: text(200).optional(),
  category: text(100).nullable().optional(),
  family: family.nullable().optional(),
  style: naturalKey.nullable().optional(),
  attributes: attributes.optional(),
  unitOfMeasure: unitOfMeasure.optional(),
  barcode: gtin.nullable().optional(),
  cost: money.optional(),
  price: money.optional(),
  taxRate: taxRate.nullable().optional().describe('Basis points; null hands the product back to the company default'),
});

export const productSchema = z.object({
  id: z.uuid(),
  sku: z.string(),
  name: z.string(),
  barcode: z.string().nullable(),
  category: z.string().nullable(),
  family: z.string().nullable(),
  style: z.string().nullable(),
  attributes: z.record(z.string(), z.string()),
  unitOfMeasure: z.string(),
  cost: z.number().optional().describe('Unit cost; absent for roles that may not see costs (store associates, service agents)'),
  price: z.number(),
  taxRate: z.number().describe('The rate that applies: the product’s own, else the company default'),
});

export const listProductsQuery = listQuery.extend({
  q: z
    .string()
    .max(200)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
    .optional()
    .describe('Words that must all occur, in any order, in the SKU, name, style, colour, size or category (case and accents ignored), or a GTIN; an exact SKU or GTIN match comes first'),
  category: text(100).optional(),
  family: naturalKey.optional(),
  style: naturalKey.optional(),
  barcode: z.string().min(1).max(64).optional().describe('Exact barcode (the same GTIN in any spelling)'),
  barcodePrefix: z.string().regex(/^[0-9]{1,14}$/, 'must be 1 to 14 digits').optional(),
});

export const productParams = z.object({ sku: naturalKey });

export const barcodeParams = z.object({ barcode: z.string().min(1).max(64) });
