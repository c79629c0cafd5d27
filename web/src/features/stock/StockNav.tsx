// The views of the Stock area: levels for every reader; counts for those who read stock; the ship queue for
// those who ship orders or transfers; low stock for everyone who reads stock (the reorder rules are read with inventory.read).
import { useMe } from '../../auth/useMe.ts';
import { SubNav } from '../../design/SubNav.tsx';
import './stock.css';

export function StockNav() {
  const permissions = useMe().data?.permissions ?? [];
  const may = (action: string) => permissions.includes(action);
  return (
    <SubNav
      label="Stock"
      links={[
        { label: 'Levels', to: '/stock' },
        { label: 'Counts', to: '/stock/counts' },
        ...(may('orders.fulfill') || may('transfers.write') ? [{ label: 'Ship queue', to: '/stock/ship' }] : []),
        { label: 'Low stock', to: '/stock/low' },
      ]}
    />
  );
}
