// Request and response schemas of the identity routes.
import { z } from 'zod';
import { ROLES } from '../../../kernel/actor.ts';
import { email, listQuery, naturalKey } from '../../../platform/http/schemas.ts';

const name = z.string().min(1).max(200);
const password = z.string().min(8, 'must be at least 8 characters').max(200);
const locations = z.array(naturalKey).max(1000);

export const createUserBody = z.strictObject({
  email,
  name,
  role: z.enum(ROLES),
  locations: locations.optional(),
  password,
});

export const updateUserBody = z.strictObject({
  name: name.optional(),
  role: z.enum(ROLES).optional(),
  locations: locations.optional().describe('Replaces the locations the user is limited to; an empty list lifts the limit'),
});

export const changeOwnPasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: password,
});

export const resetPasswordBody = z.strictObject({ password });

// z.guid(), not z.uuid(): the built-in users' ids (…0000, …0001) are not RFC 9562 UUIDs, and z.uuid() rejects them.
export const userSchema = z.object({
  id: z.guid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  locations: z.array(z.string()),
  active: z.boolean().describe('False once deactivated: none of the user’s tokens works and they cannot sign in'),
});

export const meSchema = userSchema.extend({
  permissions: z.array(z.string()).describe('The actions the caller’s role may perform (an administrator: every action there is)'),
});

export const issueTokenBody = z.strictObject({ email: z.string().min(1).max(254), password: z.string().min(1).max(200) });

export const tokenSchema = z.object({ token: z.string(), expiresAt: z.string() });

export const listUsersQuery = listQuery;

export const userParams = z.object({ id: z.guid() });
