// Malformed requests against every route the OpenAPI document lists (so new routes are covered without
// editing this file): each one is a 4xx problem+json with type/title/status/detail/code, never a 5xx,
// and the database is left exactly as it was.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiResponse, startTestApp, type TestApp } from '../support/test-app.ts';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  $ref?: string;
};

interface Malformed {
  name: string;
  payload: string | undefined;
  contentType?: string | undefined;
}

/**
 * A placeholder for JSON text that JSON.stringify cannot write: numbers beyond doubles, and nesting deeper
 * than its recursion allows. toJson splices the text in.
 */
const rawTexts: string[] = [];
const raw = (text: string) => `@@raw:${rawTexts.push(text) - 1}@@`;
const toJson = (value: unknown) => JSON.stringify(value).replace(/"@@raw:(\d+)@@"/g, (_match, index) => rawTexts[Number(index)] as string);

const NASTY_STRINGS: Array<[string, string]> = [
  ['NUL', 'A\u0000B'],
  ['BEL', 'A\u0007B'],
  ['ESC', '\u001b[31mred'],
  ['DEL', 'A\u007fB'],
  ['C1', 'A\u0085B'],
  ['lone surrogate', 'A\ud800B'],
];
const NASTY_NUMBERS: Array<[string, unknown]> = [
  ['negative', -1],
  ['float', 1.5],
  ['tiny float', 1e-9],
  ['2^53 + 1', raw('9007199254740993')],
  ['1e20', raw('1e20')],
  ['1e400 (Infinity)', raw('1e400')],
  ['-1e400', raw('-1e400')],
  ['a numeric string', '5'],
];
const DEPTH = 20_000;

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 20; hops++) current = components[current.$ref.split('/').pop() as string] ?? {};
  const option = current.anyOf?.[0] ?? current.oneOf?.[0] ?? current.allOf?.[0];
  return option ? resolve(option, components) : current;
}

/** A plausible value for a schema: required properties only, or every property. */
function sample(schema: JsonSchema, components: Record<string, JsonSchema>, everything: boolean): unknown {
  const s = resolve(schema, components);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type ?? (s.properties ? 'object' : 'string')) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(s.properties ?? {})) {
        if (everything || s.required?.includes(key)) out[key] = sample(property, components, everything);
      }
      return out;
    }
    case 'array':
      return [sample(s.items ?? {}, components, everything)];
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return true;
    default:
      if (s.format === 'email') return 'malformed@example.com';
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'date-time') return '2026-01-01T00:00:00Z';
      if (s.format === 'date') return '2026-01-01';
      return 'MALFORMED-1'.slice(0, s.maxLength ?? 64);
  }
}

interface Leaf {
  path: Array<string | number>;
  value: unknown;
  schema: JsonSchema;
}

/** Every leaf of a sample value, as a path of keys and indexes, with the leaf's value and schema. */
function leaves(value: unknown, schema: JsonSchema, components: Record<string, JsonSchema>, path: Array<string | number> = []): Leaf[] {
  const s = resolve(schema, components);
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, s.items ?? {}, components, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, s.properties?.[key] ?? {}, components, [...path, key]));
  }
  return [{ path, value, schema }];
}

/**
 * Whether a leaf's schema accepts a value (a shallow JSON Schema check). Integers beyond 2^53 are never
 * acceptable here: the API's numbers are safe integers.
 */
