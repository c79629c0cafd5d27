// Locations: the physical network (warehouses, stores, online channels) and the virtual ones.

export const PHYSICAL_KINDS = ['warehouse', 'store', 'online'] as const;
export type PhysicalKind = (typeof PHYSICAL_KINDS)[number];

export const VIRTUAL_LOCATIONS = {
  supplier: '00000000-0000-4000-8000-000000000101',
  customer: '00000000-0000-4000-8000-000000000102',
  inventoryLoss: '00000000-0000-4000-8000-000000000103',
  inventoryGain: '00000000-0000-4000-8000-000000000104',
  transit: '00000000-0000-4000-8000-000000000105',
  scrap: '00000000-0000-4000-8000-000000000106',
} as const;

export type LocationKind = PhysicalKind | 'supplier' | 'customer' | 'inventory_loss' | 'inventory_gain' | 'transit' | 'scrap';

export interface Location {
  id: string;
  code: string;
  name: string;
  kind: LocationKind;
  shipsToCustomers: boolean;
  pickupPoint: boolean;
  priority: number;
}

/** Whether a location holds stock of its own (online channels and virtual locations do not count). */
export function holdsStock(location: Location): boolean {
  return location.kind === 'warehouse' || location.kind === 'store';
}

/** What a retailer expects when the flags are left out: warehouses ship, stores are pickup points. */
export function defaultFlags(kind: PhysicalKind): { shipsToCustomers: boolean; pickupPoint: boolean } {
  return { shipsToCustomers: kind === 'warehouse', pickupPoint: kind === 'store' };
}
