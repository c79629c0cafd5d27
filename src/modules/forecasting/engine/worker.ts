// Worker thread: forecasts the batches the pool sends it and transfers the results back.
import { parentPort } from 'node:worker_threads';
import { forecastBatch } from './forecast-batch.ts';
import type { ForecastSettings, PooledPriors, SeriesBatch } from './series-batch.ts';

export interface WorkerJob {
  id: number;
  batch: SeriesBatch;
  settings: ForecastSettings;
  priors: PooledPriors;
}

parentPort?.on('message', (job: WorkerJob) => {
  const result = forecastBatch(job.batch, job.settings, job.priors);
  parentPort?.postMessage({ id: job.id, values: result.values }, [result.values.buffer as ArrayBuffer]);
});
