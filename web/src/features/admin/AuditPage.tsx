// The audit trail, newest first, filtered by entity, action, actor and dates (the filters live in the URL);
// a page at a time by the API's cursor.
import { useQuery } from '@tanstack/react-query';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { formatDateTime } from '../../app/useCompany.ts';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { Pager } from '../../design/Pager.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';
import { AdminNav } from './AdminNav.tsx';

const FILTERS = [
  ['entity', 'Entity', 'text'],
  ['action', 'Action', 'text'],
  ['actor', 'Actor (email)', 'text'],
  ['from', 'From', 'date'],
  ['to', 'To', 'date'],
] as const;

function changes(before: unknown, after: unknown): string {
  const text = JSON.stringify(after ?? before ?? null);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

export function AuditPage() {
  const [search, filter] = useUrlFilters();
  const filters = Object.fromEntries(FILTERS.map(([name]) => [name, search.get(name) ?? undefined]).filter(([, value]) => value)) as Record<string, string>;
  const pages = useCursorPages(JSON.stringify(filters));
  const entries = useQuery({
    queryKey: ['audit', filters, pages.cursor],
    queryFn: async () => unwrap(await api.GET('/api/v1/audit', { params: { query: { limit: 50, ...filters, ...(pages.cursor ? { cursor: pages.cursor } : {}) } } })),
  });

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Admin</h1>
      <AdminNav />
      <div className="row">
        {FILTERS.map(([name, label, type]) => (
          <Field key={name} label={label} type={type} value={search.get(name) ?? ''} onChange={(event) => filter(name, event.target.value)} />
        ))}
      </div>
      <ProblemMessage error={entries.error} />
      <DataTable
        caption="Audit log"
        rows={entries.data?.items}
        rowKey={(entry) => String(entry.id)}
        empty="Nothing recorded matches."
        columns={[
          { header: 'When', cell: (entry) => <span className="nowrap">{formatDateTime(entry.at)}</span> },
          { header: 'Who', cell: (entry) => entry.actor.email },
          { header: 'Action', cell: (entry) => entry.action },
          { header: 'Entity', cell: (entry) => `${entry.entity} ${entry.entityId}` },
          { header: 'Change', cell: (entry) => <code className="audit-change">{changes(entry.before, entry.after)}</code> },
        ]}
      />
      <Pager pages={pages} nextCursor={entries.data?.nextCursor} />
    </section>
  );
}
