// The roles a user can have, as the API names them (src/modules/identity/domain: ROLES), and how they read.
import type { paths } from '../../api/schema.d.ts';

export type Role = NonNullable<paths['/api/v1/users']['post']['requestBody']>['content']['application/json']['role'];

export const ROLES: Role[] = ['admin', 'store_manager', 'store_associate', 'warehouse_operator', 'buyer', 'finance', 'service_agent', 'analyst'];

export function roleLabel(role: string): string {
  return role.replace('_', ' ');
}

/** "S01, WH-NORTH" as the list the API takes; empty: not limited to some locations. */
export function parseLocations(typed: string): string[] {
  return typed
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
}
