// Request and response schemas of the accounting routes: chart of accounts, journal, trial balance, period lock.
import { z } from 'zod';
import { periodBound } from '../../../platform/http/period.ts';
import { documentParams, listQuery, money, naturalKey } from '../../../platform/http/schemas.ts';
import { ACCOUNT_TYPES, PURPOSES, ROLES } from '../domain/account.ts';

/** A period: ISO dates (a `to` date means the end of that day) or ISO datetimes with offset. */
export const period = { from: periodBound.optional(), to: periodBound.optional() };
/** The period a report covers, echoed in its response (see echoPeriod). */
export const coveredPeriod = {
  from: z.string().nullable().describe('Start of the period (inclusive), null when open'),
  to: z.string().nullable().describe('End of the period (inclusive, a date means its last millisecond), null when open'),
};

export const format = z.enum(['json', 'csv']).default('json').describe('csv returns the same rows as text/csv');

export const accountCode = naturalKey;

export const accountSchema = z.object({
  code: z.string(),
  name: z.string(),
  type: z.enum(ACCOUNT_TYPES),
  role: z.enum(ROLES).nullable(),
  purpose: z.enum(PURPOSES).nullable(),
  location: z.string().nullable(),
  archived: z.boolean(),
});

const accountName = z.string().min(1, 'must not be empty').max(200).regex(/^[^\p{Cc}]*$/u, 'must not contain control characters').regex(/\S/, 'must not be blank');

export const createAccountBody = z.strictObject({
  code: accountCode,
  name: accountName,
  type: z.enum(ACCOUNT_TYPES),
  role: z.enum(ROLES).nullable().optional().describe('Counts the account in that role’s sums; automatic postings keep going to the system accounts'),
});

export const updateAccountBody = z.strictObject({ name: accountName });

export const accountParams = z.object({ code: accountCode });

export const listAccountsQuery = listQuery.extend({ includeArchived: z.enum(['true', 'false']).optional() });

export const trialBalanceQuery = z.strictObject({ ...period, format });

export const trialBalanceSchema = z.object({
  ...coveredPeriod,
  accounts: z.array(
    z.object({ code: z.string(), name: z.string(), type: z.enum(ACCOUNT_TYPES), role: z.enum(ROLES).nullable(), debit: z.number(), credit: z.number(), balance: z.number() }),
  ),
  totals: z.object({ debit: z.number(), credit: z.number() }),
});

export const journalEntriesQuery = listQuery.extend({
  ...period,
  source: z
    .string()
    .max(200)
    .regex(/^[a-z_]+:[^\p{Cc}]+$/u, 'must be type:id, e.g. order:{id}')
    .optional(),
  order: z.enum(['asc', 'desc']).default('asc').describe('Posting order (`asc`, the default) or newest first (`desc`); a cursor pages on in the order it was made in'),
});

export const journalEntrySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  date: z.string(),
  source: z.string(),
  description: z.string(),
  lines: z.array(z.object({ account: z.string(), name: z.string(), role: z.enum(ROLES).nullable(), debit: z.number(), credit: z.number() })),
});

export const journalEntryParams = documentParams('JE');

export const manualEntryBody = z.strictObject({
  description: accountName,
  lines: z
    .array(z.strictObject({ account: accountCode, debit: money.optional(), credit: money.optional() }))
    .min(2, 'must have at least two lines')
    .max(500),
});

export const periodLockBody = z.strictObject({ lockDate: z.iso.date().nullable() });

export const periodLockSchema = z.object({ lockDate: z.string().nullable() });