function accepts(schema: JsonSchema, value: unknown, components: Record<string, JsonSchema>): boolean {
  if (schema.$ref) return accepts(resolve(schema, components), value, components);
  if (schema.anyOf) return schema.anyOf.some((option) => accepts(option, value, components));
  if (schema.oneOf) return schema.oneOf.some((option) => accepts(option, value, components));
  if (schema.allOf) return schema.allOf.every((option) => accepts(option, value, components));
  if (schema.const !== undefined) return JSON.stringify(schema.const) === JSON.stringify(value);
  if (schema.enum) return schema.enum.some((option) => JSON.stringify(option) === JSON.stringify(value));
  const types = schema.type === undefined ? undefined : Array.isArray(schema.type) ? schema.type : [schema.type];
  const is = (type: string) => types === undefined || types.includes(type);
  if (value === null) return is('null');
  if (Array.isArray(value)) return is('array');
  if (typeof value === 'object') return is('object');
  if (typeof value === 'boolean') return is('boolean');
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) return false;
    if (!(is('number') || (is('integer') && Number.isInteger(value)))) return false;
    return (
      (schema.minimum === undefined || value >= schema.minimum) &&
      (schema.maximum === undefined || value <= schema.maximum) &&
      (schema.exclusiveMinimum === undefined || value > schema.exclusiveMinimum) &&
      (schema.exclusiveMaximum === undefined || value < schema.exclusiveMaximum)
    );
  }
  if (typeof value === 'string') {
    if (!is('string')) return false;
    if (schema.minLength !== undefined && value.length < schema.minLength) return false;
    if (schema.maxLength !== undefined && value.length > schema.maxLength) return false;
    return schema.pattern === undefined || new RegExp(schema.pattern, 'u').test(value);
  }
  return true;
}

function withLeaf(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[head] = withLeaf(copy[head], rest, replacement);
  return copy;
}

function malformedBodies(schema: JsonSchema | undefined, components: Record<string, JsonSchema>): Malformed[] {
  const json = 'application/json';
  const cases: Malformed[] = [
    { name: 'invalid JSON (truncated)', payload: '{"code": "X", ', contentType: json },
    { name: 'invalid JSON (single quotes)', payload: "{'code': 'X'}", contentType: json },
    { name: 'invalid JSON (trailing garbage)', payload: '{} {}', contentType: json },
    { name: 'invalid JSON (bare word)', payload: 'undefined', contentType: json },
    { name: 'a prototype-polluting body', payload: '{"__proto__": {"role": "admin"}}', contentType: json },
    { name: 'a constructor-polluting body', payload: '{"constructor": {"prototype": {"role": "admin"}}}', contentType: json },
    { name: 'a JSON array', payload: '[]', contentType: json },
    { name: 'a JSON array of objects', payload: '[{}]', contentType: json },
    { name: 'a JSON string', payload: '"hello"', contentType: json },
    { name: 'a JSON number', payload: '42', contentType: json },
    { name: 'JSON null', payload: 'null', contentType: json },
    { name: 'JSON true', payload: 'true', contentType: json },
    { name: 'an empty body', payload: '', contentType: json },
    { name: 'text/plain', payload: '{"code": "TEXT", "name": "Text", "kind": "store"}', contentType: 'text/plain' },
    { name: 'a form', payload: 'code=FORM&name=Form&kind=store', contentType: 'application/x-www-form-urlencoded' },
    { name: 'xml', payload: '<location><code>X</code></location>', contentType: 'application/xml' },
    { name: 'no content type', payload: '{"code": "NONE"}', contentType: undefined },
    { name: 'a body over 1 MiB', payload: `{"name": "${'x'.repeat(1_100_000)}"}`, contentType: json },
    { name: 'a deeply nested object', payload: `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`, contentType: json },
    { name: 'a deeply nested array', payload: `${'['.repeat(DEPTH * 10)}${']'.repeat(DEPTH * 10)}`, contentType: json },
  ];
  if (!schema) return cases;

  const bodies = [sample(schema, components, false), sample(schema, components, true)];
  const deepText = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
  const seen = new Set<string>();
  const add = (name: string, body: unknown) => {
    const payload = toJson(body);
    if (seen.has(payload)) return;
    seen.add(payload);
    cases.push({ name, payload, contentType: json });
  };
  for (const body of bodies) {
    if (body === null || typeof body !== 'object') continue;
    add('an array where the object belongs', [body]);
    for (const leaf of leaves(body, schema, components)) {
      const at = `/${leaf.path.join('/')}`;
      // Values of the wrong type or out of range: sent only where the route's own schema rejects them
      // (a null barcode or a negative adjustment delta can be perfectly valid).
      const wrong = (name: string, value: unknown, parsed: unknown = value) => {
        if (!accepts(leaf.schema, parsed, components)) add(`${name} at ${at}`, withLeaf(body, leaf.path, value));
      };
      wrong('null', null);
      wrong('a deeply nested object', raw(deepText), { a: {} });
      wrong('a huge array', Array.from({ length: 50_000 }, () => 'A'), []);
      wrong('an object', { value: leaf.value });
      if (typeof leaf.value === 'number') {
        for (const [name, value] of NASTY_NUMBERS) {
          wrong(name, value, typeof value === 'string' && value.startsWith('@@raw:') ? Number(rawTexts[Number(value.slice(6, -2))]) : value);
        }
      } else if (typeof leaf.value === 'string') {
        // Control characters and unpaired surrogates are refused in every string of every body.
        for (const [name, value] of NASTY_STRINGS) add(`a string with ${name} at ${at}`, withLeaf(body, leaf.path, value));
        wrong('a 100 000-character string', 'y'.repeat(100_000));
        wrong('a number', 7);
      } else if (typeof leaf.value === 'boolean') {
        wrong('a string boolean', 'true');
      }
    }
  }
  return cases;
}

