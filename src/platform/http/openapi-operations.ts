// The OpenAPI documentation of every /api/v1 operation, kept out of the route files: each module lists its
// operations in http/operations.ts, keyed by "METHOD /api/v1/path" exactly as registered, and this hook merges
// the entry into the route's schema when the route is registered: operationId, summary, description, and one
// problem+json response per error status naming its codes. The problems every route shares are added here, so an
// entry lists only its own. The app refuses to start while a route has no entry or an entry has no route, so
// the document cannot fall behind the routes (a client generated from it would otherwise miss an operation).
import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';
import { problemSchema } from './schemas.ts';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 503;

export interface OperationDoc {
  /** Unique in the API, a camelCase verb and noun: listOrders, getOrder, placeOrder. */
  operationId: string;
  summary: string;
  description: string;
  /** The route's own problem codes by status; those every route shares are added (see sharedProblems). */
  problems?: Partial<Record<ProblemStatus, string[]>>;
}

/** Operations by "METHOD /api/v1/path", the path as registered (`:id`, not `{id}`). */
export type OperationDocs = Record<string, OperationDoc>;

/** The problem schema, registered so the document holds it once (components/schemas/Problem) and refers to it. */
export const openApiSchemas = z.registry<{ id: string }>();
openApiSchemas.add(problemSchema, { id: 'Problem' });

const DOCUMENTED = /^\/api\/v1\//;
const OPERATION_ID = /^[a-z]+[A-Z][A-Za-z]*$/;

/** The problems any route of this shape can answer, whatever it does. */
function sharedProblems(route: RouteOptions): Partial<Record<ProblemStatus, string[]>> {
  const signedIn = route.config?.action !== undefined;
  const hasBody = route.schema?.body !== undefined;
  return {
    // Every API route has a strict query string schema (strict-request-schemas.ts), so every one can refuse.
    400: hasBody ? ['validation_failed', 'invalid_json'] : ['validation_failed'],
    ...(signedIn ? { 401: ['unauthorized'], 403: ['forbidden'] } : {}),
    // Signed-in POSTs are write commands, which honour Idempotency-Key (write-command.ts).
    ...(signedIn && [route.method].flat().includes('POST') ? { 409: ['idempotency_key_in_use', 'idempotency_key_reused'] } : {}),
    ...(hasBody ? { 413: ['payload_too_large'], 415: ['unsupported_media_type'] } : {}),
  };
}

function mergeProblems(...lists: Array<Partial<Record<number, string[]>> | undefined>): Map<number, string[]> {
  const merged = new Map<number, string[]>();
  for (const list of lists) {
    for (const [status, codes] of Object.entries(list ?? {})) {
      const known = merged.get(Number(status)) ?? [];
      merged.set(Number(status), [...known, ...(codes ?? []).filter((code) => !known.includes(code))]);
    }
  }
  return merged;
}

function problemResponse(codes: string[]) {
  return {
    description: `Problem codes: ${codes.map((code) => `\`${code}\``).join(', ')}`,
    content: { 'application/problem+json': { schema: problemSchema } },
  };
}

export function installOperationDocs(app: FastifyInstance, operations: OperationDocs): void {
  const undocumented: string[] = [];
  const documented = new Set<string>();
  const operationIds = new Map<string, string>();

  app.addHook('onRoute', (route: RouteOptions) => {
    if (!DOCUMENTED.test(route.url) || route.schema?.hide) return;
    for (const method of [route.method].flat()) {
      // Fastify adds a HEAD route beside every GET; the document shows the GET only.
      if (method === 'HEAD') continue;
      const key = `${method} ${route.url}`;
      const doc = operations[key];
      if (!doc) {
        undocumented.push(key);
        continue;
      }
      documented.add(key);
      if (!OPERATION_ID.test(doc.operationId)) throw new Error(`${key}: the operationId ${doc.operationId} is not a camelCase verb and noun`);
      const clash = operationIds.get(doc.operationId);
      if (clash) throw new Error(`${key} and ${clash} share the operationId ${doc.operationId}`);
      operationIds.set(doc.operationId, key);

      const schema = (route.schema ??= {}) as Record<string, unknown> & { response?: Record<string, unknown> };
      if (schema.operationId !== undefined && schema.operationId !== doc.operationId) {
        throw new Error(`${key} names the operationId ${String(schema.operationId)} but its documentation says ${doc.operationId}`);
      }
      Object.assign(schema, { operationId: doc.operationId, summary: doc.summary, description: doc.description });
      const responses = (schema.response ??= {});
      for (const [status, codes] of mergeProblems(sharedProblems(route), route.config?.problems, doc.problems)) {
        responses[status] = problemResponse(codes);
      }
    }
  });

  app.addHook('onReady', async () => {
    const stale = Object.keys(operations).filter((key) => !documented.has(key));
    const faults = [
      ...undocumented.map((key) => `${key} has no entry in its module's http/operations.ts`),
      ...stale.map((key) => `${key} is documented in an http/operations.ts but no such route exists`),
    ];
    if (faults.length > 0) throw new Error(`The OpenAPI documentation does not match the routes:\n${faults.join('\n')}`);
  });
}
