// The days a run looks at: the window (WINDOW_DAYS full UTC days ending yesterday, so a day is complete before
// it counts) and the baseline (BASELINE_DAYS before it).
import type { Window } from './anomaly-kind.ts';
import { BASELINE_DAYS, WINDOW_DAYS } from './thresholds.ts';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface CheckWindow {
  window: Window;
  baseline: Window;
}

export function checkWindow(now: Date): CheckWindow {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const from = today - WINDOW_DAYS * DAY;
  return {
    window: { from: isoDay(from), to: isoDay(today - DAY) },
    baseline: { from: isoDay(from - BASELINE_DAYS * DAY), to: isoDay(from - DAY) },
  };
}
