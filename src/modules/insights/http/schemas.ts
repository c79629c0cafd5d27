// Request and response schemas of the KPI routes.
import { z } from 'zod';

const figure = z.number().nullable();

export const kpiCatalogueSchema = z.object({
  items: z.array(
    z.object({
      name: z.string(),
      title: z.string(),
      unit: z.enum(['money', 'ratio', 'units', 'weeks', 'hours', 'days']),
      cuts: z.array(z.enum(['channel', 'location', 'family', 'vendor', 'day'])),
      available: z.boolean(),
      description: z.string(),
    }),
  ),
});

export const kpiParams = z.strictObject({ name: z.string().min(1).max(64) });

export const kpiQuery = z.strictObject({
  from: z.string().max(32).optional(),
  to: z.string().max(32).optional(),
  /** Checked against the KPI's own cuts, so the 400 can name them. */
  by: z.string().max(64).optional(),
  format: z.enum(['json', 'csv']).optional(),
});

const figures = {
  value: figure,
  numerator: figure,
  denominator: figure,
  p50: figure.optional(),
  p90: figure.optional(),
  buckets: z.array(z.object({ bucket: z.string(), units: z.number(), value: z.number() })).optional(),
};

export const kpiAnswerSchema = z.object({
  name: z.string(),
  unit: z.string(),
  from: z.string(),
  to: z.string(),
  by: z.string().nullable(),
  available: z.boolean(),
  rows: z.array(z.object({ key: z.string(), ...figures })),
  total: figure,
  totals: z.object(figures),
});
