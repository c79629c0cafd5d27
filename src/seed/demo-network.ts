// The demo retailer's network: 20 stores (pickup points, three of them ship to customers), one ecommerce
// site, one marketplace channel and two regional warehouses — the retailer of the seed document.
import type { CreateLocationInput } from '../modules/network/index.ts';

const STORE_CITIES = [
  'Amsterdam', 'Rotterdam', 'Utrecht', 'The Hague', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen',
  'Arnhem', 'Haarlem', 'Enschede', 'Apeldoorn', 'Amersfoort', 'Zwolle', 'Leiden', 'Maastricht', 'Dordrecht', 'Delft',
];

const SHIP_FROM_STORE = new Set([1, 2, 5]);

/** Footfall and range relative to an average store: the big-city flagships are the largest. */
const STORE_SIZE: Record<string, number> = { Amsterdam: 1.9, Rotterdam: 1.6, Utrecht: 1.4, 'The Hague': 1.35, Eindhoven: 1.2, Groningen: 1.05 };

/** Stores served by the South warehouse; the others are served by the North one. */
const SOUTHERN = new Set(['Rotterdam', 'The Hague', 'Eindhoven', 'Tilburg', 'Breda', 'Nijmegen', 'Arnhem', 'Maastricht', 'Dordrecht', 'Delft']);

export interface StoreProfile {
  /** Relative size; the smaller stores get theirs from the seed. */
  size: number | undefined;
  warehouse: 'WH-NORTH' | 'WH-SOUTH';
}

export function storeProfile(code: string): StoreProfile {
  const city = STORE_CITIES[Number(code.slice(1)) - 1];
  if (!city) throw new Error(`${code} is not a demo store`);
  return { size: STORE_SIZE[city], warehouse: SOUTHERN.has(city) ? 'WH-SOUTH' : 'WH-NORTH' };
}

export function demoLocations(): CreateLocationInput[] {
  const warehouses: CreateLocationInput[] = [
    { code: 'WH-NORTH', name: 'Regional warehouse North', kind: 'warehouse', shipsToCustomers: true, pickupPoint: false, priority: 10 },
    { code: 'WH-SOUTH', name: 'Regional warehouse South', kind: 'warehouse', shipsToCustomers: true, pickupPoint: false, priority: 20 },
  ];
  const stores = STORE_CITIES.map(
    (city, index): CreateLocationInput => ({
      code: `S${String(index + 1).padStart(2, '0')}`,
      name: `${city} store`,
      kind: 'store',
      shipsToCustomers: SHIP_FROM_STORE.has(index + 1),
      pickupPoint: true,
      priority: 100 + index,
    }),
  );
  const online: CreateLocationInput[] = [
    { code: 'WEB', name: 'Ecommerce site', kind: 'online' },
    { code: 'MARKETPLACE', name: 'Marketplace channel', kind: 'online' },
  ];
  return [...warehouses, ...stores, ...online];
}
