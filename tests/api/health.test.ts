// Health, OpenAPI and metrics: the plumbing routes (health and OpenAPI public; metrics to a token allowed
// metrics.read, or without one on a listener of its own).
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { listenForMetrics } from '../../src/platform/http/metrics-listener.ts';
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
    const response = await t.get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toMatch(/emporium_http_requests_total\{method="GET",route="\/api\/v1\/locations",status="200"\} \d+/);
    expect(response.body).toContain('emporium_db_pool_total_connections');
    expect(response.body).toContain('emporium_jobs_queued');
  });

  it('does not show the metrics without a token on the public port: 401, and 403 to a role without metrics.read', async () => {
    const anonymous = await t.get('/metrics', null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('unauthorized');
    expect(String(anonymous.body)).not.toContain('emporium_http_requests_total');
    expect((await t.get('/metrics', await t.tokenFor('store_associate'))).status).toBe(403);
    const analyst = await t.get('/metrics', await t.tokenFor('analyst'));
    expect(analyst.status).toBe(200);
    expect(analyst.body).toContain('emporium_jobs_queued');
  });

  it('serves the metrics without a token on a listener of its own (METRICS_PORT), and nothing else there', async () => {
    const server = await listenForMetrics(t.app.metrics, '127.0.0.1', 0);
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const metrics = await fetch(`${base}/metrics`);
      expect(metrics.status).toBe(200);
      expect(metrics.headers.get('content-type')).toContain('text/plain');
      expect(await metrics.text()).toContain('emporium_db_pool_total_connections');
      expect((await fetch(`${base}/api/v1/locations`)).status).toBe(404);
      expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reads METRICS_PORT and METRICS_HOST: no separate listener unless a port is given', () => {
    expect(readConfig({}).metrics).toBeUndefined();
    expect(readConfig({ METRICS_PORT: '9464' }).metrics).toEqual({ host: '127.0.0.1', port: 9464 });
    expect(readConfig({ METRICS_PORT: '9464', METRICS_HOST: '10.0.0.5' }).metrics).toEqual({ host: '10.0.0.5', port: 9464 });
    expect(() => readConfig({ METRICS_HOST: '10.0.0.5' })).toThrow(/METRICS_PORT/);
    expect(() => readConfig({ METRICS_PORT: 'ninety' })).toThrow(/METRICS_PORT/);
  });

  it('echoes a request id', async () => {
    const response = await t.request('GET', '/api/v1/health', { token: null, headers: { 'x-request-id': 'abc-123' } });
    expect(response.headers['x-request-id']).toBe('abc-123');
  });
});
