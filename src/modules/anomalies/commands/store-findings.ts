// Stores a run's findings of one kind: one statement upserts them against the partial unique index of open
// findings (a subject found again refreshes its figures, reason and last seen; detectedAt stays), then the open
// findings of that kind the run no longer finds are resolved. Never a check-then-insert.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { AnomalyKind, Finding } from '../domain/anomaly-kind.ts';

export interface CheckOutcome {
  open: number;
  raised: number;
  resolved: number;
}

export async function storeFindings(ctx: Context, kind: AnomalyKind, findings: ReadonlyArray<Finding<AnomalyKind>>): Promise<CheckOutcome> {
  const rows = findings.map((f) => ({ ...f, id: randomUUID() }));
  const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
  const stored =
    rows.length === 0
      ? []
      : (
          await sql<{ id: string; inserted: boolean }>`
    INSERT INTO anomaly_finding (id, kind, subject_type, subject_id, subject_key, location_id, window_from, window_to, observed, expected,
      unit, score, threshold, value_at_risk, evidence, reason, detected_at, last_detected_at)
    SELECT v.id, ${kind}, v.subject_type, v.subject_id, v.subject_key, v.location_id, v.window_from, v.window_to, v.observed, v.expected,
      v.unit, v.score, v.threshold, v.value_at_risk, v.evidence::jsonb, v.reason, ${ctx.now}, ${ctx.now}
    FROM unnest(${column((r) => r.id)}::uuid[], ${column((r) => r.subject.type)}::text[], ${column((r) => r.subject.id)}::text[],
      ${column((r) => r.subject.key)}::text[], ${column((r) => r.locationId)}::uuid[], ${column((r) => r.window.from)}::date[],
      ${column((r) => r.window.to)}::date[], ${column((r) => r.observed)}::float8[], ${column((r) => r.expected)}::float8[],
      ${column((r) => r.unit)}::text[], ${column((r) => r.score)}::float8[], ${column((r) => r.threshold)}::float8[],
      ${column((r) => Math.max(0, Math.round(r.valueAtRisk)))}::int8[], ${column((r) => JSON.stringify(r.evidence))}::text[],
      ${column((r) => r.reason.slice(0, 1000))}::text[])
      AS v (id, subject_type, subject_id, subject_key, location_id, window_from, window_to, observed, expected, unit, score, threshold,
        value_at_risk, evidence, reason)
    ON CONFLICT (company_id, kind, subject_type, subject_id, (coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid)))
      WHERE status = 'open'
    DO UPDATE SET subject_key = EXCLUDED.subject_key, window_from = EXCLUDED.window_from, window_to = EXCLUDED.window_to,
      observed = EXCLUDED.observed, expected = EXCLUDED.expected, unit = EXCLUDED.unit, score = EXCLUDED.score,
      threshold = EXCLUDED.threshold, value_at_risk = EXCLUDED.value_at_risk, evidence = EXCLUDED.evidence, reason = EXCLUDED.reason,
      last_detected_at = EXCLUDED.last_detected_at
    RETURNING id, (xmax = 0) AS inserted`.execute(ctx.tx)
        ).rows;
  const resolved = await sql<{ id: string }>`UPDATE anomaly_finding SET status = 'resolved', resolved_at = ${ctx.now}
    WHERE company_id = 1 AND kind = ${kind} AND status = 'open' AND NOT (id = ANY(${stored.map((s) => s.id)}::uuid[])) RETURNING id`.execute(ctx.tx);
  return { open: stored.length, raised: stored.filter((s) => s.inserted).length, resolved: resolved.rows.length };
}
