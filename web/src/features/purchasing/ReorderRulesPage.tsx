// Reorder rules (min/max per product and location), filtered by location and SKU in the URL, a page at a time.
// One rule is edited in its row at a time; saving sends the whole rule back (the API replaces the rule of that
// SKU and location) and the server's reason shows under the cell it names.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useMe } from '../../auth/useMe.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { useStockLocations } from '../transfers/useTransferLocations.ts';
import { Pager } from '../../design/Pager.tsx';
import { PurchasingNav } from './PurchasingNav.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';
import { type ReorderRule, RuleCell, useRuleEdit } from './RuleEdit.tsx';

export function ReorderRulesPage() {
  const mayWrite = (useMe().data?.permissions ?? []).includes('purchasing.write');
  const locations = useStockLocations();
  const [search, setSearch] = useSearchParams();
  const location = search.get('location') ?? '';
  const sku = search.get('sku') ?? '';
  const [typedSku, setTypedSku] = useState(sku);
  const pages = useCursorPages(`${location}|${sku}`);
  const rules = useQuery({
    queryKey: ['reorder-rules', location, sku, pages.cursor],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/reorder-rules', {
          params: { query: { limit: 50, ...(location ? { location } : {}), ...(sku ? { sku } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) } },
        }),
      ),
  });
  const edit = useRuleEdit();

  function filter(change: { location?: string; sku?: string }) {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next);
  }

  function filterSku(event: FormEvent) {
    event.preventDefault();
    filter({ sku: typedSku.trim() });
  }

  const editable = (field: 'min' | 'max' | 'multiple') => (rule: ReorderRule) => <RuleCell rule={rule} field={field} edit={edit} />;

  return (
    <section aria-labelledby="rules-title">
      <h1 id="rules-title">Purchasing</h1>
      <PurchasingNav />
      <form className="row" onSubmit={filterSku} aria-label="Filter reorder rules">
        <div className="field">
          <label htmlFor="rules-location">Location</label>
          <select id="rules-location" value={location} onChange={(event) => filter({ location: event.target.value })}>
            <option value="">All</option>
            {locations.data?.map((item) => (
              <option key={item.code} value={item.code}>
                {item.code} · {item.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rules-sku">SKU</label>
          <input id="rules-sku" value={typedSku} onChange={(event) => setTypedSku(event.target.value)} />
        </div>
        <button type="submit" className="secondary">
          Filter
        </button>
      </form>
      <ProblemMessage error={rules.error} />
      <DataTable
        caption="Reorder rules"
        rows={rules.data?.items}
        rowKey={(rule) => rule.id}
        empty="No reorder rules match."
        columns={[
          { header: 'SKU', cell: (rule) => rule.sku },
          { header: 'Location', cell: (rule) => rule.location },
          { header: 'Min', cell: editable('min'), numeric: true },
          { header: 'Max', cell: editable('max'), numeric: true },
          { header: 'Multiple', cell: editable('multiple'), numeric: true },
          {
            header: 'How',
            cell: (rule) =>
              `${rule.source === 'purchase' ? 'purchase' : `transfer from ${rule.sourceLocation ?? '?'}`}, ${rule.trigger}${rule.active ? '' : ', inactive'}`,
          },
          ...(mayWrite
            ? [
                {
                  header: 'Edit',
                  cell: (rule: ReorderRule) =>
                    edit.editing?.id === rule.id ? (
                      <span className="row">
                        <button type="button" disabled={edit.save.isPending} onClick={() => edit.save.mutate()}>
                          Save<span className="visually-hidden"> {rule.sku}</span>
                        </button>
                        <button type="button" className="secondary" onClick={edit.stop}>
                          Cancel
                        </button>
                      </span>
                    ) : (
                      <button type="button" className="secondary" onClick={() => edit.start(rule)}>
                        Edit<span className="visually-hidden"> {rule.sku} at {rule.location}</span>
                      </button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {edit.editing && <ProblemMessage error={edit.unplacedError} />}
      <Pager pages={pages} nextCursor={rules.data?.nextCursor} />
    </section>
  );
}
