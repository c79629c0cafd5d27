// The OpenAPI document is good enough to generate a client from: every operation has a unique operationId,
// a summary, a description, tags and its problem responses with their codes; the reference page at /docs
// serves it; docs/api.md covers every route; and a route without documentation (or documentation without a
// route) stops the server from starting.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/platform/http/http-server.ts';
import { installOperationDocs } from '../../src/platform/http/openapi-operations.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const PROBLEM_REF = '#/components/schemas/Problem';

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  responses: Record<string, { description: string; content?: Record<string, { schema: { $ref?: string } }> }>;
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let spec: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
  const operations: Array<{ key: string; operation: Operation }> = [];

  beforeAll(async () => {
    t = await startTestApp();
    const response = await t.get('/api/v1/openapi.json', null);
    expect(response.status).toBe(200);
    spec = response.body;
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (operation) operations.push({ key: `${method.toUpperCase()} ${path}`, operation });
      }
    }
  });
  afterAll(() => t.close());

  it('lists the API operations', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(operations.map((o) => o.key)).toEqual(expect.arrayContaining(['GET /api/v1/products/by-barcode/{barcode}', 'POST /api/v1/orders/{id}/cancel']));
  });

  it('gives every operation a unique camelCase operationId, a summary, a description and tags', () => {
    const faults = operations.flatMap(({ key, operation }) => [
      ...(/^[a-z]+[A-Z][A-Za-z]*$/.test(operation.operationId ?? '') ? [] : [`${key}: operationId ${operation.operationId}`]),
      ...((operation.summary ?? '').length > 0 ? [] : [`${key}: no summary`]),
      ...((operation.description ?? '').length > 0 ? [] : [`${key}: no description`]),
      ...((operation.tags ?? []).length > 0 ? [] : [`${key}: no tags`]),
    ]);
    expect(faults).toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents 4xx problem responses of every operation with the shared problem schema and their codes', () => {
    expect(spec.components.schemas.Problem?.properties).toHaveProperty('code');
    const faults = operations.flatMap(({ key, operation }) => {
      const problems = Object.entries(operation.responses).filter(([status]) => /^4\d\d$/.test(status));
      const documented = problems.filter(
        ([, response]) => response.content?.['application/problem+json']?.schema.$ref === PROBLEM_REF && /`[a-z_]+`/.test(response.description),
      );
      return documented.length > 0 && documented.length === problems.length ? [] : [`${key}: ${JSON.stringify(problems.map(([status]) => status))}`];
    });
    expect(faults).toEqual([]);
  });

  it('names the shared and the route’s own problem codes under their statuses', () => {
    const cancel = spec.paths['/api/v1/orders/{id}/cancel']?.post as Operation;
    expect(cancel.operationId).toBe('cancelOrder');
    expect(cancel.responses['400']?.description).toContain('`validation_failed`');
    expect(cancel.responses['401']?.description).toContain('`unauthorized`');
    expect(cancel.responses['403']?.description).toContain('`forbidden`');
    expect(cancel.responses['404']?.description).toContain('`not_found`');
    expect(cancel.responses['409']?.description).toContain('`invalid_state`');
    expect(cancel.responses['409']?.description).toContain('`idempotency_key_reused`');
    // Public routes are not documented as needing a token.
    const signIn = spec.paths['/api/v1/auth/tokens']?.post as Operation;
    expect(signIn.responses['401']?.description).toContain('`unauthorized`');
    expect(signIn.responses['403']).toBeUndefined();
    const health = spec.paths['/api/v1/health']?.get as Operation;
    expect(health.responses['503']?.description).toContain('`database_unavailable`');
  });

  it('still answers problems in the documented shape', async () => {
    const missing = await t.get('/api/v1/orders/SO-999999');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.body).toMatchObject({ status: 404, code: 'not_found', title: 'Not Found' });
    const invalid = await t.post('/api/v1/orders/SO-999999/cancel', { reason: 'x', extra: 1 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('validation_failed');
    expect(invalid.body.errors.length).toBeGreaterThan(0);
  });

  it('serves the reference page at /docs, with the same document as its JSON', async () => {
    let response = await t.app.http.inject({ method: 'GET', url: '/docs' });
    for (let hops = 0; response.statusCode >= 300 && response.statusCode < 400 && hops < 5; hops++) {
      response = await t.app.http.inject({ method: 'GET', url: new URL(String(response.headers.location), 'http://localhost/docs/').pathname });
    }
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('swagger');
    const json = await t.get('/docs/json', null);
    expect(json.status).toBe(200);
    expect(json.body.paths).toEqual(spec.paths);
  });

  it('has docs/api.md mention every route path', () => {
    const api = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
    const missing = Object.keys(spec.paths)
      .map((path) => path.replace(/^\/api\/v1/, ''))
      .filter((path) => !api.includes(path));
    expect(missing).toEqual([]);
  });

  it('keeps the README inside the repository (a fresh clone has no ../shared)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme.split('\n').filter((line) => line.includes('../shared'))).toEqual([]);
  });
});

describe('documentation that does not match the routes', () => {
  const documented = { operationId: 'getWidget', summary: 'Get a widget', description: 'One widget.' };

  it('refuses to start while an API route has no entry, naming every such route', async () => {
    const app = await createHttpServer({ logger: false, version: 'test' });
    installOperationDocs(app, { 'GET /api/v1/widgets/:id': documented });
    app.get('/api/v1/widgets/:id', async () => ({}));
    app.get('/api/v1/widgets', async () => []);
    app.post('/api/v1/gadgets', async () => ({}));
    await expect(app.ready()).rejects.toThrow(/GET \/api\/v1\/widgets has no entry[\s\S]*POST \/api\/v1\/gadgets has no entry/);
    await app.close();
  });

  it('refuses to start while an entry names a route that does not exist', async () => {
    const app = await createHttpServer({ logger: false, version: 'test' });
    installOperationDocs(app, { 'GET /api/v1/widgets/:id': documented, 'DELETE /api/v1/widgets/:id': { ...documented, operationId: 'deleteWidget' } });
    app.get('/api/v1/widgets/:id', async () => ({}));
    await expect(app.ready()).rejects.toThrow(/DELETE \/api\/v1\/widgets\/:id is documented .* but no such route exists/);
    await app.close();
  });

  it('refuses two operations with one operationId', async () => {
    const app = await createHttpServer({ logger: false, version: 'test' });
    installOperationDocs(app, { 'GET /api/v1/widgets/:id': documented, 'GET /api/v1/widgets': documented });
    app.get('/api/v1/widgets/:id', async () => ({}));
    expect(() => app.get('/api/v1/widgets', async () => [])).toThrow(/share the operationId getWidget/);
    await app.close();
  });

  it('refuses an operationId that is not a camelCase verb and noun', async () => {
    const app = await createHttpServer({ logger: false, version: 'test' });
    installOperationDocs(app, { 'GET /api/v1/widgets/:id': { ...documented, operationId: 'widget' } });
    expect(() => app.get('/api/v1/widgets/:id', async () => ({}))).toThrow(/operationId widget is not a camelCase/);
    await app.close();
  });

  it('starts when every route is documented, and routes outside /api/v1 need no entry', async () => {
    const app = await createHttpServer({ logger: false, version: 'test' });
    installOperationDocs(app, { 'GET /api/v1/widgets/:id': documented });
    app.get('/api/v1/widgets/:id', async () => ({}));
    app.get('/elsewhere', async () => ({}));
    await expect(app.ready()).resolves.toBeDefined();
    await app.close();
  });
});
