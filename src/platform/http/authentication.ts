// The authentication hook: every route but the public ones needs a bearer token; the route's action
// is checked against the actor's role before the body is even parsed (401, then 403). Every 403 a signed-in
// caller gets — from this hook or from a command's own check — is written to the audit trail.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../kernel/actor.ts';
import { DomainError, Forbidden, Unauthorized } from '../../kernel/errors.ts';
import type { RefusedRequest } from '../audit/record-refusal.ts';

export interface AccessControl {
  /** Resolves a bearer token to its actor, or undefined when the token is unknown, expired or revoked. */
  authenticate(token: string): Promise<Actor | undefined>;
  /** Whether the actor's role may perform the action at all (location scope is checked by commands). */
  allows(actor: Actor, action: string): boolean;
  /** The 403's sentence when the actor's role may not perform the action. */
  refusal(actor: Actor, action: string): string;
  /** Whether the permission table knows the action: a route naming any other is a typo, refused at registration. */
  knows(action: string): boolean;
  /** Writes a refused request to the audit trail, by itself: the request's own transaction never committed. */
  recordRefusal(actor: Actor, refused: RefusedRequest): Promise<void>;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** Whether the signed-in actor's role may also perform another action (e.g. costs.read, to show costs). */
    may(action: string): boolean;
  }
  interface FastifyContextConfig {
    /** The permission a route needs; routes without one are public. */
    action?: string;
    /** Another permission that also admits the caller; the command then checks which one the request needs. */
    orAction?: string;
    /** The route's own problem codes by status, for the OpenAPI document. */
    problems?: Record<number, string[]>;
  }
}

export function installAuthentication(app: FastifyInstance, access: AccessControl): void {
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('may', function may(this: FastifyRequest, action: string) {
    return access.allows(this.actor, action);
  });

  app.addHook('onRoute', (route) => {
    for (const action of [route.config?.action, route.config?.orAction]) {
      if (action !== undefined && !access.knows(action)) {
        throw new Error(`${String(route.method)} ${route.url} requires the action ${action}, which the permission table does not know`);
      }
    }
  });

  app.addHook('onRequest', async (request) => {
    const action = request.routeOptions.config.action;
    if (action === undefined) return;
    const actor = await authenticate(request, access);
    // Set before the check, so that a refusal is audited under the caller's name.
    request.actor = actor;
    const orAction = request.routeOptions.config.orAction;
    if (!access.allows(actor, action) && !(orAction !== undefined && access.allows(actor, orAction))) throw new Forbidden(access.refusal(actor, action));
  });

  // onError hooks run before the error handler answers, so the row exists once the client has its 403.
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof DomainError) || error.category !== 'forbidden' || !request.actor) return;
    try {
      await access.recordRefusal(request.actor, {
        method: request.method,
        url: request.url,
        route: request.routeOptions.url ?? request.url,
        action: request.routeOptions.config.action ?? null,
        code: error.code,
        detail: error.message,
      });
    } catch (failure) {
      // The caller still gets their 403; a trail that cannot be written is the operator's problem.
      request.log.error({ err: failure }, 'could not write a refused request to the audit trail');
    }
  });
}

/** The bearer token the request carries, or undefined when its Authorization header holds none. */
export function bearerTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] || undefined;
}

async function authenticate(request: FastifyRequest, access: AccessControl): Promise<Actor> {
  const token = bearerTokenOf(request);
  if (!token) throw new Unauthorized();
  const actor = await access.authenticate(token);
  if (!actor) throw new Unauthorized('The bearer token is unknown or has expired');
  return actor;
}
