// A clock the demo history moves through time, so every transaction is dated where the simulation stands.
import type { Clock } from '../../kernel/clock.ts';

/** A clock the generator moves through the history; every transaction is dated where it stands. */
export class MovableClock implements Clock {
  #at: number;

  constructor(at: Date) {
    this.#at = at.getTime();
  }

  set(at: Date | number): void {
    this.#at = typeof at === 'number' ? at : at.getTime();
  }

  now(): Date {
    return new Date(this.#at);
  }
}
