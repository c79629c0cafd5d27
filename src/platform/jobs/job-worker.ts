// The background worker: claims due jobs with FOR UPDATE SKIP LOCKED (so any number of processes can
// run it), runs each in its own transaction, and retries failures with backoff before giving up.
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import type { Context, UnitOfWork } from '../db/unit-of-work.ts';

export type JobHandler = (ctx: Context, payload: unknown) => Promise<void>;

const MAX_ATTEMPTS = 5;

interface ClaimedJob {
  id: number;
  queue: string;
  payload: unknown;
  attempts: number;
}

export class JobWorker {
  readonly #handlers = new Map<string, JobHandler>();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly pollIntervalMs = 1000,
  ) {}

  handle(queue: string, handler: JobHandler): void {
    this.#handlers.set(queue, handler);
  }

  start(): void {
    const tick = async () => {
      this.#running = this.drain().then(
        () => undefined,
        () => undefined,
      );
      await this.#running;
      this.#timer = setTimeout(tick, this.pollIntervalMs);
    };
    this.#timer = setTimeout(tick, this.pollIntervalMs);
  }

  async stop(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  /** Runs due jobs until none is left; returns how many ran. */
  async drain(): Promise<number> {
    let ran = 0;
    while (await this.runOne()) ran += 1;
    return ran;
  }

  async runOne(): Promise<boolean> {
    let failed: { job: ClaimedJob; error: unknown } | undefined;
    const claimed = await this.uow
      .withTransaction(SYSTEM_ACTOR, async (ctx) => {
        const result = await sql<ClaimedJob>`SELECT id, queue, payload, attempts FROM job
          WHERE status = 'queued' AND run_at <= ${ctx.now} AND queue = ANY(${[...this.#handlers.keys()]})
          ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`.execute(ctx.tx);
        const job = result.rows[0];
        if (!job) return false;
        try {
          await (this.#handlers.get(job.queue) as JobHandler)(ctx, job.payload);
        } catch (error) {
          failed = { job, error };
          throw error;
        }
        await sql`UPDATE job SET status = 'done', attempts = attempts + 1, finished_at = ${ctx.now} WHERE id = ${job.id}`.execute(ctx.tx);
        return true;
      })
      .catch((error) => {
        if (!failed) throw error;
        return true;
      });
    if (failed) await this.#recordFailure(failed.job, failed.error);
    return claimed;
  }

  async #recordFailure(job: ClaimedJob, error: unknown): Promise<void> {
    const attempts = job.attempts + 1;
    const backoffSeconds = 2 ** attempts;
    await sql`UPDATE job SET attempts = ${attempts}, last_error = ${String(error)},
        status = ${attempts >= MAX_ATTEMPTS ? 'failed' : 'queued'},
        run_at = now() + make_interval(secs => ${backoffSeconds})
      WHERE id = ${job.id}`.execute(this.uow.database.kysely);
  }
}
