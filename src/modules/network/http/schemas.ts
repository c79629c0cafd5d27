// Request and response schemas of the network routes.
import { z } from 'zod';
import { listQuery, naturalKey, taxRate } from '../../../platform/http/schemas.ts';
import { PHYSICAL_KINDS } from '../domain/location.ts';

export const createLocationBody = z.strictObject({
  code: naturalKey,
  name: z.string().min(1).max(200),
  kind: z.enum(PHYSICAL_KINDS),
  shipsToCustomers: z.boolean().optional(),
  pickupPoint: z.boolean().optional(),
  priority: z.number().int().min(0).max(10_000).optional(),
});

export const locationSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  shipsToCustomers: z.boolean(),
  pickupPoint: z.boolean(),
  priority: z.number(),
});

export const listLocationsQuery = listQuery.extend({ kind: z.enum(PHYSICAL_KINDS).optional() });

export const locationParams = z.object({ code: naturalKey });

export const companySchema = z.object({
  name: z.string(),
  currency: z.string(),
  defaultTaxRate: z.number(),
});

export const updateCompanyBody = z
  .strictObject({
    name: z.string().min(1).max(200),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
    defaultTaxRate: taxRate,
  })
  .partial();
