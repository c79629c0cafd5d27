// The one permission table: which actions each role may perform. Location scope is checked separately
// (location-scope.ts) by the commands and queries that touch location data.
import type { Actor, Role } from '../../../kernel/actor.ts';

const READ_CATALOG = ['me.read', 'products.read', 'locations.read', 'company.read'];
const READ_OPERATIONS = ['inventory.read', 'transfers.read', 'orders.read', 'returns.read'];
const READ_PURCHASING = ['purchasing.read'];
const READ_ACCOUNTING = ['accounting.read'];

const PERMISSIONS: Record<Role, ReadonlySet<string>> = {
  admin: new Set(['*']),
  store_manager: new Set([
    ...READ_CATALOG,
    ...READ_OPERATIONS,
    'orders.create', 'orders.fulfill', 'orders.cancel', 'orders.override_price',
    'returns.create', 'inventory.adjust', 'inventory.count', 'transfers.write',
  ]),
  store_associate: new Set([...READ_CATALOG, ...READ_OPERATIONS, 'orders.create', 'orders.fulfill', 'orders.cancel', 'returns.create']),
  warehouse_operator: new Set([
    ...READ_CATALOG,
    ...READ_OPERATIONS,
    ...READ_PURCHASING,
    'orders.fulfill', 'inventory.adjust', 'inventory.count', 'transfers.write', 'purchasing.receive',
  ]),
  buyer: new Set([...READ_CATALOG, ...READ_OPERATIONS, ...READ_PURCHASING, 'products.write', 'purchasing.write', 'purchasing.approve']),
  finance: new Set([...READ_CATALOG, ...READ_OPERATIONS, ...READ_PURCHASING, ...READ_ACCOUNTING, 'accounting.write', 'audit.read', 'purchasing.bill']),
  service_agent: new Set([...READ_CATALOG, ...READ_OPERATIONS]),
  analyst: new Set([...READ_CATALOG, ...READ_OPERATIONS, ...READ_PURCHASING, ...READ_ACCOUNTING]),
};

export function roleAllows(role: Role, action: string): boolean {
  const granted = PERMISSIONS[role];
  return granted.has('*') || granted.has(action);
}

export function actorAllows(actor: Actor, action: string): boolean {
  return roleAllows(actor.role, action);
}
