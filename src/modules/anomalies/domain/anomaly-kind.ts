// The kinds of finding the anomaly checks store (return rates become `return_anomaly` exceptions instead), and
// what a finding carries: its subject, the window, the figures it came from and its one-line reason.

export const ANOMALY_KINDS = ['shrink', 'lead_time_drift', 'overstock', 'slow_mover', 'margin_erosion'] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

/** Every check the run performs: the stored kinds and the return rates raised as exceptions. */
export const ANOMALY_CHECKS = ['return_rate', ...ANOMALY_KINDS] as const;
export type AnomalyCheck = (typeof ANOMALY_CHECKS)[number];

export type SubjectType = 'product' | 'location' | 'vendor' | 'family';
export type FigureUnit = 'ratio' | 'days' | 'weeks' | 'units';

export interface Window {
  /** First and last day (UTC, inclusive). */
  from: string;
  to: string;
}

export interface Finding<K extends string = AnomalyKind> {
  kind: K;
  /** id: the subject's id (product, location, vendor) or the family's name; key: its natural key. */
  subject: { type: SubjectType; id: string; key: string };
  /** Where it is, for scope; null for vendors and families (unscoped users only). */
  locationId: string | null;
  window: Window;
  observed: number;
  expected: number;
  unit: FigureUnit;
  /** z-equivalent: robust z, or the normal score as rare as the tail probability. */
  score: number;
  /** The score beyond which this subject was flagged (depends on how many were tested). */
  threshold: number;
  /** Minor units: what the anomaly costs or ties up (0 when it has no money measure). */
  valueAtRisk: number;
  /** The counts and sums the figures came from. */
  evidence: Record<string, number | string>;
  reason: string;
}
