// Request and response schemas of the tax routes: jurisdictions, their locations, the rule table, rates.
import { z } from 'zod';
import { listQuery, naturalKey, taxRate } from '../../../platform/http/schemas.ts';

const name = z.string().min(1, 'must not be empty').max(200).regex(/^[^\p{Cc}]*$/u, 'must not contain control characters').regex(/\S/, 'must not be blank');

export const jurisdictionSchema = z.object({
  code: z.string(),
  name: z.string(),
  pricesIncludeTax: z.boolean(),
  locations: z.array(z.string()),
  rules: z.array(z.object({ taxCategory: z.string(), rate: z.number() })),
});

export const createJurisdictionBody = z.strictObject({ code: naturalKey, name, pricesIncludeTax: z.boolean().optional() });

export const jurisdictionParams = z.object({ code: naturalKey });

export const assignLocationBody = z.strictObject({ location: naturalKey });

export const taxRuleBody = z.strictObject({
  jurisdiction: naturalKey,
  taxCategory: naturalKey.describe("The product category the rule is for; '*' for every category without a rule of its own"),
  rate: taxRate,
});

export const listJurisdictionsQuery = listQuery;

export const taxRateQuery = z.strictObject({ location: naturalKey, sku: naturalKey });

export const taxRateSchema = z.object({
  sku: z.string(),
  location: z.string(),
  jurisdiction: z.string().nullable(),
  taxCategory: z.string().nullable(),
  rate: z.number(),
  pricesIncludeTax: z.boolean(),
});
