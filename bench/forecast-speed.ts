// Speed of `emporium forecast` at the contract's scale: 30,000 daily series × 5 years (a synthetic, seeded history
// of intermittent and seasonal demand written to a temporary file), horizon 28 with quantiles, through the same
// function the CLI runs. Target: < 60 s on the 2-core machine. Run: npx tsx bench/forecast-speed.ts [series]
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runForecastCommand } from '../src/modules/forecasting/index.ts';

const SERIES = Number(process.argv[2] ?? 30_000);
const DAYS = 5 * 365 + 1;

/** Mulberry32: a small seeded generator, so every run forecasts the same file. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function poisson(mean: number, random: () => number): number {
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * (random() + random() + random() - 1.5) * 2));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random(); p > limit; p *= random()) k++;
  return k;
}

function writeHistory(file: string): void {
  const random = seeded(20_240_601);
  const first = Date.UTC(2020, 0, 1);
  const dates = Array.from({ length: DAYS }, (_, t) => new Date(first + t * 86_400_000).toISOString().slice(0, 10));
  const fd = openSync(file, 'w');
  writeSync(fd, 'series,date,quantity\n');
  for (let s = 0; s < SERIES; s++) {
    // Most SKU-store series sell a unit every few days; a few sell dozens a day.
    const base = random() < 0.8 ? 0.05 + random() * 1.5 : 2 + random() * 40;
    const weekly = Array.from({ length: 7 }, () => 0.7 + random() * 0.6);
    const name = `SKU${String(s).padStart(6, '0')}`;
    const lines: string[] = [];
    for (let t = 0; t < DAYS; t++) {
      const yearly = 1 + 0.3 * Math.sin((2 * Math.PI * t) / 365.25);
      lines.push(`${name},${dates[t]},${poisson(base * (weekly[t % 7] as number) * yearly, random)}`);
    }
    writeSync(fd, `${lines.join('\n')}\n`);
  }
  closeSync(fd);
}

const work = mkdtempSync(join(tmpdir(), 'forecast-speed-'));
try {
  const history = join(work, 'history.csv');
  const generated = performance.now();
  writeHistory(history);
  console.log(`Synthetic history: ${SERIES} series × ${DAYS} days, ${(statSync(history).size / 1e9).toFixed(2)} GB, written in ${((performance.now() - generated) / 1000).toFixed(1)} s`);
  const summary = await runForecastCommand({ history, out: join(work, 'forecast.csv'), future: undefined, horizon: 28, frequency: 'day', quantiles: [0.1, 0.5, 0.9] });
  console.log(`forecast: ${summary.series} series, horizon ${summary.horizon}, with quantiles: ${summary.seconds.toFixed(1)} s (target < 60 s) on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
