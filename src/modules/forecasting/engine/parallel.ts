// Forecasts a run's series on worker threads (one per core): the batch is cut into chunks that are transferred,
// not copied, to whichever worker is free; results land in one array in series order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { forecastBatch } from './forecast-batch.ts';
import type { BatchForecast, ForecastSettings, PooledPriors, SeriesBatch } from './series-batch.ts';

/** Below this many periods in all, starting threads costs more than it saves. */
const IN_THREAD_BELOW = 2_000_000;
const CHUNKS_PER_THREAD = 12;

export async function forecastInParallel(batch: SeriesBatch, settings: ForecastSettings, priors: PooledPriors, onProgress: (done: number, total: number) => void = () => {}): Promise<BatchForecast> {
  const threads = Math.min(availableParallelism(), batch.names.length);
  if (batch.quantity.length < IN_THREAD_BELOW || threads < 2) return forecastBatch(batch, settings, priors);
  const columns = 1 + settings.quantiles.length;
  const perSeries = settings.horizon * columns;
  const values = new Float64Array(batch.names.length * perSeries);
  const chunkSize = Math.ceil(batch.names.length / (threads * CHUNKS_PER_THREAD));
  const starts: number[] = [];
  for (let s = 0; s < batch.names.length; s += chunkSize) starts.push(s);

  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker-entry.mjs', import.meta.url)));
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolveWorker, reject) => {
            const send = () => {
              if (next >= starts.length) return resolveWorker();
              const id = next++;
              const chunk = sliceBatch(batch, starts[id] as number, Math.min(batch.names.length, (starts[id] as number) + chunkSize), settings.horizon);
              const transfer = [chunk.offsets.buffer, chunk.quantity.buffer, chunk.price?.buffer, chunk.promo?.buffer, chunk.futurePrice?.buffer, chunk.futurePromo?.buffer].filter((b): b is ArrayBuffer => b !== undefined);
              worker.postMessage({ id, batch: chunk, settings, priors }, transfer);
            };
            worker.on('message', (reply: { id: number; values: Float64Array }) => {
              values.set(reply.values, (starts[reply.id] as number) * perSeries);
              onProgress(++done, starts.length);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return { values, columns };
}

/** Series [from, to) as a batch of their own (copies, so they can be transferred). */
function sliceBatch(batch: SeriesBatch, from: number, to: number, horizon: number): SeriesBatch {
  const start = batch.offsets[from] as number;
  const end = batch.offsets[to] as number;
  const offsets = new Int32Array(to - from + 1);
  for (let s = from; s <= to; s++) offsets[s - from] = (batch.offsets[s] as number) - start;
  const future = (column: Float64Array | null) => column?.slice(from * horizon, to * horizon) ?? null;
  return {
    names: batch.names.slice(from, to),
    offsets,
    quantity: batch.quantity.slice(start, end),
    price: batch.price?.slice(start, end) ?? null,
    promo: batch.promo?.slice(start, end) ?? null,
    futurePrice: future(batch.futurePrice),
    futurePromo: future(batch.futurePromo),
  };
}
