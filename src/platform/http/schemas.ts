// Shared request and response schemas: natural keys, money, quantities, list pages.
import { z } from 'zod';
import type { DocumentPrefix } from '../db/document-number.ts';

/** A natural key (location code, SKU): 1–64 characters, no control characters. */
export const naturalKey = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[^\p{Cc}]+$/u, 'must not contain control characters');

/** Money in minor units of the company currency. */
export const money = z.number().int('must be an integer of minor units').min(0, 'must not be negative').max(Number.MAX_SAFE_INTEGER);

/** A quantity in the product's unit of measure; direction comes from the operation, never a sign. */
export const quantity = z.number().int('must be an integer').positive('must be greater than zero').max(1_000_000_000);

export const taxRate = z.number().int('must be an integer of basis points').min(0).max(10_000);

export const email = z.email('must be an email address').max(254);

export const uuid = z.uuid();

/**
 * Path parameters of a document's routes: the document's id (a UUID) or its number (SO-000123). Anything
 * else is 400; an id or number that names no document is the route's 404.
 */
export function documentParams(prefix: DocumentPrefix) {
  const idOrNumber = new RegExp(`^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|${prefix}-\\d{6,})$`);
  return z.object({ id: z.string().max(64).regex(idOrNumber, `must be an id (UUID) or a number like ${prefix}-000123`) });
}

export const listQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(512).optional(),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
