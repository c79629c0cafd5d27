// The built-in users every installation has: the system (migrations, seeding, jobs) and the admin behind
// EMPORIUM_ADMIN_TOKEN. Neither has a password, and neither can be changed, deactivated or given one.
import { type Actor, SYSTEM_ACTOR } from '../../../kernel/actor.ts';

export const BOOTSTRAP_ADMIN: Actor = {
  userId: '00000000-0000-0000-0000-000000000001',
  email: 'admin@emporium.local',
  role: 'admin',
  locationIds: null,
};

export function isBuiltInUser(userId: string): boolean {
  return userId === SYSTEM_ACTOR.userId || userId === BOOTSTRAP_ADMIN.userId;
}
