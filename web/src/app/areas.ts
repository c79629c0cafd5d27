// The back office's areas: the link a role sees in the navigation exists only if its permissions allow the
// area's first action. Names are relied upon from outside (tests, training): each link begins with its name.

export interface Area {
  name: 'Till' | 'Stock' | 'Orders' | 'Transfers' | 'Returns' | 'Purchasing' | 'Finance' | 'KPIs' | 'Exceptions' | 'Anomalies' | 'Digest' | 'Admin';
  path: string;
  /** The action the caller must be allowed to see the area. */
  action: string;
}

export const AREAS: Area[] = [
  { name: 'Till', path: '/till', action: 'orders.create' },
  { name: 'Stock', path: '/stock', action: 'inventory.read' },
  { name: 'Orders', path: '/orders', action: 'orders.read' },
  { name: 'Transfers', path: '/transfers', action: 'transfers.read' },
  { name: 'Returns', path: '/returns', action: 'returns.read' },
  { name: 'Purchasing', path: '/purchasing', action: 'purchasing.read' },
  { name: 'Finance', path: '/finance', action: 'accounting.read' },
  { name: 'KPIs', path: '/kpis', action: 'reports.sales' },
  { name: 'Exceptions', path: '/exceptions', action: 'exceptions.read' },
  { name: 'Anomalies', path: '/anomalies', action: 'anomalies.read' },
  { name: 'Digest', path: '/digest', action: 'digest.read' },
  { name: 'Admin', path: '/admin', action: 'users.read' },
];

/** The area each role spends its day in. */
const HOME_BY_ROLE: Record<string, Area['name']> = {
  admin: 'Admin',
  store_manager: 'Till',
  store_associate: 'Till',
  warehouse_operator: 'Stock',
  buyer: 'Purchasing',
  finance: 'Finance',
  service_agent: 'Orders',
  analyst: 'KPIs',
};

/** Where a user lands after signing in: their role's home, else the first area they may use. */
export function homePath(role: string, permissions: string[]): string {
  const allowed = AREAS.filter((area) => permissions.includes(area.action));
  return (allowed.find((area) => area.name === HOME_BY_ROLE[role]) ?? allowed[0])?.path ?? '/';
}
