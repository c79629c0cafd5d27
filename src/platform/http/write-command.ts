// Runs a write request as one unit of work, honouring Idempotency-Key: the key is stored in the same
// transaction as the write under a primary key, so a concurrent duplicate waits for the first and replays it.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { Conflict, InvalidInput } from '../../kernel/errors.ts';
import type { Context, UnitOfWork } from '../db/unit-of-work.ts';

const MAX_KEY_LENGTH = 255;

export type Work<T> = (ctx: Context) => Promise<T>;

interface StoredResponse {
  fingerprint: string;
  response_status: number;
  response_body: unknown;
}

export async function writeCommand<T>(uow: UnitOfWork, request: FastifyRequest, reply: FastifyReply, status: number, work: Work<T>) {
  const key = idempotencyKeyOf(request);
  const actor = request.actor;
  if (key === undefined) {
    const body = await uow.withTransaction(actor, work);
    return reply.code(status).send(body);
  }
  const fingerprint = fingerprintOf(request);
  const executed = await uow.withTransaction(actor, async (ctx) => {
    const claimed = await sql`INSERT INTO idempotency_key (actor_id, key, fingerprint, response_status, response_body)
      VALUES (${actor.userId}, ${key}, ${fingerprint}, 0, 'null'::jsonb)
      ON CONFLICT DO NOTHING RETURNING key`.execute(ctx.tx);
    if (claimed.rows.length === 0) return undefined;
    const body = await work(ctx);
    await sql`UPDATE idempotency_key SET response_status = ${status}, response_body = ${JSON.stringify(body)}::jsonb
      WHERE actor_id = ${actor.userId} AND key = ${key}`.execute(ctx.tx);
    return { body };
  });
  if (executed) return reply.code(status).send(executed.body);

  const stored = await sql<StoredResponse>`SELECT fingerprint, response_status, response_body FROM idempotency_key
    WHERE actor_id = ${actor.userId} AND key = ${key}`.execute(uow.database.kysely);
  const first = stored.rows[0];
  if (!first || first.response_status === 0) {
    throw new Conflict('idempotency_key_in_use', 'A request with this Idempotency-Key is still in progress');
  }
  if (first.fingerprint !== fingerprint) {
    throw new Conflict('idempotency_key_reused', 'This Idempotency-Key was used with a different request');
  }
  return reply.code(first.response_status).header('idempotent-replayed', 'true').send(first.response_body);
}

function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (!key || key.length > MAX_KEY_LENGTH || /\p{Cc}/u.test(key)) {
    throw new InvalidInput(`Idempotency-Key must be 1–${MAX_KEY_LENGTH} printable characters`, [
      { path: '/headers/idempotency-key', message: 'invalid' },
    ]);
  }
  return key;
}

function fingerprintOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n`)
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
}
