// The back office is served with the caching and compression a browser needs, and deep links land on the app.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from './http-server.ts';
import { serveWebApp } from './web-app.ts';

const INDEX = '<!doctype html><title>Emporium</title><script type="module" src="/assets/index-abc123.js"></script>';
const SCRIPT = 'console.log("the app");'.repeat(50);

describe('serveWebApp', () => {
  let app: HttpServer;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'emporium-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets/index-abc123.js'), SCRIPT);
    writeFileSync(join(dist, 'assets/index-abc123.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(dist, 'assets/index-abc123.js.gz'), gzipSync(SCRIPT));
    app = await createHttpServer({ logger: false, version: 'test' });
    app.get('/api/v1/health', async () => ({ status: 'ok' }));
    expect(await serveWebApp(app, dist)).toBe(true);
    await app.ready();
  });
  afterAll(async () => app.close());

  it('answers / and any deep link with index.html, never cached', async () => {
    for (const url of ['/', '/orders/SO-000001', '/till?x=1']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toBe(INDEX);
    }
  });

  it('sends hashed assets precompressed and cached for a year', async () => {
    const brotli = await app.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(plain.body).toBe(SCRIPT);
  });

  it('leaves the API alone: an unknown API route is still a problem+json 404', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).json()).toEqual({ status: 'ok' });
  });

  it('serves nothing when the app was never built', async () => {
    const bare = await createHttpServer({ logger: false, version: 'test' });
    expect(await serveWebApp(bare, join(tmpdir(), 'no-such-dist'))).toBe(false);
    await bare.close();
  });
});
