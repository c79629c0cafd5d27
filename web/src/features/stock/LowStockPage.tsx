// Low stock at a location: the SKUs whose available units are at or below their reorder rule's min, with what
// would bring them back to max and where replenishment comes from. Read from the reorder rules and the levels
// (every page of each: a location holds a few thousand SKUs at most); shown 50 at a time.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { type Level, lowStock, type Rule } from './lowStock.ts';
import { StockNav } from './StockNav.tsx';
import { LocationPicker, useActingLocation } from './useActingLocation.tsx';

const PAGE = 50;

async function allRules(location: string): Promise<Rule[]> {
  const rules: Rule[] = [];
  let cursor: string | undefined;
  do {
    const page = unwrap(await api.GET('/api/v1/reorder-rules', { params: { query: { location, limit: 500, ...(cursor ? { cursor } : {}) } } }));
    rules.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rules;
}

async function allLevels(location: string): Promise<Level[]> {
  const levels: Level[] = [];
  let cursor: string | undefined;
  do {
    const page = unwrap(await api.GET('/api/v1/inventory/levels', { params: { query: { location, limit: 500, ...(cursor ? { cursor } : {}) } } }));
    levels.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return levels;
}

export function LowStockPage() {
  const acting = useActingLocation();
  const location = acting.location;
  const [shown, setShown] = useState(PAGE);
  const low = useQuery({
    queryKey: ['low-stock', location],
    enabled: Boolean(location),
    queryFn: async () => {
      const [rules, levels] = await Promise.all([allRules(location), allLevels(location)]);
      return { rules: rules.length, rows: lowStock(rules, levels) };
    },
  });
  const rows = low.data?.rows;
  return (
    <section aria-labelledby="low-title">
      <h1 id="low-title">Stock</h1>
      <StockNav />
      <div className="row">
        <LocationPicker {...acting} choose={(code) => { setShown(PAGE); acting.choose(code); }} />
      </div>
      <ProblemMessage error={low.error} />
      {low.data && (
        <p className="muted">
          {rows?.length ?? 0} of {low.data.rules} reorder rules at {location} are at or below their min.
        </p>
      )}
      <DataTable
        caption={`Low stock at ${location}`}
        rows={low.error ? [] : rows?.slice(0, shown)}
        rowKey={(row) => row.sku}
        empty="Nothing here is at or below its reorder min."
        columns={[
          { header: 'SKU', cell: (row) => row.sku },
          { header: 'Available', cell: (row) => row.available, numeric: true },
          { header: 'Reserved', cell: (row) => row.reserved, numeric: true },
          { header: 'Min', cell: (row) => row.min, numeric: true },
          { header: 'Max', cell: (row) => row.max, numeric: true },
          { header: 'To max', cell: (row) => row.toMax, numeric: true },
          { header: 'Replenished by', cell: (row) => (row.source === 'transfer' ? `Transfer from ${row.sourceLocation ?? '—'}` : 'Purchase') + (row.trigger === 'manual' ? ' (manual)' : '') },
        ]}
      />
      {rows && rows.length > shown && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setShown(shown + PAGE)}>
            Show {Math.min(PAGE, rows.length - shown)} more
          </button>
        </div>
      )}
    </section>
  );
}
