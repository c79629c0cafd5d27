// Stock lookup: on hand, reserved and available per SKU at the locations the user may see, and for the roles
// that may ask, which other stores and warehouses have the looked-up product.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMe } from '../../auth/useMe.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { NetworkAvailability } from './NetworkAvailability.tsx';
import { StockNav } from './StockNav.tsx';

export function StockPage() {
  const [sku, setSku] = useState('');
  const me = useMe();
  const mayAsk = me.data?.permissions.includes('inventory.availability') ?? false;
  const levels = useQuery({
    queryKey: ['inventory-levels', sku],
    queryFn: async () => unwrap(await api.GET('/api/v1/inventory/levels', { params: { query: { limit: 200, ...(sku ? { sku } : {}) } } })),
  });
  return (
    <section aria-labelledby="stock-title">
      <h1 id="stock-title">Stock</h1>
      <StockNav />
      <form className="row" onSubmit={(event) => { event.preventDefault(); setSku(String(new FormData(event.currentTarget).get('sku') ?? '').trim()); }}>
        <Field label="SKU" name="sku" defaultValue={sku} />
        <button type="submit">Look up</button>
      </form>
      <div className="row" style={{ alignItems: 'start' }}>
        <div style={{ flex: '2 1 480px' }}>
          <ProblemMessage error={levels.error} />
          <DataTable
            caption="Stock levels"
            rows={levels.data?.items}
            rowKey={(level) => `${level.sku}@${level.location}`}
            empty="No stock recorded for this selection."
            columns={[
              { header: 'SKU', cell: (level) => level.sku },
              { header: 'Location', cell: (level) => level.location },
              { header: 'On hand', cell: (level) => level.onHand, numeric: true },
              { header: 'Reserved', cell: (level) => level.reserved, numeric: true },
              { header: 'Available', cell: (level) => level.available, numeric: true },
            ]}
          />
        </div>
        {mayAsk && sku && (
          <div style={{ flex: '1 1 320px' }}>
            <NetworkAvailability sku={sku} mine={me.data?.locations ?? []} />
          </div>
        )}
      </div>
    </section>
  );
}
