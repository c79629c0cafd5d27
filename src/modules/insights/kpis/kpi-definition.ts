// What a KPI is: its name, title, unit, the cuts it supports, and how its numerator and denominator are summed.
// A sum-based KPI gives `measure`: rows (day, product_id, location_id, channel, numerator, denominator) over the
// facts, which the engine groups by the requested cut; `finish` turns the sums into the value (null when undefined).
import type { RawBuilder } from 'kysely';

export type Cut = 'channel' | 'location' | 'family' | 'vendor' | 'day';
export type KpiUnit = 'money' | 'ratio' | 'units' | 'weeks' | 'hours' | 'days';

export interface Period {
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

export interface KpiFigures {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  p50?: number | null;
  p90?: number | null;
  buckets?: Array<{ bucket: string; units: number; value: number }>;
}

export interface KpiDefinition {
  name: string;
  title: string;
  unit: KpiUnit;
  cuts: readonly Cut[];
  available: boolean;
  /** What the value means, for the catalogue and docs/kpis.md. */
  description: string;
  measure?: (period: Period) => RawBuilder<unknown>;
  finish?: (numerator: number, denominator: number) => KpiFigures;
  /** Rows (day, product_id, location_id, channel, sample, weight) whose weighted median and 90th percentile each row also reports. */
  samples?: (period: Period) => RawBuilder<unknown>;
  /** Rows (day, product_id, location_id, channel, bucket, units, value) summed per key and bucket into each row's `buckets`. */
  breakdown?: (period: Period) => RawBuilder<unknown>;
}

/** numerator ÷ denominator, or null when the denominator is zero. */
export function ratio(numerator: number, denominator: number): KpiFigures {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

/** A sum (money or units): the value is the numerator; no denominator. */
export function total(numerator: number): KpiFigures {
  return { value: numerator, numerator, denominator: null };
}
