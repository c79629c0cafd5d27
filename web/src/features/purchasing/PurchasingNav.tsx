// The views of the Purchasing area, each offered to the roles whose permissions it needs (the API still decides).
import { useMe } from '../../auth/useMe.ts';
import { SubNav, type SubNavLink } from '../../design/SubNav.tsx';
import './purchasing.css';

const TABS: (SubNavLink & { action: string })[] = [
  { label: 'Purchase orders', to: '/purchasing', action: 'purchasing.read' },
  { label: 'New purchase order', to: '/purchasing/new', action: 'purchasing.write' },
  { label: 'Vendors', to: '/purchasing/vendors', action: 'purchasing.read' },
  { label: 'Reorder rules', to: '/purchasing/reorder-rules', action: 'purchasing.read' },
  { label: 'Vendor bills', to: '/purchasing/bills', action: 'purchasing.read' },
  { label: 'Replenishment', to: '/purchasing/replenishment', action: 'purchasing.write' },
  { label: 'Approvals', to: '/purchasing/approvals', action: 'purchasing.approve' },
];

export function PurchasingNav() {
  const permissions = useMe().data?.permissions ?? [];
  return <SubNav label="Purchasing" links={TABS.filter((tab) => permissions.includes(tab.action)).map(({ label, to }) => ({ label, to }))} />;
}
