// How a location row reads from the database.
import type { Location, LocationKind } from '../domain/location.ts';

export interface LocationRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  ships_to_customers: boolean;
  pickup_point: boolean;
  priority: number;
}

export const LOCATION_COLUMNS = ['id', 'code', 'name', 'kind', 'ships_to_customers', 'pickup_point', 'priority'] as const;

export function toLocation(row: LocationRow): Location {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind as LocationKind,
    shipsToCustomers: row.ships_to_customers,
    pickupPoint: row.pickup_point,
    priority: row.priority,
  };
}
