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

/** Where a text stops being JSON: the offset of the first wrong character (the length when it ends too soon), or -1. */
export function jsonSyntaxErrorOffset(text: string): number {
  let i = 0;
  const stop = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const digits = () => {
    const start = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i += 1;
    if (i === start) stop();
  };
  const word = (expected: string) => {
    for (const char of expected) {
      if (text[i] !== char) stop();
      i += 1;
    }
  };
  const string = () => {
    i += 1;
    for (;;) {
      if (i >= text.length) stop();
      const char = text[i] as string;
      if (char === '"') return void (i += 1);
      if (char < ' ') stop();
      if (char === '\\') {
        i += 1;
        if (text[i] === 'u') {
          i += 1;
          for (let n = 0; n < 4; n++, i++) if (!/[0-9a-fA-F]/.test(text[i] ?? '')) stop();
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) stop();
      }
      i += 1;
    }
  };
  const number = () => {
    if (text[i] === '-') i += 1;
    if (text[i] === '0') i += 1;
    else digits();
    if (text[i] === '.') {
      i += 1;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      digits();
    }
  };
  // Bodies are checked for depth before this runs, so the recursion stays shallow.
  const members = (close: string, member: () => void) => {
    i += 1;
    space();
    if (text[i] === close) return void (i += 1);
    for (;;) {
      member();
      space();
      if (text[i] === close) return void (i += 1);
      if (text[i] !== ',') stop();
      i += 1;
      space();
    }
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') {
      members('}', () => {
        if (text[i] !== '"') stop();
        string();
        space();
        if (text[i] !== ':') stop();
        i += 1;
        value();
      });
    } else if (char === '[') members(']', value);
    else if (char === '"') string();
    else if (char === 't') word('true');
    else if (char === 'f') word('false');
    else if (char === 'n') word('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else stop();
  };
  try {
    value();
    space();
    if (i < text.length) stop();
    return -1;
  } catch (offset) {
    if (typeof offset !== 'number') throw offset;
    return offset;
  }
}

/**
 * The invalid_json problem for a body the parser refused, saying where (line, column, offset) and what it found;
 * text that is JSON yet refused names a prototype property (__proto__, constructor.prototype).
 */
export function invalidJson(text: string): InvalidInput {
  const offset = jsonSyntaxErrorOffset(text);
  if (offset < 0) return new InvalidInput('The request body names a prototype property (__proto__ or constructor.prototype).', undefined, 'invalid_json');
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = offset >= text.length ? 'the body ends early' : `unexpected ${JSON.stringify(String.fromCodePoint(text.codePointAt(offset) as number))}`;
  return new InvalidInput(`The request body is not valid JSON: ${found} at line ${line}, column ${column}.`, undefined, 'invalid_json', { line, column, offset });
}