/** The paths of every object in a sample body (the body itself first), where an unknown property can hide. */
function objectPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, index) => objectPaths(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  return [path, ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key]))];
}

function valueAt(value: unknown, path: Array<string | number>): unknown {
  return path.reduce<unknown>((current, key) => (current as Record<string | number, unknown>)[key], value);
}

/** What is wrong with a response that should be a 4xx problem, or undefined when nothing is. */
function problemIssue(response: ApiResponse, what: string): string | undefined {
  const body = response.body ?? {};
  const wrong =
    response.status < 400 || response.status >= 500
      ? `status ${response.status}`
      : !String(response.headers['content-type']).startsWith('application/problem+json')
        ? `content-type ${response.headers['content-type']}`
        : typeof body.type !== 'string' || typeof body.title !== 'string' || typeof body.detail !== 'string'
          ? 'type/title/detail missing'
          : body.status !== response.status
            ? `body status ${body.status}`
            : typeof body.code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(body.code)
              ? `code ${body.code}`
              : undefined;
  return wrong && `${what} → ${wrong}: ${JSON.stringify(response.body)?.slice(0, 200)}`;
}

function expectProblem(response: ApiResponse, what: string) {
  expect(problemIssue(response, what)).toBeUndefined();
}

describe('malformed requests', () => {
  let t: TestApp;
  let paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> }; parameters?: any[] }>>;
  let components: Record<string, JsonSchema>;

  /** Row counts of every table in the public schema. */
  async function snapshot(): Promise<Record<string, number>> {
    const tables = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(t.app.database.kysely);
    const counts = await sql<{ name: string; n: number }>`${sql.join(
      tables.rows.map((table) => sql`SELECT ${table.name}::text AS name, count(*)::int AS n FROM ${sql.table(table.name)}`),
      sql` UNION ALL `,
    )}`.execute(t.app.database.kysely);
    return Object.fromEntries(counts.rows.map((row) => [row.name, row.n]));
  }

  beforeAll(async () => {
    t = await startTestApp();
    // Something for the requests to collide with.
    expect((await t.post('/api/v1/locations', { code: 'MALFORMED-1', name: 'Existing', kind: 'store' })).status).toBe(201);
    const openapi = await t.get('/api/v1/openapi.json');
    expect(openapi.status).toBe(200);
    paths = openapi.body.paths;
    components = openapi.body.components?.schemas ?? {};
  });
  afterAll(() => t.close());

  const fill = (path: string, value: string) => path.replace(/\{[^}]+\}/g, value);
  /** The path with every parameter filled by a value its schema accepts (a UUID where one is accepted: documents' ids). */
  const acceptsUuid = (schema: JsonSchema) => schema.format === 'uuid' || (typeof schema.pattern === 'string' && new RegExp(schema.pattern).test(randomUUID()));
  const fillValid = (template: string, parameters: Array<{ in: string; name: string; schema: JsonSchema }> = []) =>
    parameters
      .filter((parameter) => parameter.in === 'path')
      .reduce((url, parameter) => url.replace(`{${parameter.name}}`, acceptsUuid(resolve(parameter.schema, components)) ? randomUUID() : 'NOPE'), template);

  it('finds the write routes in the OpenAPI document', () => {
    const writes = Object.keys(paths).filter((path) => paths[path]?.post);
    expect(writes).toEqual(expect.arrayContaining(['/api/v1/users', '/api/v1/auth/tokens', '/api/v1/locations']));
  });

  it('answers every malformed body on every write route with a 4xx problem and changes nothing', async () => {
    const before = await snapshot();
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['location', 'app_user', 'audit_log', 'idempotency_key']));
    const issues: string[] = [];
    let sent = 0;
    for (const [template, operations] of Object.entries(paths)) {
      const post = operations.post;
      if (!post) continue;
      const schema = post.requestBody?.content?.['application/json']?.schema;
      const urls = template.includes('{') ? [fill(template, randomUUID()), fill(template, 'NOPE')] : [template];
      for (const url of urls) {
        for (const malformed of malformedBodies(schema, components)) {
          const headers: Record<string, string> = { 'idempotency-key': randomUUID() };
          if (malformed.contentType) headers['content-type'] = malformed.contentType;
          const response = await t.request('POST', url, { headers, ...(malformed.payload !== undefined ? { rawBody: malformed.payload } : {}) });
          const issue = problemIssue(response, `POST ${url} with ${malformed.name}`);
          if (issue) issues.push(issue);
          sent += 1;
        }
        const after = await snapshot();
        for (const table of Object.keys({ ...before, ...after })) {
          if (after[table] !== before[table]) issues.push(`POST ${url} changed table ${table}: ${before[table]} → ${after[table]} rows`);
        }
      }
    }
    expect(issues).toEqual([]);
    expect(sent).toBeGreaterThan(100);
  });

  it('refuses an unknown property at every level of every write body, naming it, and changes nothing', async () => {
    const before = await snapshot();
    const issues: string[] = [];
    let sent = 0;
    for (const [template, operations] of Object.entries(paths)) {
      const schema = operations.post?.requestBody?.content?.['application/json']?.schema;
      if (!schema) continue;
      const url = fillValid(template, operations.post?.parameters);
      const body = sample(schema, components, true);
      for (const objectPath of objectPaths(body)) {
        const withUnknown = withLeaf(body, objectPath, { ...(valueAt(body, objectPath) as object), discountTypo: 500 });
        const response = await t.request('POST', url, { rawBody: JSON.stringify(withUnknown), headers: { 'content-type': 'application/json' } });
        const pointer = `/${[...objectPath, 'discountTypo'].join('/')}`;
        const named = response.body?.errors?.some((error: { path: string }) => error.path === pointer);
        if (response.status !== 400 || response.body?.code !== 'validation_failed' || !named) {
          issues.push(`POST ${url} with an unknown ${pointer} → ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
        }
        sent += 1;
      }
    }
    expect(issues).toEqual([]);
    expect(sent).toBeGreaterThan(50);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an unknown query parameter on every GET route rather than ignoring the filter', async () => {
    const issues: string[] = [];
    let checked = 0;
    for (const [template, operations] of Object.entries(paths)) {
      if (!operations.get || template === '/api/v1/openapi.json') continue;
      const url = `${fillValid(template, operations.get.parameters)}?category=Audio`;
      const response = await t.get(url);
      const named = response.body?.errors?.some((error: { path: string }) => error.path === '/querystring/category');
      const hasCategoryFilter = (operations.get.parameters ?? []).some((p: { in: string; name: string }) => p.in === 'query' && p.name === 'category');
      if (hasCategoryFilter) continue;
      if (response.status !== 400 || response.body?.code !== 'validation_failed' || !named) {
        issues.push(`GET ${url} → ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
      }
      checked += 1;
    }
    expect(issues).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });

  it('maps the framework errors to specific codes', async () => {
    const cases: Array<[Malformed, number, string]> = [
      [{ name: 'invalid JSON', payload: '{', contentType: 'application/json' }, 400, 'invalid_json'],
      [{ name: 'too large', payload: `"${'x'.repeat(1_100_000)}"`, contentType: 'application/json' }, 413, 'payload_too_large'],
      [{ name: 'xml', payload: '<a/>', contentType: 'application/xml' }, 415, 'unsupported_media_type'],
      [{ name: 'array', payload: '[]', contentType: 'application/json' }, 400, 'validation_failed'],
    ];
    for (const [malformed, status, code] of cases) {
      const response = await t.request('POST', '/api/v1/locations', { rawBody: malformed.payload as string, headers: { 'content-type': malformed.contentType as string } });
      expectProblem(response, malformed.name);
      expect(response.status, malformed.name).toBe(status);
      expect(response.body.code, malformed.name).toBe(code);
    }
  });

  it('says where a body stops being JSON (line, column, offset)', async () => {
    const response = await t.request('POST', '/api/v1/locations', { rawBody: '{\n  "code": "X",\n  "name": "Y",,\n}', headers: { 'content-type': 'application/json' } });
    expectProblem(response, 'invalid JSON with a position');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'invalid_json', line: 3, column: 15, offset: 31 });
    expect(response.body.detail).toBe('The request body is not valid JSON: unexpected "," at line 3, column 15.');
  });

  it('names the part of the request that is invalid in a sentence', async () => {
    const body = await t.post('/api/v1/locations', { code: 'X' });
    expect(body.body.detail).toBe('The request body is invalid.');
    const query = await t.get('/api/v1/locations?limit=0');
    expect(query.body.detail).toBe('The query string is invalid.');
  });

  it('points at the string holding a control character, wherever it is in the body', async () => {
    const response = await t.post('/api/v1/locations', { code: 'CTRL-OK', name: 'Bell\u0007', kind: 'store', extra: { 'k\u0000': ['ok', 'esc\u001b'] } });
    expectProblem(response, 'control characters');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(['/extra/k\u0000', '/extra/k\u0000/1', '/name']);
    // Tabs, line breaks and characters beyond the BMP are text like any other.
    const fine = await t.post('/api/v1/locations', { code: 'CTRL-OK', name: 'Tab\there 🏬\nline', kind: 'store' });
    expect(fine.status).toBe(201);
    expect(fine.body.name).toBe('Tab\there 🏬\nline');
  });

  it('accepts nesting up to 64 levels and refuses deeper bodies as invalid_json', async () => {
    const nested = (depth: number) => `{"code": "NEST-${depth}", "name": "Nested", "kind": "store", "x": ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
    // 64 levels parse; the schema then refuses the unknown property that carried them.
    const parsed = await t.request('POST', '/api/v1/locations', { rawBody: nested(64), headers: { 'content-type': 'application/json' } });
    expect(parsed.status).toBe(400);
    expect(parsed.body.code).toBe('validation_failed');
    expect(parsed.body.errors).toEqual([{ path: '/x', message: 'is not a known field' }]);
    const deep = await t.request('POST', '/api/v1/locations', { rawBody: nested(65), headers: { 'content-type': 'application/json' } });
    expectProblem(deep, 'nested 65 deep');
    expect(deep.status).toBe(400);
    expect(deep.body.code).toBe('invalid_json');
    // Brackets inside strings are not nesting.
    const inString = await t.post('/api/v1/locations', { code: 'NEST-STR', name: `${'['.repeat(100)}"{\\`, kind: 'store' });
    expect(inString.status).toBe(201);
  });

  it('answers unknown routes and methods with a 404 problem', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/nope'],
      ['POST', '/api/v1/nope'],
      ['GET', '/api/v2/locations'],
      ['POST', '/'], // GET / is the back office
      ['DELETE', '/api/v1/locations'],
      ['PUT', '/api/v1/users'],
      ['GET', '/api/v1/locations/A/B/C'],
    ] as const) {
      const response = await t.request(method, url);
      expectProblem(response, `${method} ${url}`);
      expect(response.status, `${method} ${url}`).toBe(404);
      expect(response.body.code).toBe('not_found');
    }
  });

  it('answers bad query parameters on every list route with 400 validation_failed', async () => {
    let checked = 0;
    for (const [template, operations] of Object.entries(paths)) {
      const get = operations.get;
      if (!get || template.includes('{')) continue;
      const query = (get.parameters ?? []).filter((p: { in: string }) => p.in === 'query');
      const names = new Set(query.map((p: { name: string }) => p.name));
      const bad: string[] = [];
      if (names.has('limit')) bad.push('limit=0', 'limit=501', 'limit=-1', 'limit=abc', 'limit=1.5', 'limit=1e400', 'limit=10&limit=20');
      if (names.has('cursor')) bad.push('cursor=!!!', `cursor=${'c'.repeat(600)}`, `cursor=${Buffer.from('{"not":"an array"}').toString('base64url')}`);
      for (const parameter of query as Array<{ name: string; schema: JsonSchema }>) {
        const s = resolve(parameter.schema, components);
        if (s.enum) bad.push(`${parameter.name}=not-one-of-them`);
        if (s.format === 'date-time' || parameter.schema.anyOf?.some((o) => o.format?.startsWith('date'))) {
          bad.push(`${parameter.name}=yesterday`, `${parameter.name}=2026-13-45`, `${parameter.name}=2026-02-30T00:00:00Z`);
        }
        if (s.type === 'string' && s.maxLength) bad.push(`${parameter.name}=${'m'.repeat(s.maxLength + 1)}`);
      }
      for (const q of bad) {
        const response = await t.get(`${template}?${q}`);
        expectProblem(response, `GET ${template}?${q.slice(0, 80)}`);
        expect(response.status, `GET ${template}?${q.slice(0, 80)}`).toBe(400);
        expect(response.body.code).toBe('validation_failed');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('never answers 5xx to odd but well-formed query values, cursors and path parameters', async () => {
    const cursors = ['[null]', '[1.5]', '[1e400]', '[-1]', '["\u0000"]', '[{"a":1}]', '[[]]', '["x"]', '[true]', '[]'].map((key) =>
      Buffer.from(key).toString('base64url'),
    );
    const issues: string[] = [];
    let checked = 0;
    for (const [template, operations] of Object.entries(paths)) {
      const get = operations.get;
      if (!get || template === '/api/v1/openapi.json') continue;
      const urls: string[] = [];
      if (template.includes('{')) {
        for (const value of ['NOPE', randomUUID(), '%00', 'A%07B', '%F0%9F%92%A9', 'x'.repeat(300), '..%2F..%2Fetc', '%E0%A4%A']) urls.push(fill(template, value));
      } else {
        const query = (get.parameters ?? []).filter((p: { in: string }) => p.in === 'query');
        for (const parameter of query as Array<{ name: string }>) {
          if (parameter.name === 'cursor') for (const cursor of cursors) urls.push(`${template}?cursor=${cursor}`);
          else for (const value of ['%00', 'A%07B', '%E0%A4%A', '%27%3B%20DROP%20TABLE%20location%3B--']) urls.push(`${template}?${parameter.name}=${value}`);
        }
      }
      for (const url of urls) {
        const response = await t.get(url);
        const issue = response.status === 200 ? undefined : problemIssue(response, `GET ${url.slice(0, 120)}`);
        if (issue) issues.push(issue);
        checked += 1;
      }
    }
    expect(issues).toEqual([]);
    expect(checked).toBeGreaterThan(20);
    expect((await t.get('/api/v1/locations/MALFORMED-1')).status).toBe(200);
  });
});
