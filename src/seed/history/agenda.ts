// The generator's agenda: one transaction per slot of the day on the moved clock, and tasks scheduled for later slots.
import type { Context } from '../../platform/db/unit-of-work.ts';
import { SLOTS } from './parameters.ts';
import type { HistoryState } from './state.ts';
import type { Task } from './types.ts';

export async function transaction(s: HistoryState, at: Date, work: (ctx: Context) => Promise<void>): Promise<void> {
  s.clock.set(at);
  s.counts.transactions += 1;
  await s.uow.withTransaction(s.actor, work);
}

export function schedule(s: HistoryState, day: number, hour: number, task: Task): void {
  if (day >= s.options.days) return;
  const slot = SLOTS.find((candidate) => candidate >= hour) ?? SLOTS[SLOTS.length - 1];
  const key = `${day}:${slot}`;
  const tasks = s.agenda.get(key) ?? [];
  tasks.push(task);
  s.agenda.set(key, tasks);
}

export async function runAgenda(s: HistoryState, ctx: Context, day: number, hour: number): Promise<void> {
  const key = `${day}:${hour}`;
  // Tasks may schedule more tasks for this very slot: run until none are left.
  for (let tasks = s.agenda.get(key); tasks && tasks.length > 0; tasks = s.agenda.get(key)) {
    s.agenda.delete(key);
    for (const task of tasks) await task(ctx);
  }
}
