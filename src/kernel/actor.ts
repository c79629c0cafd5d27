// Who is acting: the authenticated user behind every command, with role and location scope.

export const ROLES = [
  'admin',
  'store_manager',
  'store_associate',
  'warehouse_operator',
  'buyer',
  'finance',
  'service_agent',
  'analyst',
] as const;

export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** Location ids the actor is limited to; null means every location. */
  locationIds: readonly string[] | null;
}

/** The actor of work the system does by itself (migrations, seeding, scheduled jobs). */
export const SYSTEM_ACTOR: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  email: 'system@emporium.local',
  role: 'admin',
  locationIds: null,
};
