// The back office's areas: the link a role sees in the navigation exists only if its permissions allow the
// area's first action. Names are relied upon from outside (tests, training): each link begins with its name.

export interface Area {
  name: 'Till' | 'Stock' | 'Orders' | 'Transfers' | 'Returns' | 'Purchasing' | 'Finance' | 'KPIs' | 'Admin';
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
  { name: 'Admin', path: '/admin', action: 'users.read' },
];

/** Where a role lands after signing in: its first area. */
export function homePath(permissions: string[]): string {
  return AREAS.find((area) => permissions.includes(area.action))?.path ?? '/';
}
