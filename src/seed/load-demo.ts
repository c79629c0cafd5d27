// Loads the demo retailer telling a person what is happening: the expected time once at the start, then the
// phase, the share done and the seconds elapsed. A database that already holds a network says nothing.
import type { App } from '../app.ts';
import type { UnitOfWork } from '../platform/db/unit-of-work.ts';
import { type DemoOptions, type DemoSummary, seedDemoRetailer } from './demo-retailer.ts';

/** The part of a pino logger this needs. */
export interface ProgressLogger {
  info(fields: object, message: string): void;
}

/** The history reports every day; a line every 5 % of the whole is enough to see it move. */
const STEP = 5;

export async function loadDemoWithProgress(target: App | UnitOfWork, logger: ProgressLogger, options: DemoOptions = {}): Promise<DemoSummary> {
  const started = Date.now();
  const elapsed = () => Math.round((Date.now() - started) / 100) / 10;
  let shown = 0;
  const summary = await seedDemoRetailer(target, {
    ...options,
    onStart: (seconds) => logger.info({ expectedSeconds: seconds }, `loading the demo retailer (first start only), about ${seconds} s`),
    onProgress: ({ phase, percent }) => {
      const dayOfHistory = phase.startsWith('history, day');
      if (dayOfHistory && percent < shown + STEP && percent < 100) return;
      shown = percent;
      logger.info({ phase, percent, elapsedSeconds: elapsed() }, `demo: ${phase} done, ${percent} % after ${elapsed()} s`);
    },
  });
  if (summary.loaded) {
    logger.info({ elapsedSeconds: elapsed(), timings: summary.contents?.timings, rows: summary.contents?.rows, history: summary.contents?.history }, `demo retailer loaded in ${elapsed()} s`);
  }
  return summary;
}
