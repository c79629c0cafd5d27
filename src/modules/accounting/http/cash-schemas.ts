// Request and response schemas of till cash sessions, settlement imports and reconciliation exceptions.
import { z } from 'zod';
import { documentParams, listQuery, money, naturalKey } from '../../../platform/http/schemas.ts';
import { format } from './schemas.ts';

export const cashSessionSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  location: z.string(),
  status: z.enum(['open', 'closed']),
  float: z.number(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  expected: z.number().nullable(),
  counted: z.number().nullable(),
  difference: z.number().nullable(),
});

export const openCashSessionBody = z.strictObject({ location: naturalKey, float: money });

export const closeCashSessionBody = z.strictObject({ counted: money });

export const cashSessionParams = documentParams('CS');

export const listCashSessionsQuery = listQuery.extend({ location: naturalKey.optional(), status: z.enum(['open', 'closed']).optional(), format });

export const settlementBody = z.strictObject({
  csv: z.string().min(1, 'must not be empty').max(1_000_000).describe('The provider file: a header with date, reference, gross, fee, net, then one row per payment or refund'),
  filename: z.string().max(200).regex(/^[^\p{Cc}]*$/u, 'must not contain control characters').optional(),
});

const exceptionFields = {
  date: z.string(),
  reference: z.string(),
  gross: z.number().nullable(),
  fee: z.number().nullable(),
  net: z.number().nullable(),
  reason: z.string(),
};

export const settlementSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  filename: z.string().nullable(),
  rows: z.number(),
  matched: z.number(),
  entry: z.string().nullable(),
  exceptions: z.array(z.object({ row: z.number(), ...exceptionFields })),
});

export const exceptionsQuery = listQuery.extend({ settlement: z.string().max(64).optional() });

export const exceptionSchema = z.object({ settlement: z.string(), row: z.number(), importedAt: z.string(), ...exceptionFields });
