// Checks on every JSON request body, before any route sees it: nesting depth (deep bodies overflow the
// stack of JSON.stringify, e.g. in the idempotency fingerprint) and text PostgreSQL cannot store or that no
// field should hold (NUL and other control characters, unpaired surrogates, which jsonb rejects).
import { type ErrorDetail, InvalidInput } from '../../kernel/errors.ts';

export const MAX_JSON_DEPTH = 64;

/** Control characters other than tab, line feed and carriage return; unpaired UTF-16 surrogates. */
const UNSTORABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\p{Cs}/u;

/** Whether the JSON text nests objects and arrays deeper than maxDepth (a linear scan, no recursion). */
export function nestsDeeperThan(json: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const char = json.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i += 1; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (char === 0x7d || char === 0x5d) depth -= 1;
  }
  return false;
}

/** JSON pointers of the strings and keys in a parsed body that hold unstorable characters (at most 20). */
export function findUnstorableText(value: unknown): ErrorDetail[] {
  const found: ErrorDetail[] = [];
  const pending: Array<[unknown, string]> = [[value, '']];
  while (pending.length > 0 && found.length < 20) {
    const [current, path] = pending.pop() as [unknown, string];
    if (typeof current === 'string') {
      if (UNSTORABLE.test(current)) found.push({ path: path || '/', message: 'must not contain control characters' });
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, `${path}/${index}`]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const itemPath = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        if (UNSTORABLE.test(key)) found.push({ path: itemPath, message: 'the key must not contain control characters' });
        pending.push([item, itemPath]);
      }
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Throws InvalidInput when a raw JSON body nests too deeply. */
export function assertShallowJson(json: string): void {
  if (nestsDeeperThan(json, MAX_JSON_DEPTH)) {
    throw new InvalidInput(`The request body nests more than ${MAX_JSON_DEPTH} levels deep`, undefined, 'invalid_json');
  }
}

/** Throws InvalidInput (validation_failed, with the JSON pointers) when a parsed body holds unstorable text. */
export function assertStorableText(value: unknown): void {
  const errors = findUnstorableText(value);
  if (errors.length > 0) throw new InvalidInput('The request body contains control characters', errors);
}
