// The process logger: JSON lines when stdout is not a terminal, pino-pretty's readable lines when it is; and
// one debug line per HTTP request (method, url, status, ms) instead of Fastify's two info lines.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/platform/http/http-server.ts';
import { createLogger } from '../../src/platform/logging.ts';

function collector() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter((line) => line !== ''));
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('writes JSON lines when stdout is not a terminal', () => {
    const { lines, stream } = collector();
    createLogger({ level: 'info', tty: false, destination: stream }).info({ skus: 2000 }, 'catalogue loaded');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ level: 30, msg: 'catalogue loaded', skus: 2000 });
  });

  it('writes readable lines, synchronously, when stdout is a terminal', () => {
    const { lines, stream } = collector();
    createLogger({ level: 'info', tty: true, destination: stream }).info({ skus: 2000 }, 'catalogue loaded');
    // Written before info() returned: no worker thread in between.
    expect(lines.length).toBeGreaterThan(0);
    const text = lines.join('\n');
    expect(text).toContain('catalogue loaded');
    expect(text).toMatch(/INFO/);
    expect(() => JSON.parse(lines[0] as string)).toThrow();
  });
});

describe('request logging', () => {
  it('logs one debug line per request with method, url, status and milliseconds', async () => {
    const { lines, stream } = collector();
    const app = await createHttpServer({ logger: createLogger({ level: 'debug', tty: false, destination: stream }), version: 'test' });
    app.get('/ping', async () => ({ ok: true }));
    await app.ready();
    await app.inject({ method: 'GET', url: '/ping?x=1' });
    await app.inject({ method: 'GET', url: '/nowhere' });
    await app.close();
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.url !== undefined || entry.req !== undefined || entry.res !== undefined);
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ level: 20, method: 'GET', url: '/ping?x=1', status: 200, ms: expect.any(Number) });
    expect(requests[1]).toMatchObject({ level: 20, url: '/nowhere', status: 404 });
  });

  it('says nothing about requests at info', async () => {
    const { lines, stream } = collector();
    const app = await createHttpServer({ logger: createLogger({ level: 'info', tty: false, destination: stream }), version: 'test' });
    app.get('/ping', async () => ({ ok: true }));
    await app.inject({ method: 'GET', url: '/ping' });
    await app.close();
    expect(lines.filter((line) => line.includes('/ping'))).toEqual([]);
  });
});
