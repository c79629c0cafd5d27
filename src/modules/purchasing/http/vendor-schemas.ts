// Request and response schemas of vendors, supplier info, reorder rules and their templates, and settings.
import { z } from 'zod';
import { email, listQuery, money, naturalKey, quantity } from '../../../platform/http/schemas.ts';

/** Free text shown to people: not blank, no control characters. */
export function text(maxLength: number) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(maxLength, `must be at most ${maxLength} characters`)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
    .regex(/\S/, 'must not be blank');
}

const days = z.number().int('must be whole days').min(0).max(365);
const contact = z.strictObject({ name: text(200).nullable().optional(), email: email.nullable().optional(), phone: text(64).nullable().optional() });

export const createVendorBody = z.strictObject({
  code: naturalKey,
  name: text(200),
  paymentTermsDays: days.optional().describe('Net days to pay a bill (default 30)'),
  leadTimeDays: days.optional().describe('Lead time of products whose supplier info names none (default 7)'),
  contact: contact.optional(),
});

export const updateVendorBody = z.strictObject({
  name: text(200).optional(),
  paymentTermsDays: days.optional(),
  leadTimeDays: days.optional(),
  contact: contact.optional(),
  active: z.boolean().optional(),
});

export const vendorSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  paymentTermsDays: z.number(),
  leadTimeDays: z.number(),
  contact: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }),
  active: z.boolean(),
});

export const vendorParams = z.object({ code: naturalKey });
export const vendorsQuery = listQuery.extend({ active: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });

export const supplierProductBody = z.strictObject({
  sku: naturalKey,
  vendorSku: text(64).nullable().optional(),
  unitCost: money,
  minOrderQuantity: quantity.optional(),
  orderMultiple: quantity.optional(),
  leadTimeDays: days.nullable().optional().describe('Left out: the vendor’s lead time'),
  preferred: z.boolean().optional().describe('The vendor the replenishment run orders this product from'),
});

export const supplierProductSchema = z.object({
  vendor: z.string(),
  sku: z.string(),
  vendorSku: z.string().nullable(),
  unitCost: z.number(),
  minOrderQuantity: z.number(),
  orderMultiple: z.number(),
  leadTimeDays: z.number(),
  preferred: z.boolean(),
});
export const supplierProductsQuery = listQuery.extend({ sku: naturalKey.optional() });

const units = z.number().int('must be an integer').min(0).max(1_000_000_000);
const TRIGGERS = ['auto', 'manual'] as const;
const SOURCES = ['purchase', 'transfer'] as const;

const ruleFields = {
  sku: naturalKey,
  min: units,
  max: units,
  multiple: quantity.optional(),
  trigger: z.enum(TRIGGERS).optional().describe('auto: the nightly run orders; manual: proposals wait for a buyer'),
  source: z.enum(SOURCES).optional().describe('purchase (from the preferred vendor) or transfer (from sourceLocation)'),
  sourceLocation: naturalKey.optional(),
};
const minNotAboveMax = { path: ['max'], message: 'must be at least min' };

export const reorderRuleBody = z
  .strictObject({ ...ruleFields, location: naturalKey, leadTimeDays: days.nullable().optional(), active: z.boolean().optional() })
  .refine((body) => body.max >= body.min, minNotAboveMax)
  .refine((body) => body.sourceLocation !== body.location, { path: ['sourceLocation'], message: 'must differ from location' });

export const reorderRuleSchema = z.object({
  id: z.uuid(),
  sku: z.string(),
  location: z.string(),
  min: z.number(),
  max: z.number(),
  multiple: z.number(),
  trigger: z.enum(TRIGGERS),
  source: z.enum(SOURCES),
  sourceLocation: z.string().nullable(),
  leadTimeDays: z.number().nullable(),
  active: z.boolean(),
});
export const reorderRulesQuery = listQuery.extend({
  location: naturalKey.optional(),
  sku: naturalKey.optional(),
  source: z.enum(SOURCES).optional(),
  trigger: z.enum(TRIGGERS).optional(),
});

const LOCATION_KINDS = ['warehouse', 'store'] as const;
export const ruleTemplateBody = z.strictObject({ ...ruleFields, locationKind: z.enum(LOCATION_KINDS) }).refine((body) => body.max >= body.min, minNotAboveMax);
export const ruleTemplateSchema = reorderRuleSchema.omit({ location: true, leadTimeDays: true, active: true }).extend({ locationKind: z.enum(LOCATION_KINDS) });
export const ruleTemplatesQuery = listQuery.extend({ locationKind: z.enum(LOCATION_KINDS).optional() });

const basisPoints = z.number().int('must be an integer of basis points').min(0).max(10_000);
export const settingsSchema = z.object({
  overReceiptTolerance: basisPoints.describe('Basis points over the ordered quantity a receipt may reach (500 = 5 %)'),
  billQuantityTolerance: basisPoints,
  billPriceTolerance: basisPoints,
  demandWindowDays: z.number().int().min(1).max(366),
  transferLeadTimeDays: days,
  submitRunOrders: z.boolean(),
  nightlyRunHourUtc: z.number().int().min(0).max(23),
});
export const settingsBody = settingsSchema.partial().strict();
