// Request and response schemas of the identity routes.
import { z } from 'zod';
import { ROLES } from '../../../kernel/actor.ts';
import { email, listQuery, naturalKey } from '../../../platform/http/schemas.ts';

export const createUserBody = z.strictObject({
  email,
  name: z.string().min(1).max(200),
  role: z.enum(ROLES),
  locations: z.array(naturalKey).max(1000).optional(),
  password: z.string().min(8, 'must be at least 8 characters').max(200),
});

// z.guid(), not z.uuid(): the built-in users' ids (…0000, …0001) are not RFC 9562 UUIDs, and z.uuid() rejects them.
export const userSchema = z.object({
  id: z.guid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  locations: z.array(z.string()),
});

export const issueTokenBody = z.strictObject({ email: z.string().min(1).max(254), password: z.string().min(1).max(200) });

export const tokenSchema = z.object({ token: z.string(), expiresAt: z.string() });

export const listUsersQuery = listQuery;

export const userParams = z.object({ id: z.guid() });
