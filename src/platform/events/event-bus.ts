// The in-transaction event bus: subscribers run inside the emitting transaction, so a document and
// everything that reacts to it (journal entries, backorder allocation) commit or roll back together.
import type { Context } from '../db/unit-of-work.ts';

export interface DomainEvent<Type extends string = string, Payload = unknown> {
  type: Type;
  payload: Payload;
}

export type Subscriber<E extends DomainEvent = DomainEvent> = (ctx: Context, event: E) => Promise<void>;

export class EventBus {
  readonly #subscribers = new Map<string, Subscriber[]>();

  subscribe<E extends DomainEvent>(type: E['type'], subscriber: Subscriber<E>): void {
    const list = this.#subscribers.get(type) ?? [];
    list.push(subscriber as Subscriber);
    this.#subscribers.set(type, list);
  }

  async publish(ctx: Context, event: DomainEvent): Promise<void> {
    for (const subscriber of this.#subscribers.get(event.type) ?? []) {
      await subscriber(ctx, event);
    }
  }
}
