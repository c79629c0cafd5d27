// Health, OpenAPI and metrics: the unauthenticated plumbing routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('health, openapi and metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers health without a token, naming the engine', async () => {
    const response = await t.get('/api/v1/health', null);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: t.app.database.engine, version: expect.any(String) });
  });

  it('serves an OpenAPI 3.1 document that lists the contract routes', async () => {
    const response = await t.get('/api/v1/openapi.json', null);
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/v1/health', '/api/v1/users', '/api/v1/auth/tokens', '/api/v1/locations']));
  });

  it('exposes Prometheus metrics with request counts by route', async () => {
    await t.get('/api/v1/locations');
    const response = await t.get('/metrics', null);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toMatch(/emporium_http_requests_total\{method="GET",route="\/api\/v1\/locations",status="200"\} \d+/);
    expect(response.body).toContain('emporium_db_pool_total_connections');
    expect(response.body).toContain('emporium_jobs_queued');
  });

  it('echoes a request id', async () => {
    const response = await t.request('GET', '/api/v1/health', { token: null, headers: { 'x-request-id': 'abc-123' } });
    expect(response.headers['x-request-id']).toBe('abc-123');
  });
});
