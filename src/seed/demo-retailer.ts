// Loads the demo retailer into an empty database through the same commands the API uses (no raw inserts).
import { type Role, SYSTEM_ACTOR } from '../kernel/actor.ts';
import { createUser } from '../modules/identity/index.ts';
import { createLocation, listLocations } from '../modules/network/index.ts';
import type { UnitOfWork } from '../platform/db/unit-of-work.ts';
import { demoLocations } from './demo-network.ts';

export const DEMO_PASSWORD = 'emporium-demo';

export interface DemoLogin {
  role: Role;
  email: string;
  locations?: string;
}

const DEMO_USERS: Array<DemoLogin & { name: string }> = [
  { role: 'admin', email: 'admin@demo.emporium.dev', name: 'Ada Admin' },
  { role: 'store_manager', email: 'manager.s01@demo.emporium.dev', name: 'Sam Store-Manager', locations: 'S01' },
  { role: 'store_associate', email: 'associate.s01@demo.emporium.dev', name: 'Alex Associate', locations: 'S01' },
  { role: 'warehouse_operator', email: 'operator.north@demo.emporium.dev', name: 'Wim Warehouse', locations: 'WH-NORTH' },
  { role: 'buyer', email: 'buyer@demo.emporium.dev', name: 'Bea Buyer' },
  { role: 'finance', email: 'finance@demo.emporium.dev', name: 'Fien Finance' },
  { role: 'service_agent', email: 'service@demo.emporium.dev', name: 'Sid Service' },
  { role: 'analyst', email: 'analyst@demo.emporium.dev', name: 'Ana Analyst' },
];

export interface DemoSummary {
  loaded: boolean;
  password: string;
  logins: DemoLogin[];
}

export async function seedDemoRetailer(uow: UnitOfWork): Promise<DemoSummary> {
  const existing = await listLocations(uow.database.kysely, { limit: 1 });
  if (existing.items.length > 0) return { loaded: false, password: DEMO_PASSWORD, logins: DEMO_USERS };

  await uow.withTransaction(SYSTEM_ACTOR, async (ctx) => {
    for (const location of demoLocations()) await createLocation(ctx, location);
    for (const user of DEMO_USERS) {
      await createUser(ctx, {
        email: user.email,
        name: user.name,
        role: user.role,
        password: DEMO_PASSWORD,
        locations: user.locations ? [user.locations] : [],
      });
    }
  });
  return { loaded: true, password: DEMO_PASSWORD, logins: DEMO_USERS };
}
