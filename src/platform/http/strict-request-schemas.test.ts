// The strictness guard finds every object that would drop unknown properties, however deeply it is wrapped,
// and a server refuses to register a route whose request schema has one.
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lenientObjectsIn, requireStrictRequestSchemas } from './strict-request-schemas.ts';

describe('lenientObjectsIn', () => {
  it('accepts schemas made of strict objects only', () => {
    const strict = z.strictObject({ lines: z.array(z.strictObject({ sku: z.string() })).min(1), note: z.string().optional() });
    expect(lenientObjectsIn(strict, 'body')).toEqual([]);
    expect(lenientObjectsIn(strict.extend({ more: z.number() }).nullish(), 'body')).toEqual([]);
  });

  it('names lenient objects behind arrays, optionals, unions, refinements and records', () => {
    const schema = z
      .strictObject({
        customer: z.object({ email: z.string() }).optional(),
        lines: z.array(z.object({ sku: z.string() })),
        either: z.union([z.string(), z.object({ a: z.string() })]),
        byKey: z.record(z.string(), z.object({ b: z.number() })),
      })
      .refine(() => true);
    expect(lenientObjectsIn(schema, 'body')).toEqual(['body.customer', 'body.lines[]', 'body.either', 'body.byKey{}']);
  });
});

describe('requireStrictRequestSchemas', () => {
  async function serverWith(body: z.ZodType) {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    requireStrictRequestSchemas(app);
    app.post('/api/v1/things', { schema: { body } }, async () => ({}));
    app.get('/api/v1/things', async () => ({ ok: true }));
    await app.ready();
    return app;
  }

  it('refuses to start with a lenient body schema', async () => {
    await expect(serverWith(z.object({ name: z.string() }))).rejects.toThrow(/POST \/api\/v1\/things.*z\.strictObject for body/);
  });

  it('refuses unknown body properties and query parameters on a strict server', async () => {
    const app = await serverWith(z.strictObject({ name: z.string() }));
    const body = await app.inject({ method: 'POST', url: '/api/v1/things', payload: { name: 'a', discount: 500 } });
    expect(body.statusCode).toBe(400);
    const query = await app.inject({ method: 'GET', url: '/api/v1/things?category=Audio' });
    expect(query.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v1/things' })).statusCode).toBe(200);
    await app.close();
  });
});
