// The exception as the API shows it: the contract's item plus value at risk, owner and the resolution.
import { sql } from 'kysely';
import type { ExceptionKind, ExceptionStatus, Severity } from '../domain/exception-kind.ts';

export interface ExceptionView {
  id: string;
  kind: ExceptionKind;
  severity: Severity;
  /** Location code; null for exceptions of no location (settlements). */
  location: string | null;
  subject: { type: string; id: string };
  summary: string;
  detectedAt: string;
  lastDetectedAt: string;
  status: ExceptionStatus;
  /** The assignee's email, or null. */
  assignee: string | null;
  dueAt: string;
  valueAtRisk: number;
  owner: { role: string; location: string | null };
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  resolutionNote: string | null;
}

/** The select list every exception read uses (alias e for the exception). */
export const EXCEPTION_COLUMNS = sql`e.id, e.kind, e.severity, lo.code AS location, e.subject_type, e.subject_id, e.summary, e.detected_at,
  e.last_detected_at, e.status, u.email AS assignee, e.due_at, e.value_at_risk, e.owner_role, e.acknowledged_at, e.resolved_at,
  e.resolution_note, e.location_id`;

export const EXCEPTION_JOINS = sql`LEFT JOIN location lo ON lo.id = e.location_id LEFT JOIN app_user u ON u.id = e.assignee_id`;

const iso = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).toISOString());

// biome-ignore lint/suspicious/noExplicitAny: a raw row
export function toExceptionView(row: Record<string, any>): ExceptionView {
  return {
    id: row.id,
    kind: row.kind,
    severity: row.severity,
    location: row.location ?? null,
    subject: { type: row.subject_type, id: row.subject_id },
    summary: row.summary,
    detectedAt: iso(row.detected_at) as string,
    lastDetectedAt: iso(row.last_detected_at) as string,
    status: row.status,
    assignee: row.assignee ?? null,
    dueAt: iso(row.due_at) as string,
    valueAtRisk: Number(row.value_at_risk),
    owner: { role: row.owner_role, location: row.location ?? null },
    acknowledgedAt: iso(row.acknowledged_at),
    resolvedAt: iso(row.resolved_at),
    resolutionNote: row.resolution_note ?? null,
  };
}
