// The Admin area's views, each a tab with its own URL; the audit log only for those who may read it.
import { useMe } from '../../auth/useMe.ts';
import { SubNav } from '../../design/SubNav.tsx';
import './admin.css';

export function AdminNav() {
  const permissions = useMe().data?.permissions ?? [];
  return (
    <SubNav
      label="Admin"
      links={[
        { label: 'Users', to: '/admin' },
        ...(permissions.includes('locations.read') ? [{ label: 'Locations', to: '/admin/locations' }] : []),
        ...(permissions.includes('audit.read') ? [{ label: 'Audit log', to: '/admin/audit' }] : []),
      ]}
    />
  );
}
