// The unit of work: every command runs in one transaction with a context that carries the actor, the
// time, the event bus and the audit trail. Nothing inside may use the outer connection.
import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../kernel/actor.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { AuditEntry } from '../audit/audit-entry.ts';
import type { DomainEvent, EventBus } from '../events/event-bus.ts';
import type { Database } from './database.ts';
import { DOCUMENT_TYPES, documentTypeNamed, numberColumn } from './document-number.ts';

export interface Context {
  // biome-ignore lint/suspicious/noExplicitAny: modules narrow with withTables<their tables>()
  tx: Transaction<any>;
  actor: Actor;
  now: Date;
  emit(event: DomainEvent): Promise<void>;
  audit(entry: AuditEntry): Promise<void>;
  /** Background work, enqueued in this transaction so it exists exactly when the write does. */
  enqueue(queue: string, payload: unknown, runAt?: Date): Promise<void>;
}

/** PostgreSQL codes that mean "run the whole transaction again": serialization failure and deadlock. */
const RETRYABLE_CODES = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

export class UnitOfWork {
  constructor(
    readonly database: Database,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  async withTransaction<T>(actor: Actor, work: (ctx: Context) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.database.kysely.transaction().execute((tx) => work(this.#context(tx, actor)));
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (attempt >= MAX_ATTEMPTS || typeof code !== 'string' || !RETRYABLE_CODES.has(code)) throw error;
      }
    }
  }

  // biome-ignore lint/suspicious/noExplicitAny: see Context.tx
  #context(tx: Transaction<any>, actor: Actor): Context {
    const now = this.clock.now();
    const ctx: Context = {
      tx,
      actor,
      now,
      emit: (event) => this.bus.publish(ctx, event),
      audit: async (entry) => {
        await sql`INSERT INTO audit_log (at, actor_id, actor_email, action, entity, entity_id, entity_number, before, after)
          VALUES (${now}, ${actor.userId}, ${actor.email}, ${entry.action}, ${entry.entity}, ${entry.entityId}, ${entityNumber(entry)},
                  ${jsonOrNull(entry.before)}::jsonb, ${jsonOrNull(entry.after)}::jsonb)`.execute(tx);
      },
      enqueue: async (queue, payload, runAt) => {
        await sql`INSERT INTO job (queue, payload, run_at) VALUES (${queue}, ${JSON.stringify(payload)}::jsonb, ${runAt ?? now})`.execute(tx);
      },
    };
    return ctx;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A document's number, read in the insert from the document the entry is about, so `?entityId=SO-000123` finds it. */
function entityNumber(entry: AuditEntry) {
  const prefix = documentTypeNamed(entry.entity);
  // Documents have uuid keys: compared as a uuid the lookup uses the primary key (as text it scanned the table).
  if (!prefix || !UUID.test(entry.entityId)) return null;
  return sql`(SELECT ${numberColumn(prefix, 'd')} FROM ${sql.table(DOCUMENT_TYPES[prefix].table)} d WHERE d.id = ${entry.entityId}::uuid)`;
}

function jsonOrNull(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}
