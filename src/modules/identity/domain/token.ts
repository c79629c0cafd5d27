// Bearer tokens: opaque random strings, stored only as their SHA-256 hash.
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_LIFETIME_HOURS = 12;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
