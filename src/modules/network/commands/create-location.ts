// Creates a warehouse, store or online location; codes are unique and virtual codes are reserved.
import { randomUUID } from 'node:crypto';
import { Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { defaultFlags, type Location, type PhysicalKind } from '../domain/location.ts';
import { findLocationByCode } from '../queries/find-locations.ts';

export interface CreateLocationInput {
  code: string;
  name: string;
  kind: PhysicalKind;
  shipsToCustomers?: boolean;
  pickupPoint?: boolean;
  priority?: number;
}

export async function createLocation(ctx: Context, input: CreateLocationInput): Promise<Location> {
  if (input.code.startsWith('@')) throw new Conflict('already_exists', `Location codes starting with @ are reserved`);
  if (await findLocationByCode(ctx.tx, input.code)) throw new Conflict('already_exists', `Location ${input.code} already exists`);
  const defaults = defaultFlags(input.kind);
  const holdsStock = input.kind !== 'online';
  const location: Location = {
    id: randomUUID(),
    code: input.code,
    name: input.name,
    kind: input.kind,
    shipsToCustomers: holdsStock && (input.shipsToCustomers ?? defaults.shipsToCustomers),
    pickupPoint: holdsStock && (input.pickupPoint ?? defaults.pickupPoint),
    priority: input.priority ?? 100,
  };
  await ctx.tx
    .insertInto('location')
    .values({
      id: location.id,
      code: location.code,
      name: location.name,
      kind: location.kind,
      ships_to_customers: location.shipsToCustomers,
      pickup_point: location.pickupPoint,
      priority: location.priority,
    })
    .execute();
  await ctx.audit({ action: 'location.created', entity: 'location', entityId: location.id, after: location });
  await ctx.emit({ type: 'network.location_created', payload: { locationId: location.id, kind: location.kind } });
  return location;
}
