// The KPI benchmark on PostgreSQL: N order lines (KPI_BENCH_LINES, default 1,000,000; the target is
// 10,000,000) over a year at 20 stores, with their allocations and stock moves, monthly receipts, weekly counts
// and reorder rules, generated with set-based SQL in a scratch database; the facts rebuilt by the backfill
// (timed); then every available KPI for the last quarter, by location and by family, 20 times each (KPI_BENCH_REPEATS; p50, p95;
// target p95 < 200 ms); and the till-sale write path with and without the insights subscribers (ratio; target ≤ 1.10).
// Part of `npm run bench` (KPI_BENCH_LINES lines); standalone: `npx tsx bench/kpis.ts`.
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { SYSTEM_ACTOR } from '../src/kernel/actor.ts';
import { systemClock } from '../src/kernel/clock.ts';
import { subscribeAccounting } from '../src/modules/accounting/index.ts';
import { backfillInsightFacts, getKpi, KPI_CATALOGUE, subscribeInsights } from '../src/modules/insights/index.ts';
import { postAdjustment } from '../src/modules/inventory/index.ts';
import { placeOrder, subscribeOrders } from '../src/modules/orders/index.ts';
import { subscribePurchasing } from '../src/modules/purchasing/index.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { UnitOfWork } from '../src/platform/db/unit-of-work.ts';
import { EventBus } from '../src/platform/events/event-bus.ts';

const SKUS = 2_000;
const STORES = 20;
const CUSTOMER = '00000000-0000-4000-8000-000000000102';
const SUPPLIER = '00000000-0000-4000-8000-000000000101';
const ACTOR = '00000000-0000-0000-0000-000000000000';

export interface KpiBench {
  lines: number;
  generateMs: number;
  backfillMs: number;
  reads: Array<{ kpi: string; by: string; p50: number; p95: number }>;
  write: { withFactsMs: number; withoutFactsMs: number; ratio: number; orders: number };
}

