// Jobs that run once a day at a fixed hour (UTC): each run queues the next in its own transaction, so one run is
// queued at any time; at start-up the app makes sure one is queued, serialized by an advisory lock keyed on the
// queue, so two processes starting at once queue one.
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import type { Context, UnitOfWork } from '../db/unit-of-work.ts';

/** The next occurrence of hour:00 UTC strictly after `now`. */
export function nextDailyRun(now: Date, hourUtc: number): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** The hour of a daily job: fixed, or read in the transaction (a setting). */
export type DailyHour = number | ((ctx: Context) => Promise<number>);

/** Queues the next run of `queue` (a run's handler calls this last). */
export async function queueNextDailyRun(ctx: Context, queue: string, hour: DailyHour): Promise<void> {
  const hourUtc = typeof hour === 'number' ? hour : await hour(ctx);
  await ctx.enqueue(queue, { daily: true }, nextDailyRun(ctx.now, hourUtc));
}

/** Queues the next run of `queue` unless one is queued already. */
export async function ensureDailyRunQueued(uow: UnitOfWork, queue: string, hour: DailyHour): Promise<void> {
  await uow.withTransaction(SYSTEM_ACTOR, async (ctx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${queue}))`.execute(ctx.tx);
    const queued = await sql`SELECT 1 FROM job WHERE queue = ${queue} AND status = 'queued' LIMIT 1`.execute(ctx.tx);
    if (queued.rows.length === 0) await queueNextDailyRun(ctx, queue, hour);
  });
}
