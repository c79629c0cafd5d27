// The one permission table: every action a route or command can require, in words, and which roles may
// perform it. Location scope is checked separately (location-scope.ts) by the commands and queries that
// touch location data.
import type { Actor, Role } from '../../../kernel/actor.ts';

/** Every action there is, with the words that finish "… may not": the 403's sentence is made from them. */
export const ACTIONS = {
  'me.read': 'read their own account',
  'me.password': 'change their own password',
  'me.sign_out': 'sign out',
  'users.read': 'read users',
  'users.create': 'create users',
  'users.write': 'change, deactivate or reset the password of users',
  'audit.read': 'read the audit trail',
  'metrics.read': 'read the server metrics',
  'locations.read': 'read locations',
  'locations.create': 'create locations',
  'company.read': 'read the company settings',
  'company.update': 'change the company settings',
  'products.read': 'read products',
  'products.write': 'create or change products',
  'costs.read': 'see unit costs and stock values',
  'inventory.read': 'read stock levels and counts',
  'inventory.adjust': 'adjust stock',
  'inventory.count': 'post stock counts',
  'inventory.opening': 'post opening stock',
  'inventory.availability': 'look up stock available at every location',
  'transfers.read': 'read transfers',
  'transfers.write': 'create, approve, ship or cancel transfers',
  'transfers.receive': 'receive transfers',
  'orders.read': 'read orders',
  'orders.create': 'create orders',
  'orders.fulfill': 'fulfil orders',
  'orders.cancel': 'cancel orders',
  'orders.override_price': 'sell at a price other than the product’s',
  'returns.read': 'read returns',
  'returns.create': 'take returns',
  'returns.eligibility': 'look up what any order may still return',
  'purchasing.read': 'read purchasing',
  'purchasing.write': 'create or change purchase orders and vendors',
  'purchasing.approve': 'approve purchase orders',
  'purchasing.receive': 'receive purchase orders',
  'purchasing.bill': 'enter vendor bills',
  'purchasing.configure': 'change the purchasing settings',
  'reports.sales': 'read sales and margin reports',
  'accounting.read': 'read the books',
  'accounting.write': 'post to the books',
  'exceptions.read': 'read the exception queue',
  'exceptions.manage': 'acknowledge, assign or resolve exceptions',
  'exceptions.configure': 'change the stock discrepancy tolerances',
  'exceptions.check': 'run the scheduled exception checks',
  'anomalies.read': 'read the anomaly findings',
  'anomalies.check': 'run the anomaly checks',
  'digest.read': 'read the daily manager digest',
  'notifications.read': 'read or mark read their own notifications',
} as const satisfies Record<string, string>;

export type Action = keyof typeof ACTIONS;

const ROLE_NOUNS: Record<Role, string> = {
  admin: 'An administrator',
  store_manager: 'A store manager',
  store_associate: 'A store associate',
  warehouse_operator: 'A warehouse operator',
  buyer: 'A buyer',
  finance: 'A finance user',
  service_agent: 'A service agent',
  analyst: 'An analyst',
};

const SELF: Action[] = ['me.read', 'me.password', 'me.sign_out', 'notifications.read'];
const READ_CATALOG: Action[] = ['products.read', 'locations.read', 'company.read'];
const READ_OPERATIONS: Action[] = ['inventory.read', 'transfers.read', 'orders.read', 'returns.read'];
const READ_PURCHASING: Action[] = ['purchasing.read', 'costs.read'];
/** Reading the books means seeing costs, and the sales and margin reports (unscoped for these roles). */
const READ_ACCOUNTING: Action[] = ['accounting.read', 'reports.sales', 'costs.read'];

/** The roles that own exceptions read and work their queue (the analyst only reads it). */
const WORK_EXCEPTIONS: Action[] = ['exceptions.read', 'exceptions.manage'];
/**
 * The anomaly findings (docs/anomalies.md) are read by the roles that own or judge them: store managers and
 * warehouse operators (shrink, cover at their locations), buyers (vendors, cover), finance and analysts
 * (margins); they show costs and margins, so not associates or service agents.
 */
const READ_ANOMALIES: Action[] = ['anomalies.read'];

const PERMISSIONS: Record<Exclude<Role, 'admin'>, ReadonlySet<Action>> = {
  store_manager: new Set<Action>([
    ...SELF,
    ...READ_CATALOG,
    ...READ_OPERATIONS,
    'costs.read', 'reports.sales',
    'orders.create', 'orders.fulfill', 'orders.cancel', 'orders.override_price',
    'returns.create', 'returns.eligibility', 'inventory.adjust', 'inventory.count', 'inventory.availability', 'transfers.write', 'transfers.receive',
    ...WORK_EXCEPTIONS,
    ...READ_ANOMALIES,
    'digest.read',
  ]),
  // No costs: an associate sells and receives goods, and has no business knowing what the company paid.
  store_associate: new Set<Action>([
    ...SELF,
    ...READ_CATALOG,
    ...READ_OPERATIONS,
    'orders.create', 'orders.fulfill', 'orders.cancel', 'returns.create', 'returns.eligibility', 'inventory.availability', 'transfers.receive',
  ]),
  warehouse_operator: new Set<Action>([
    ...SELF,
    ...READ_CATALOG,
    ...READ_OPERATIONS,
    ...READ_PURCHASING,
    'orders.fulfill', 'inventory.adjust', 'inventory.count', 'inventory.availability', 'transfers.write', 'transfers.receive', 'purchasing.receive',
    ...WORK_EXCEPTIONS,
    ...READ_ANOMALIES,
  ]),
  buyer: new Set<Action>([...SELF, ...READ_CATALOG, ...READ_OPERATIONS, ...READ_PURCHASING, 'products.write', 'purchasing.write', 'purchasing.approve', ...WORK_EXCEPTIONS, ...READ_ANOMALIES, 'digest.read']),
  finance: new Set<Action>([...SELF, ...READ_CATALOG, ...READ_OPERATIONS, ...READ_PURCHASING, ...READ_ACCOUNTING, 'accounting.write', 'audit.read', 'purchasing.bill', 'inventory.opening', ...WORK_EXCEPTIONS, ...READ_ANOMALIES, 'digest.read']),
  // No costs either: a service agent answers customers about orders and returns, not about margins.
  service_agent: new Set<Action>([...SELF, ...READ_CATALOG, ...READ_OPERATIONS]),
  analyst: new Set<Action>([...SELF, ...READ_CATALOG, ...READ_OPERATIONS, ...READ_PURCHASING, ...READ_ACCOUNTING, 'metrics.read', 'exceptions.read', ...READ_ANOMALIES]),
};

export function isKnownAction(action: string): action is Action {
  return Object.hasOwn(ACTIONS, action);
}

export function roleAllows(role: Role, action: string): boolean {
  return role === 'admin' || PERMISSIONS[role].has(action as Action);
}

export function actorAllows(actor: Actor, action: string): boolean {
  return roleAllows(actor.role, action);
}

/** The actions a role may perform, in the table's order; an administrator's are every known action. */
export function permissionsOf(role: Role): Action[] {
  return (Object.keys(ACTIONS) as Action[]).filter((action) => roleAllows(role, action));
}

/** The 403's sentence, e.g. "A store associate may not create orders." */
export function refusalMessage(role: Role, action: string): string {
  const what = isKnownAction(action) ? ACTIONS[action] : action.replace(/[._]/g, ' ');
  return `${ROLE_NOUNS[role]} may not ${what}.`;
}
