// Location scope: a user limited to some locations sees and changes only their data — reads of a single
// record elsewhere are 404 (its existence is not disclosed), writes elsewhere are 403, lists are filtered.
import type { Actor } from '../../../kernel/actor.ts';
import { Forbidden, NotFound } from '../../../kernel/errors.ts';

export function mayActAt(actor: Actor, locationId: string): boolean {
  return actor.locationIds === null || actor.locationIds.includes(locationId);
}

export function assertMayActAt(actor: Actor, locationId: string, locationCode: string): void {
  if (!mayActAt(actor, locationId)) throw new Forbidden(`You may not act for location ${locationCode}.`);
}

/** A record tied to several locations is visible when any of them is in scope. */
export function maySee(actor: Actor, locationIds: readonly string[]): boolean {
  return actor.locationIds === null || locationIds.some((id) => actor.locationIds?.includes(id));
}

export function assertMaySee(actor: Actor, locationIds: readonly string[], what: string, key: string): void {
  if (!maySee(actor, locationIds)) throw new NotFound(what, key);
}
