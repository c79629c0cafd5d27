// A finding as the API shows it: kind, subject (with its natural key), location code, the window, the figures
// (observed, expected, unit, score against threshold, value at risk, evidence) and the reason.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { AnomalyKind, FigureUnit, SubjectType } from '../domain/anomaly-kind.ts';

export interface FindingView {
  id: string;
  kind: AnomalyKind;
  subject: { type: SubjectType; id: string; key: string };
  /** Location code; null for vendors and families. */
  location: string | null;
  window: { from: string; to: string };
  observed: number;
  expected: number;
  unit: FigureUnit;
  score: number;
  threshold: number;
  valueAtRisk: number;
  evidence: Record<string, number | string>;
  reason: string;
  detectedAt: string;
  lastDetectedAt: string;
  status: 'open' | 'resolved';
  resolvedAt: string | null;
}

export const FINDING_COLUMNS = sql`a.id, a.kind, a.subject_type, a.subject_id, a.subject_key, lo.code AS location,
  to_char(a.window_from, 'YYYY-MM-DD') AS window_from, to_char(a.window_to, 'YYYY-MM-DD') AS window_to, a.observed, a.expected, a.unit,
  a.score, a.threshold, a.value_at_risk, a.evidence, a.reason, a.detected_at, a.last_detected_at, a.status, a.resolved_at`;

export const FINDING_JOINS = sql`LEFT JOIN location lo ON lo.id = a.location_id`;

/** The caller's locations; findings of no location (vendors, families) only for unscoped users. */
export function findingScope(actor: Actor) {
  return actor.locationIds === null ? sql`true` : sql`a.location_id = ANY(${actor.locationIds}::uuid[])`;
}

const iso = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).toISOString());

// biome-ignore lint/suspicious/noExplicitAny: a raw row
export function toFindingView(row: Record<string, any>): FindingView {
  return {
    id: row.id,
    kind: row.kind,
    subject: { type: row.subject_type, id: row.subject_id, key: row.subject_key },
    location: row.location ?? null,
    window: { from: row.window_from, to: row.window_to },
    observed: Number(row.observed),
    expected: Number(row.expected),
    unit: row.unit,
    score: Number(row.score),
    threshold: Number(row.threshold),
    valueAtRisk: Number(row.value_at_risk),
    evidence: typeof row.evidence === 'string' ? JSON.parse(row.evidence) : row.evidence,
    reason: row.reason,
    detectedAt: iso(row.detected_at) as string,
    lastDetectedAt: iso(row.last_detected_at) as string,
    status: row.status,
    resolvedAt: iso(row.resolved_at),
  };
}
