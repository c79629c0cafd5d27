// Raises exceptions inside the caller's transaction: one statement inserts them against the partial unique index
// of open exceptions (ON CONFLICT … DO UPDATE), so a cause seen twice — by two concurrent counts, or by the daily
// check every day — refreshes the one open exception (summary, value at risk, severity, last seen) instead of
// adding a second. Never a check-then-insert. New ones are audited and published as exceptions.exception_raised.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Role } from '../../../kernel/actor.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { dueAt, type ExceptionKind, severityOf } from '../domain/exception-kind.ts';
import type { ExceptionRaised } from '../events.ts';

export const COMPANY_ID = 1;

export interface ExceptionToRaise {
  kind: ExceptionKind;
  locationId: string | null;
  subject: { type: string; id: string };
  summary: string;
  valueAtRisk: number;
  ownerRole: Role;
  /** Who it is assigned to from the start (an approval step named a user), else nobody. */
  assigneeId?: string | null;
}

const keyOf = (e: ExceptionToRaise) => `${e.kind}|${e.subject.type}|${e.subject.id}|${e.locationId ?? ''}`;

/** Returns the ids of the exceptions raised or refreshed, in the order given (duplicates collapse into one). */
export async function raiseExceptions(ctx: Context, exceptions: readonly ExceptionToRaise[]): Promise<Array<{ id: string; raised: boolean }>> {
  // Two rows for one key in one statement would make ON CONFLICT DO UPDATE touch a row twice: keep the larger.
  const byKey = new Map<string, ExceptionToRaise>();
  for (const e of exceptions) {
    const seen = byKey.get(keyOf(e));
    if (!seen || e.valueAtRisk > seen.valueAtRisk) byKey.set(keyOf(e), e);
  }
  // A fixed order, so that two transactions raising overlapping sets lock the index entries in the same order.
  const rows = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => ({ ...e, id: randomUUID(), valueAtRisk: Math.max(0, Math.round(e.valueAtRisk)) }));
  if (rows.length === 0) return [];
  const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
  const result = await sql<{ id: string; kind: ExceptionKind; subject_type: string; subject_id: string; location_id: string | null; inserted: boolean }>`
    INSERT INTO operations_exception (id, company_id, kind, severity, location_id, subject_type, subject_id, summary, detected_at,
      last_detected_at, status, owner_role, assignee_id, due_at, value_at_risk)
    SELECT v.id, ${COMPANY_ID}, v.kind, v.severity, v.location_id, v.subject_type, v.subject_id, v.summary, ${ctx.now}, ${ctx.now}, 'open',
      v.owner_role, v.assignee_id, v.due_at, v.value_at_risk
    FROM unnest(${column((r) => r.id)}::uuid[], ${column((r) => r.kind)}::text[], ${column((r) => severityOf(r.valueAtRisk))}::text[],
      ${column((r) => r.locationId)}::uuid[], ${column((r) => r.subject.type)}::text[], ${column((r) => r.subject.id)}::text[],
      ${column((r) => r.summary.slice(0, 1000))}::text[], ${column((r) => r.ownerRole)}::text[], ${column((r) => r.assigneeId ?? null)}::uuid[],
      ${column((r) => dueAt(r.kind, ctx.now).toISOString())}::timestamptz[], ${column((r) => r.valueAtRisk)}::int8[])
      AS v (id, kind, severity, location_id, subject_type, subject_id, summary, owner_role, assignee_id, due_at, value_at_risk)
    ON CONFLICT (company_id, kind, subject_type, subject_id, (coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid)))
      WHERE status <> 'resolved'
    DO UPDATE SET summary = EXCLUDED.summary, value_at_risk = EXCLUDED.value_at_risk, severity = EXCLUDED.severity,
      last_detected_at = EXCLUDED.last_detected_at
    RETURNING id, kind, subject_type, subject_id, location_id, (xmax = 0) AS inserted`.execute(ctx.tx);
  const outcome = new Map(result.rows.map((row) => [`${row.kind}|${row.subject_type}|${row.subject_id}|${row.location_id ?? ''}`, row]));
  for (const row of rows) {
    const stored = outcome.get(keyOf(row));
    if (!stored?.inserted) continue;
    const after = { kind: row.kind, subject: row.subject, summary: row.summary, valueAtRisk: row.valueAtRisk, owner: row.ownerRole, status: 'open' };
    await ctx.audit({ action: 'exception.raised', entity: 'exception', entityId: stored.id, after });
    const event: ExceptionRaised = {
      type: 'exceptions.exception_raised',
      payload: {
        exceptionId: stored.id,
        kind: row.kind,
        severity: severityOf(row.valueAtRisk),
        locationId: row.locationId,
        subject: row.subject,
        summary: row.summary,
        ownerRole: row.ownerRole,
        assigneeId: row.assigneeId ?? null,
        valueAtRisk: row.valueAtRisk,
        dueAt: dueAt(row.kind, ctx.now).toISOString(),
      },
    };
    await ctx.emit(event);
  }
  return exceptions.map((e) => {
    const stored = outcome.get(keyOf(e));
    return { id: stored?.id as string, raised: Boolean(stored?.inserted) };
  });
}
