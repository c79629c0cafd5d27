// The KPI views, each a tab with its own URL; suppliers and stock accuracy for the roles that may read them.
import { useMe } from '../../auth/useMe.ts';
import { SubNav } from '../../design/SubNav.tsx';

export function KpisNav() {
  const permissions = useMe().data?.permissions ?? [];
  return (
    <SubNav
      label="KPIs"
      links={[
        { label: 'Sales and margin', to: '/kpis' },
        { label: 'Catalogue', to: '/kpis/catalogue' },
        ...(permissions.includes('purchasing.read') ? [{ label: 'Supplier performance', to: '/kpis/suppliers' }] : []),
        ...(permissions.includes('inventory.read') ? [{ label: 'Inventory accuracy', to: '/kpis/inventory-accuracy' }] : []),
      ]}
    />
  );
}
