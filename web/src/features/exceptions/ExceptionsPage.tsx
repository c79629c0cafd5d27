// The exception queue: by default what the user owns (their role's or assigned to them) and not yet resolved,
// most urgent first; filters in the URL; acknowledge, assign (by email) and resolve (with a note, confirmed).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { formatDateTime, useMoney } from '../../app/useCompany.ts';
import { useMe } from '../../auth/useMe.ts';
import { ConfirmDialog } from '../../design/ConfirmDialog.tsx';
import { DataTable } from '../../design/DataTable.tsx';
import { Field } from '../../design/Field.tsx';
import { Pager } from '../../design/Pager.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { useCursorPages } from '../../design/useCursorPages.ts';
import { KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS, subjectPath } from './labels.ts';
import './exceptions.css';

const STATUSES = ['unresolved', 'open', 'acknowledged', 'resolved'] as const;
type Status = (typeof STATUSES)[number];
type Kind = keyof typeof KIND_LABELS;
type Dialog = { action: 'assign' | 'resolve'; id: string; kind: string } | undefined;

export function ExceptionsPage() {
  const money = useMoney();
  const queryClient = useQueryClient();
  const mayManage = (useMe().data?.permissions ?? []).includes('exceptions.manage');
  const [search, filter] = useUrlFilters();
  const status: Status = STATUSES.find((value) => value === search.get('status')) ?? 'unresolved';
  const kind = Object.keys(KIND_LABELS).find((value) => value === search.get('kind')) as Kind | undefined;
  const everything = search.get('show') === 'all';
  const pages = useCursorPages(`${status}|${kind ?? ''}|${everything}`);
  const [dialog, setDialog] = useState<Dialog>();
  const [text, setText] = useState('');

  const list = useQuery({
    queryKey: ['exceptions', status, kind, everything, pages.cursor],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/exceptions', {
          params: {
            query: { limit: 50, status, ...(kind ? { kind: kind as never } : {}), ...(everything ? {} : { mine: 'true' as const }), ...(pages.cursor ? { cursor: pages.cursor } : {}) },
          },
        }),
      ),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['exceptions'] });
  const close = () => {
    setDialog(undefined);
    setText('');
    change.reset();
  };
  const acknowledge = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/exceptions/{id}/acknowledge', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const change = useMutation({
    mutationFn: async (target: NonNullable<Dialog>) =>
      target.action === 'assign'
        ? unwrap(await api.POST('/api/v1/exceptions/{id}/assign', { params: { path: { id: target.id } }, body: { user: text.trim() } }))
        : unwrap(await api.POST('/api/v1/exceptions/{id}/resolve', { params: { path: { id: target.id } }, body: { note: text.trim() } })),
    onSuccess: () => {
      setDialog(undefined);
      setText('');
      refresh();
    },
  });

  const fieldError = change.error instanceof ProblemError ? change.error.fieldMessage(dialog?.action === 'assign' ? '/user' : '/note') : undefined;
  return (
    <section aria-labelledby="exceptions-title">
      <h1 id="exceptions-title">Exceptions</h1>
      <p className="muted">What needs attention, most urgent first. Each exception is raised by the document that caused it or by the daily checks.</p>
      <div className="row">
        <div className="field">
          <label htmlFor="exceptions-show">Show</label>
          <select id="exceptions-show" value={everything ? 'all' : ''} onChange={(event) => filter('show', event.target.value)}>
            <option value="">Mine (my role’s or assigned to me)</option>
            <option value="all">Everything I can see</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="exceptions-status">Status</label>
          <select id="exceptions-status" value={status} onChange={(event) => filter('status', event.target.value === 'unresolved' ? '' : event.target.value)}>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="exceptions-kind">Kind</label>
          <select id="exceptions-kind" value={kind ?? ''} onChange={(event) => filter('kind', event.target.value)}>
            <option value="">All kinds</option>
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ProblemMessage error={list.error} />
      <ProblemMessage error={acknowledge.error} />
      <DataTable
        caption="Exception queue"
        rows={list.data?.items}
        rowKey={(item) => item.id}
        empty="Nothing needs attention here."
        columns={[
          { header: 'Due', cell: (item) => formatDateTime(item.dueAt) },
          { header: 'Severity', cell: (item) => <span className={`severity severity-${item.severity}`}>{SEVERITY_LABELS[item.severity]}</span> },
          { header: 'Kind', cell: (item) => KIND_LABELS[item.kind] ?? item.kind },
          { header: 'Location', cell: (item) => item.location ?? '—' },
          {
            header: 'What happened',
            cell: (item) => {
              const path = subjectPath(item.subject);
              return path ? <Link to={path}>{item.summary}</Link> : item.summary;
            },
          },
          { header: 'Value at risk', numeric: true, cell: (item) => money.format(item.valueAtRisk) },
          { header: 'Owner', cell: (item) => `${item.owner.role.replace('_', ' ')}${item.assignee ? ` · ${item.assignee}` : ''}` },
          { header: 'Status', cell: (item) => (item.status === 'resolved' ? `Resolved: ${item.resolutionNote ?? ''}` : STATUS_LABELS[item.status]) },
          ...(mayManage
            ? [
                {
                  header: 'Act',
                  cell: (item: { id: string; kind: string; status: string }) =>
                    item.status === 'resolved' ? null : (
                      <span className="row">
                        {item.status === 'open' && (
                          <button type="button" className="secondary" disabled={acknowledge.isPending} onClick={() => acknowledge.mutate(item.id)}>
                            Acknowledge<span className="visually-hidden"> {KIND_LABELS[item.kind]}</span>
                          </button>
                        )}
                        <button type="button" className="secondary" onClick={() => setDialog({ action: 'assign', id: item.id, kind: item.kind })}>
                          Assign<span className="visually-hidden"> {KIND_LABELS[item.kind]}</span>…
                        </button>
                        <button type="button" onClick={() => setDialog({ action: 'resolve', id: item.id, kind: item.kind })}>
                          Resolve<span className="visually-hidden"> {KIND_LABELS[item.kind]}</span>…
                        </button>
                      </span>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Pager pages={pages} nextCursor={list.data?.nextCursor} />
      <ConfirmDialog
        open={dialog !== undefined}
        title={dialog?.action === 'assign' ? `Assign this ${KIND_LABELS[dialog.kind]?.toLowerCase() ?? 'exception'}` : `Resolve this ${KIND_LABELS[dialog?.kind ?? '']?.toLowerCase() ?? 'exception'}?`}
        confirmLabel={dialog?.action === 'assign' ? 'Assign' : 'Resolve with this note'}
        cancelLabel={dialog?.action === 'assign' ? 'Cancel' : 'Keep it open'}
        onConfirm={() => dialog && change.mutate(dialog)}
        onCancel={close}
      >
        {dialog?.action === 'assign' ? (
          <Field label="Assignee’s email" type="email" value={text} onChange={(event) => setText(event.target.value)} error={fieldError} />
        ) : (
          <Field label="What was done (required)" value={text} onChange={(event) => setText(event.target.value)} error={fieldError} />
        )}
        <ProblemMessage error={change.error} />
      </ConfirmDialog>
    </section>
  );
}
