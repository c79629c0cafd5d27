// One vendor and its supplier info per product (price, minimum order, multiple, lead time); buyers with the write
// action add a row or change one (the server replaces what was set for that SKU).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { useMe } from '../../auth/useMe.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { Pager } from '../../design/Pager.tsx';
import { PurchasingNav } from '../purchasing/PurchasingNav.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';
import { type SupplierProduct, SupplierProductForm } from './SupplierProductForm.tsx';

export function VendorPage() {
  const { code = '' } = useParams();
  const money = useMoney();
  const mayWrite = (useMe().data?.permissions ?? []).includes('purchasing.write');
  const [editing, setEditing] = useState<SupplierProduct | undefined>();
  const [saved, setSaved] = useState<{ sku: string; count: number }>({ sku: '', count: 0 });
  const pages = useCursorPages(code);
  const vendor = useQuery({ queryKey: ['vendor', code], queryFn: async () => unwrap(await api.GET('/api/v1/vendors/{code}', { params: { path: { code } } })) });
  const products = useQuery({
    queryKey: ['supplier-products', code, pages.cursor],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/vendors/{code}/products', { params: { path: { code }, query: { limit: 100, ...(pages.cursor ? { cursor: pages.cursor } : {}) } } })),
  });

  if (vendor.error) return <ProblemMessage error={vendor.error} />;
  const v = vendor.data;
  return (
    <section aria-labelledby="vendor-title">
      <h1 id="vendor-title">Vendor {v ? `${v.code} · ${v.name}` : code}</h1>
      <PurchasingNav />
      {v ? (
        <p className="muted">
          {v.active ? 'Active' : 'Inactive (takes no new purchase orders)'} · lead time {v.leadTimeDays} days · pays at {v.paymentTermsDays} days
          {v.contact.name || v.contact.email ? ` · ${[v.contact.name, v.contact.email, v.contact.phone].filter(Boolean).join(', ')}` : ''}
        </p>
      ) : (
        <p className="muted">Loading…</p>
      )}
      <ProblemMessage error={products.error} />
      <DataTable
        caption="Supplier info"
        rows={products.data?.items}
        rowKey={(row) => row.sku}
        empty="This vendor supplies no product yet."
        columns={[
          { header: 'SKU', cell: (row) => row.sku },
          { header: 'Vendor SKU', cell: (row) => row.vendorSku ?? '—' },
          { header: 'Unit cost', cell: (row) => money.format(row.unitCost), numeric: true },
          { header: 'MOQ', cell: (row) => row.minOrderQuantity, numeric: true },
          { header: 'Multiple', cell: (row) => row.orderMultiple, numeric: true },
          { header: 'Lead time (days)', cell: (row) => row.leadTimeDays, numeric: true },
          { header: 'Preferred', cell: (row) => (row.preferred ? 'yes' : 'no') },
          ...(mayWrite
            ? [
                {
                  header: 'Change',
                  cell: (row: SupplierProduct) => (
                    <button type="button" className="secondary" onClick={() => setEditing(row)}>
                      Edit<span className="visually-hidden"> {row.sku}</span>
                    </button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Pager pages={pages} nextCursor={products.data?.nextCursor} />
      {saved.sku && (
        <p role="status">
          Supplier info of {saved.sku} saved.
        </p>
      )}
      {mayWrite && (
        <SupplierProductForm
          key={editing ? `edit-${editing.sku}` : `new-${saved.count}`}
          vendor={code}
          editing={editing}
          onSaved={(sku) => {
            setEditing(undefined);
            setSaved({ sku, count: saved.count + 1 });
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}
