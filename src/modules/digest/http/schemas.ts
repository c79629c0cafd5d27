// Request and response schemas of the digest route.
import { z } from 'zod';

export const digestParams = z.object({ date: z.string().max(32).describe('the day, YYYY-MM-DD (UTC)') });

export const digestQuery = z.strictObject({
  format: z.enum(['json', 'text', 'html']).optional().describe('JSON (default), plain text or an HTML page'),
});

const comparison = z.object({ date: z.string(), value: z.number().nullable(), changePercent: z.number().nullable() });

export const digestSchema = z.object({
  date: z.string(),
  role: z.string(),
  locations: z.array(z.string()).nullable(),
  currency: z.string(),
  headline: z.string(),
  totalValueAtRisk: z.number().describe('minor units, over the unresolved exceptions listed'),
  moreExceptions: z.boolean().describe('more exceptions were open than are listed (the 500 largest by value at risk are)'),
  actions: z.array(z.object({ rank: z.number(), verb: z.string(), exceptionId: z.string(), text: z.string(), why: z.string(), link: z.string() })),
  exceptions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      location: z.string().nullable(),
      status: z.string(),
      valueAtRisk: z.number(),
      dueAt: z.string(),
      text: z.string(),
      why: z.string(),
      link: z.string(),
    }),
  ),
  kpis: z.array(
    z.object({
      name: z.string(),
      title: z.string(),
      unit: z.enum(['money', 'ratio', 'units', 'weeks', 'hours', 'days']),
      value: z.number().nullable(),
      lastWeek: comparison,
      lastYear: comparison,
      text: z.string(),
      why: z.string(),
      link: z.string(),
    }),
  ),
});
