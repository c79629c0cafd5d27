// The authentication hook: every route but the public ones needs a bearer token; the route's action
// is checked against the actor's role before the body is even parsed (401, then 403).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../kernel/actor.ts';
import { Forbidden, Unauthorized } from '../../kernel/errors.ts';

export interface AccessControl {
  /** Resolves a bearer token to its actor, or undefined when the token is unknown or expired. */
  authenticate(token: string): Promise<Actor | undefined>;
  /** Whether the actor's role may perform the action at all (location scope is checked by commands). */
  allows(actor: Actor, action: string): boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** The permission a route needs; routes without one are public. */
    action?: string;
  }
}

export function installAuthentication(app: FastifyInstance, access: AccessControl): void {
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request) => {
    const action = request.routeOptions.config.action;
    if (action === undefined) return;
    const actor = await authenticate(request, access);
    if (!access.allows(actor, action)) throw new Forbidden(`Your role (${actor.role}) may not ${action}`);
    request.actor = actor;
  });
}

async function authenticate(request: FastifyRequest, access: AccessControl): Promise<Actor> {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new Unauthorized();
  const actor = await access.authenticate(match[1]);
  if (!actor) throw new Unauthorized('The bearer token is unknown or has expired');
  return actor;
}
