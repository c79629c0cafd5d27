// Builds the Fastify instance every module registers its routes on: zod validation, OpenAPI 3.1 (with its
// reference page at /docs), problem+json for every error, request ids, and an empty JSON body accepted as
// "no body".
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyReply,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { assertShallowJson, assertStorableText, invalidJson } from './json-body.ts';
import { openApiSchemas } from './openapi-operations.ts';
import { problem, toProblem } from './problem.ts';
import { requireStrictRequestSchemas } from './strict-request-schemas.ts';

export interface HttpServerOptions {
  logger: FastifyBaseLogger | boolean;
  version: string;
  bodyLimitBytes?: number;
}

export type HttpServer = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export async function createHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const app = Fastify({
    ...(typeof options.logger === 'boolean' ? { logger: options.logger } : { loggerInstance: options.logger }),
    bodyLimit: options.bodyLimitBytes ?? 1_048_576,
    requestIdHeader: 'x-request-id',
    return503OnClosing: true,
    // Fastify's own request logging is two info lines per request; ours is one debug line (below).
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // Errors the router raises before any route runs (a badly percent-encoded URL) get a problem too.
    frameworkErrors: (error, _request, reply) => {
      (reply as FastifyReply).code(400).type('application/problem+json').send(problem(400, 'bad_request', error.message));
    },
  }).withTypeProvider<ZodTypeProvider>();

  requireStrictRequestSchemas(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '' || (typeof body === 'string' && body.trim() === '')) return done(null, undefined);
    try {
      assertShallowJson(body as string);
    } catch (error) {
      return done(error as Error, undefined);
    }
    parseJson(request, body as string, (error, value) => {
      if (error) return done((error as { code?: string }).code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? invalidJson(body as string) : error, undefined);
      try {
        assertStorableText(value);
      } catch (invalid) {
        return done(invalid as Error, undefined);
      }
      done(null, value);
    });
  });

  app.addHook('onResponse', async (request, reply) => {
    const ms = Math.round(reply.elapsedTime * 10) / 10;
    request.log.debug({ method: request.method, url: request.url, status: reply.statusCode, ms }, `${request.method} ${request.url} ${reply.statusCode} ${ms} ms`);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    const known = toProblem(error);
    if (known) {
      if (known.status >= 500) request.log.error({ err: error }, 'request failed');
      return reply.code(known.status).type('application/problem+json').send(known);
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply
      .code(500)
      .type('application/problem+json')
      .send(problem(500, 'internal_error', `An unexpected error occurred (request ${request.id})`));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .type('application/problem+json')
      .send(problem(404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Emporium API', version: options.version, description: 'Operations platform for omnichannel retailers' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: createJsonSchemaTransform({ schemaRegistry: openApiSchemas }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: openApiSchemas }),
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // The same document as a browsable reference (its JSON is also at /docs/json), public like the document.
  await app.register(swaggerUi, { routePrefix: '/docs' });
  return app as unknown as HttpServer;
}
