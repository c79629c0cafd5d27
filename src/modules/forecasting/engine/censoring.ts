// Zeros that are not demand. A store closed on a holiday or an item out of stock for three weeks sells nothing,
// but nobody wanted nothing: fitting those zeros as demand drags the level down. We treat them as missing
// (censored) when the series normally sells well enough that a true zero is implausible.

/** Typical selling day below this (units) makes a zero plausible demand, so it is kept as data. */
const PLAUSIBLE_ZERO_BELOW = 5;
/** A run of zeros at least this long, ended by a sale, is an outage (stockout, refit) for a series that sells. */
const OUTAGE_RUN = 14;

/**
 * 1 where period t's zero is censored. `season[t]` is the period's position in the weekly cycle (0 for weekly data):
 * a weekday that is zero most of the time (Sunday closing) is a real zero, not an outage.
 */
export function censoredZeros(y: Float64Array, season: Uint8Array, seasonLength: number): Uint8Array {
  const n = y.length;
  const censored = new Uint8Array(n);
  const nonzero: number[] = [];
  for (let t = Math.max(0, n - 364); t < n; t++) if ((y[t] as number) > 0) nonzero.push(y[t] as number);
  if (nonzero.length < 8) return censored;
  nonzero.sort((a, b) => a - b);
  const typical = nonzero[nonzero.length >> 1] as number;
  if (typical < 3) return censored;

  // Ended zero runs long enough to be outages; never the run at the end (that may be a real stop).
  let runStart = -1;
  for (let t = 0; t < n; t++) {
    if (y[t] === 0) {
      if (runStart < 0) runStart = t;
    } else if (runStart >= 0) {
      if (t - runStart >= OUTAGE_RUN) censored.fill(1, runStart, t);
      runStart = -1;
    }
  }
  if (typical < PLAUSIBLE_ZERO_BELOW) return censored;

  // Isolated zeros on a weekday that usually sells (closures, data gaps).
  const zeros = new Float64Array(seasonLength);
  const days = new Float64Array(seasonLength);
  for (let t = Math.max(0, n - 364); t < n; t++) {
    if (censored[t]) continue;
    days[season[t] as number]! += 1;
    if (y[t] === 0) zeros[season[t] as number]! += 1;
  }
  for (let t = 0; t < n; t++) {
    const s = season[t] as number;
    if (y[t] === 0 && (zeros[s] as number) < 0.5 * (days[s] as number)) censored[t] = 1;
  }
  return censored;
}
