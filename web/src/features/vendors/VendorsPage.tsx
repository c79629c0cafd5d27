// The vendors the company buys from, a page at a time; each opens on its supplier info.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { Pager } from '../../design/Pager.tsx';
import { PurchasingNav } from '../purchasing/PurchasingNav.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';

export function VendorsPage() {
  const pages = useCursorPages('vendors');
  const vendors = useQuery({
    queryKey: ['vendors', 'page', pages.cursor],
    queryFn: async () => unwrap(await api.GET('/api/v1/vendors', { params: { query: { limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) } } })),
  });
  return (
    <section aria-labelledby="vendors-title">
      <h1 id="vendors-title">Purchasing</h1>
      <PurchasingNav />
      <ProblemMessage error={vendors.error} />
      <DataTable
        caption="Vendors"
        rows={vendors.data?.items}
        rowKey={(vendor) => vendor.code}
        empty="No vendors yet."
        columns={[
          { header: 'Code', cell: (vendor) => <Link to={`/purchasing/vendors/${encodeURIComponent(vendor.code)}`}>{vendor.code}</Link> },
          { header: 'Name', cell: (vendor) => vendor.name },
          { header: 'Lead time (days)', cell: (vendor) => vendor.leadTimeDays, numeric: true },
          { header: 'Payment terms (days)', cell: (vendor) => vendor.paymentTermsDays, numeric: true },
          { header: 'Contact', cell: (vendor) => [vendor.contact.name, vendor.contact.email, vendor.contact.phone].filter(Boolean).join(' · ') || '—' },
          { header: 'Active', cell: (vendor) => (vendor.active ? 'yes' : 'no') },
        ]}
      />
      <Pager pages={pages} nextCursor={vendors.data?.nextCursor} />
    </section>
  );
}