async function generate(client: pg.Client, lines: number): Promise<void> {
  const orders = Math.ceil(lines / 2);
  await client.query('SELECT setseed(0.17)');
  await client.query(`INSERT INTO location (id, code, name, kind, ships_to_customers, pickup_point, priority)
    SELECT gen_random_uuid(), 'KS' || lpad(i::text, 2, '0'), 'KPI store ' || i, 'store', true, true, 100 + i FROM generate_series(1, ${STORES}) i`);
  await client.query(`INSERT INTO product (id, sku, name, category, cost, price, search_text)
    SELECT gen_random_uuid(), 'K-' || lpad(i::text, 5, '0'), 'KPI product ' || i, (ARRAY['basics', 'seasonal', 'electronics', 'home'])[1 + i % 4],
      200 + i % 800, 600 + i % 2400, 'k-' || i FROM generate_series(1, ${SKUS}) i`);
  // Bulk load: the rows are consistent by construction, so foreign-key triggers are skipped, and ids and times
  // grow with the order number so every index is appended to, not written at random (10 M lines in minutes).
  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET work_mem = '256MB'`);
  await client.query(`CREATE TEMP TABLE bench_order AS
    WITH s AS (SELECT array_agg(id ORDER BY code) AS ids FROM location WHERE code LIKE 'KS%'),
         p AS (SELECT array_agg(price ORDER BY sku) AS prices FROM product WHERE sku LIKE 'K-%')
    SELECT n, ('b' || lpad(to_hex(n), 7, '0') || '-0000-4000-8000-000000000000')::uuid AS order_id, s.ids[1 + n % ${STORES}] AS location_id,
      CASE WHEN n % 5 = 0 THEN 'web' ELSE 'store' END AS channel, now() - interval '365 days' * (1 - n::float8 / ${orders}) AS at,
      k1, k2, q1, q2, q1 * p.prices[k1] + q2 * p.prices[k2] AS subtotal
    FROM s, p, generate_series(1, ${orders}) AS n
    CROSS JOIN LATERAL (SELECT 1 + ((n::int8 * 7919 + 104729) % ${SKUS})::int AS k1, 1 + ((n::int8 * 7919 + 2 * 104729) % ${SKUS})::int AS k2,
      1 + ((n * 31 + 17) % 3)::int AS q1, 1 + ((n * 31 + 34) % 3)::int AS q2) x`);
  await client.query(`CREATE TEMP TABLE bench_line AS
    WITH p AS (SELECT array_agg(id ORDER BY sku) AS ids, array_agg(price ORDER BY sku) AS prices, array_agg(cost ORDER BY sku) AS costs FROM product WHERE sku LIKE 'K-%')
    SELECT o.n, o.order_id, o.location_id, o.channel, o.at, l.line_no, p.ids[l.k] AS product_id, l.q AS quantity, p.prices[l.k] AS unit_price, p.costs[l.k] * l.q AS cost
    FROM bench_order o CROSS JOIN p CROSS JOIN LATERAL (VALUES (1, o.k1, o.q1), (2, o.k2, o.q2)) AS l (line_no, k, q)`);
  await client.query(`INSERT INTO sales_order (id, number, channel, fulfillment, status, location_id, subtotal, discount, tax, total, created_by, placed_at, completed_at)
    SELECT order_id, 'KSO-' || lpad(n::text, 8, '0'), channel, 'carry_out', 'completed', location_id, subtotal, 0, 0, subtotal, '${ACTOR}', at, at
    FROM bench_order ORDER BY n`);
  await client.query('DROP TABLE bench_order');
  await client.query(`INSERT INTO order_line (order_id, line_no, product_id, quantity, unit_price, discount, tax_rate, tax, cost)
    SELECT order_id, line_no, product_id, quantity, unit_price, 0, 0, 0, cost FROM bench_line`);
  await client.query(`INSERT INTO order_allocation (id, order_id, line_no, location_id, quantity, status, value, created_at, fulfilled_at)
    SELECT ('c' || lpad(to_hex(n), 7, '0') || '-000' || line_no || '-4000-8000-000000000000')::uuid, order_id, line_no, location_id, quantity, 'fulfilled', cost, at, at FROM bench_line`);
  await client.query(`INSERT INTO stock_move (product_id, from_location_id, to_location_id, quantity, value, source_type, source_id, actor_id, moved_at)
    SELECT product_id, location_id, '${CUSTOMER}', quantity, cost, 'order', order_id::text, '${ACTOR}', at FROM bench_line`);
  // Monthly receipts of what each store sells (moves from the supplier), so on hand stays positive.
  await client.query(`INSERT INTO stock_move (product_id, from_location_id, to_location_id, quantity, value, source_type, source_id, actor_id, moved_at)
    SELECT b.product_id, '${SUPPLIER}'::uuid, b.location_id, sum(b.quantity) + 5, (sum(b.quantity) + 5) * min(p.cost), 'receipt', 'bench', '${ACTOR}',
      date_trunc('month', b.at)
    FROM bench_line b JOIN product p ON p.id = b.product_id GROUP BY b.product_id, b.location_id, date_trunc('month', b.at)`);
  // Weekly counts of 50 products per store.
  await client.query(`WITH c AS (
      INSERT INTO inventory_count (id, number, location_id, actor_id, counted_at)
      SELECT gen_random_uuid(), 'KCNT-' || l.code || '-' || w, l.id, '${ACTOR}', now() - w * interval '7 days'
      FROM location l CROSS JOIN generate_series(1, 52) w WHERE l.code LIKE 'KS%' RETURNING id)
    INSERT INTO inventory_count_line (count_id, line_no, product_id, counted, on_hand_at_count, value)
    SELECT c.id, g, p.id, 10 + (random() * 5)::int, 10 + (random() * 5)::int, 0
    FROM c CROSS JOIN generate_series(1, 50) g JOIN product p ON p.sku = 'K-' || lpad((1 + (g * 37) % ${SKUS})::text, 5, '0')`);
  await client.query(`INSERT INTO reorder_rule (id, product_id, location_id, min_quantity, max_quantity, order_multiple, trigger, source, active, created_at, updated_at)
    SELECT gen_random_uuid(), p.id, l.id, 2, 10, 1, 'auto', 'purchase', true, now() - interval '400 days', now()
    FROM product p CROSS JOIN location l WHERE p.sku LIKE 'K-%' AND l.code LIKE 'KS%' AND random() < 0.25`);
  await client.query('DROP TABLE bench_line');
  await client.query(`RESET session_replication_role`);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;

async function timeWrites(database: Awaited<ReturnType<typeof openDatabase>>, withFacts: boolean, orders: number): Promise<number> {
  const bus = new EventBus();
  subscribeOrders(bus);
  subscribePurchasing(bus);
  subscribeAccounting(bus);
  if (withFacts) subscribeInsights(bus);
  const uow = new UnitOfWork(database, bus, systemClock);
  const started = performance.now();
  for (let i = 0; i < orders; i++) {
    await uow.withTransaction(SYSTEM_ACTOR, (ctx) =>
      placeOrder(ctx, { channel: 'store', location: 'KS01', fulfillment: 'carry_out', lines: [{ sku: `K-${String(1 + (i % 50)).padStart(5, '0')}`, quantity: 1 }, { sku: `K-${String(51 + (i % 50)).padStart(5, '0')}`, quantity: 1 }] }),
    );
  }
  return (performance.now() - started) / orders;
}

export async function benchKpis(server = process.env.BENCH_POSTGRES_SERVER ?? 'postgres://postgres@127.0.0.1:5432', lines = Number(process.env.KPI_BENCH_LINES ?? 1_000_000)): Promise<KpiBench> {
  const name = 'emporium_bench_kpis';
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const database = await openDatabase({ engine: 'postgres', url: `${server}/${name}`, poolSize: 4 });
    try {
      await migrate(database);
      const client = new pg.Client({ connectionString: `${server}/${name}` });
      await client.connect();
      let started = performance.now();
      await generate(client, lines).finally(() => client.end());
      const generateMs = performance.now() - started;
      started = performance.now();
      await database.kysely.transaction().execute((tx) => backfillInsightFacts(tx));
      const backfillMs = performance.now() - started;
      const analyze = new pg.Client({ connectionString: `${server}/${name}` });
      await analyze.connect();
      await analyze.query('VACUUM ANALYZE');
      await analyze.end();

      const to = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
      const reads: KpiBench['reads'] = [];
      for (const kpi of KPI_CATALOGUE.filter((k) => k.available)) {
        for (const by of ['location', 'family'].filter((cut) => (kpi.cuts as readonly string[]).includes(cut))) {
          const times: number[] = [];
          for (let i = 0; i < Number(process.env.KPI_BENCH_REPEATS ?? 20); i++) {
            const t0 = performance.now();
            await getKpi(database.kysely, SYSTEM_ACTOR, kpi.name, { from, to }, by);
            times.push(performance.now() - t0);
          }
          times.sort((a, b) => a - b);
          reads.push({ kpi: kpi.name, by, p50: percentile(times, 0.5), p95: percentile(times, 0.95) });
        }
      }

      const uow = new UnitOfWork(database, new EventBus(), systemClock);
      await uow.withTransaction(SYSTEM_ACTOR, (ctx) =>
        postAdjustment(ctx, { location: 'KS01', reason: 'bench', lines: Array.from({ length: 100 }, (_, i) => ({ sku: `K-${String(1 + i).padStart(5, '0')}`, delta: 100_000 })) }),
      );
      const orders = Number(process.env.KPI_BENCH_ORDERS ?? 200);
      await timeWrites(database, true, 20); // warm-up
      const without: number[] = [];
      const withFacts: number[] = [];
      for (let round = 0; round < 3; round++) {
        without.push(await timeWrites(database, false, orders));
        withFacts.push(await timeWrites(database, true, orders));
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[1] as number;
      const write = { withFactsMs: median(withFacts), withoutFactsMs: median(without), ratio: median(withFacts) / median(without), orders };
      return { lines, generateMs, backfillMs, reads, write };
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export function formatKpiBench(result: KpiBench): string {
  const worst = Math.max(...result.reads.map((read) => read.p95));
  return [
    `KPIs over ${result.lines.toLocaleString('en')} order lines: generated in ${(result.generateMs / 1000).toFixed(1)} s, facts backfilled in ${(result.backfillMs / 1000).toFixed(1)} s`,
    ...result.reads.map((read) => `  ${read.kpi.padEnd(20)} by ${read.by.padEnd(8)}  p50 ${read.p50.toFixed(1).padStart(7)} ms   p95 ${read.p95.toFixed(1).padStart(7)} ms`),
    `  worst p95 ${worst.toFixed(1)} ms (target < 200 ms)`,
    `till sale (2 lines) write path: ${result.write.withFactsMs.toFixed(2)} ms with facts, ${result.write.withoutFactsMs.toFixed(2)} ms without → ratio ${result.write.ratio.toFixed(3)} (target ≤ 1.10; median of 3 rounds of ${result.write.orders})`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatKpiBench(await benchKpis()));
}
