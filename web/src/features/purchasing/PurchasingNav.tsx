// The views of the Purchasing area; the approvals inbox only for those who may approve.
import { useMe } from '../../auth/useMe.ts';
import { SubNav } from '../../design/SubNav.tsx';
import './purchasing.css';

export function PurchasingNav() {
  const permissions = useMe().data?.permissions ?? [];
  return (
    <SubNav
      label="Purchasing"
      links={[
        { label: 'Purchase orders', to: '/purchasing' },
        ...(permissions.includes('purchasing.write') ? [{ label: 'Replenishment', to: '/purchasing/replenishment' }] : []),
        ...(permissions.includes('purchasing.approve') ? [{ label: 'Approvals', to: '/purchasing/approvals' }] : []),
      ]}
    />
  );
}
