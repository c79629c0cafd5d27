// Request and response schemas of the accounting reports, the tax report among them (each also served as CSV
// with ?format=csv).
import { z } from 'zod';
import { listQuery, naturalKey } from '../../../platform/http/schemas.ts';
import { ROLES } from '../domain/account.ts';
import { MARGIN_DIMENSIONS } from '../queries/gross-margin.ts';
import { periodBound } from '../../../platform/http/period.ts';
import { accountSchema, coveredPeriod, format, period } from './schemas.ts';

const role = z.enum(ROLES).nullable();

export const periodReportQuery = z.strictObject({ ...period, format });

const statementLine = z.object({ code: z.string(), name: z.string(), role, amount: z.number() });
export const profitAndLossSchema = z.object({
  ...coveredPeriod,
  income: z.array(statementLine),
  expenses: z.array(statementLine),
  totals: z.object({ income: z.number(), expenses: z.number(), grossProfit: z.number(), netIncome: z.number() }),
});

const balanceLine = z.object({ code: z.string(), name: z.string(), role, opening: z.number(), closing: z.number() });
export const balanceSheetSchema = z.object({
  ...coveredPeriod,
  assets: z.array(balanceLine),
  liabilities: z.array(balanceLine),
  equity: z.array(balanceLine),
  totals: z.object({ assets: z.number(), liabilities: z.number(), equity: z.number(), liabilitiesAndEquity: z.number() }),
});

export const ledgerQuery = listQuery.extend({ ...period, format });
export const ledgerSchema = z.object({
  ...coveredPeriod,
  account: accountSchema,
  openingBalance: z.number(),
  items: z.array(
    z.object({ entry: z.string(), number: z.string(), date: z.string(), source: z.string(), description: z.string(), debit: z.number(), credit: z.number(), balance: z.number() }),
  ),
  nextCursor: z.string().nullable(),
});

export const grossMarginQuery = z.strictObject({
  ...period,
  format,
  location: naturalKey.optional().describe('Only sales at this location; a location outside the caller’s scope is 404'),
  by: z
    .string()
    .default('family,channel,location')
    .transform((value) => value.split(',').map((part) => part.trim()).filter((part) => part !== ''))
    .pipe(z.array(z.enum(MARGIN_DIMENSIONS)))
    .describe('Comma-separated: family, channel, location (default all three)'),
});

const marginFigures = { revenue: z.number(), cogs: z.number(), grossMargin: z.number(), marginBasisPoints: z.number().nullable() };
export const grossMarginSchema = z.object({
  ...coveredPeriod,
  by: z.array(z.enum(MARGIN_DIMENSIONS)),
  items: z.array(z.object({ family: z.string().nullable().optional(), channel: z.string().nullable().optional(), location: z.string().nullable().optional(), ...marginFigures })),
  totals: z.object(marginFigures),
});

export const stockValuationQuery = z.strictObject({ at: periodBound.optional().describe('A date (its end) or datetime; default now'), location: naturalKey.optional(), format });
export const stockValuationSchema = z.object({
  at: z.string(),
  items: z.array(z.object({ location: z.string(), kind: z.string(), quantity: z.number(), value: z.number() })),
  total: z.object({ quantity: z.number(), value: z.number() }),
});

export const taxReportQuery = z.strictObject({ ...period, format, interval: z.enum(['all', 'month', 'day']).default('all') });
export const taxReportSchema = z.object({
  ...coveredPeriod,
  items: z.array(z.object({ jurisdiction: z.string().nullable(), name: z.string().nullable(), period: z.string().nullable(), taxableSales: z.number(), tax: z.number() })),
  totals: z.object({ taxableSales: z.number(), tax: z.number() }),
});
