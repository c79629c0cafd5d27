// The replenishment-run benchmark: 22 locations (2 warehouses, 20 stores) × 9,000 SKUs = 198,000 reorder rules
// with stock levels, 8 weeks of sales, supplier info and open orders, all generated with set-based SQL on a
// scratch PostgreSQL database; then the whole run (propose, draft purchase orders and store transfers, submit
// to approval) timed three times, each rolled back so every run starts from the same state. Target: < 5 s.
// Standalone: `npx tsx bench/replenishment.ts`; bench/run.ts can call benchReplenishment().
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { SYSTEM_ACTOR } from '../src/kernel/actor.ts';
import { systemClock } from '../src/kernel/clock.ts';
import { type ReplenishmentRun, runReplenishment } from '../src/modules/purchasing/index.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { UnitOfWork } from '../src/platform/db/unit-of-work.ts';
import { EventBus } from '../src/platform/events/event-bus.ts';

export interface ReplenishmentBench {
  rules: number;
  stockMoves: number;
  /** Wall-clock milliseconds of each run, in order. */
  runs: number[];
  medianMs: number;
  counts: ReplenishmentRun;
}

const SKUS = 9_000;
const STORES = 20;
const VENDORS = 30;
const CUSTOMER = '00000000-0000-4000-8000-000000000102';

/** Generates the dataset with a handful of INSERT … SELECT statements (seeded, so every bench sees the same data). */
export async function generate(client: pg.Client): Promise<{ rules: number; stockMoves: number }> {
  await client.query('SELECT setseed(0.42)');
  await client.query(`INSERT INTO location (id, code, name, kind, ships_to_customers, pickup_point, priority)
    SELECT gen_random_uuid(), 'BW' || i, 'Bench warehouse ' || i, 'warehouse', true, false, i FROM generate_series(1, 2) i
    UNION ALL
    SELECT gen_random_uuid(), 'BS' || lpad(i::text, 2, '0'), 'Bench store ' || i, 'store', false, true, 100 + i FROM generate_series(1, ${STORES}) i`);
  // search_text is what the application would write (productSearchText): these fields are plain ASCII.
  await client.query(`INSERT INTO product (id, sku, name, category, cost, price, search_text)
    SELECT gen_random_uuid(), sku, name, category, 200 + i % 800, 600 + i % 2400, lower(concat_ws(' ', sku, name, category))
    FROM generate_series(1, ${SKUS}) i
    CROSS JOIN LATERAL (SELECT 'SKU-' || lpad(i::text, 6, '0') AS sku, 'Bench product ' || i AS name,
      (ARRAY['basics', 'seasonal', 'electronics', 'home'])[1 + i % 4] AS category) p`);
  await client.query(`INSERT INTO vendor (id, code, name, lead_time_days, created_at, updated_at)
    SELECT gen_random_uuid(), 'V' || lpad(i::text, 3, '0'), 'Vendor ' || i, 3 + i % 12, now(), now() FROM generate_series(1, ${VENDORS}) i`);
  // Every product has a preferred vendor and, for a third of them, a dearer second one.
  await client.query(`WITH p AS (SELECT id, row_number() OVER (ORDER BY sku) AS n, cost FROM product WHERE sku LIKE 'SKU-%'),
      v AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS k FROM vendor)
    INSERT INTO supplier_product (vendor_id, product_id, unit_cost, min_order_quantity, order_multiple, lead_time_days, preferred, updated_at)
    SELECT v.id, p.id, p.cost - 20, (ARRAY[1, 6, 12, 24])[1 + p.n % 4], (ARRAY[1, 1, 6, 12])[1 + p.n % 4], 5 + p.n % 10, true, now()
    FROM p JOIN v ON v.k = p.n % ${VENDORS}
    UNION ALL
    SELECT v.id, p.id, p.cost, 1, 1, NULL, false, now() FROM p JOIN v ON v.k = (p.n + 7) % ${VENDORS} WHERE p.n % 3 = 0`);
  // Rules: warehouses buy (min 50–250, max 2–3× min); stores pull from a warehouse (min 2–7, max min + 4–12).
  await client.query(`INSERT INTO reorder_rule (id, product_id, location_id, min_quantity, max_quantity, order_multiple, trigger, source,
      source_location_id, active, created_at, updated_at)
    SELECT gen_random_uuid(), p.id, l.id, m.min, m.max, CASE WHEN l.kind = 'warehouse' THEN 6 ELSE 1 END,
      CASE WHEN random() < 0.05 THEN 'manual' ELSE 'auto' END,
      CASE WHEN l.kind = 'warehouse' THEN 'purchase' ELSE 'transfer' END,
      CASE WHEN l.kind = 'warehouse' THEN NULL WHEN l.priority % 2 = 0 THEN w2.id ELSE w1.id END, true, now(), now()
    FROM product p CROSS JOIN location l
    CROSS JOIN (SELECT id FROM location WHERE code = 'BW1') w1 CROSS JOIN (SELECT id FROM location WHERE code = 'BW2') w2
    CROSS JOIN LATERAL (SELECT CASE WHEN l.kind = 'warehouse' THEN 50 + (random() * 200)::int ELSE 2 + (random() * 5)::int END AS min) base
    CROSS JOIN LATERAL (SELECT base.min AS min, CASE WHEN l.kind = 'warehouse' THEN base.min * (2 + (random())::int)
      ELSE base.min + 4 + (random() * 8)::int END AS max) m
    WHERE p.sku LIKE 'SKU-%' AND l.code LIKE 'B%'`);
  await client.query(`INSERT INTO stock_level (product_id, location_id, on_hand, reserved)
    SELECT r.product_id, r.location_id, s.on_hand, (s.on_hand * random() * 0.1)::int
    FROM reorder_rule r CROSS JOIN LATERAL (SELECT (random() * r.max_quantity * 1.3)::int8 AS on_hand) s`);
  // Eight weeks of store sales (about one sale every few days per SKU and store), and some returns.
  await client.query(`INSERT INTO stock_move (product_id, from_location_id, to_location_id, quantity, value, source_type, source_id, actor_id, moved_at)
    SELECT r.product_id, r.location_id, '${CUSTOMER}', 1 + (random() * 2)::int, 500, 'order', 'bench', '00000000-0000-0000-0000-000000000000',
      now() - (random() * interval '56 days')
    FROM reorder_rule r CROSS JOIN generate_series(1, 4) g
    WHERE r.source = 'transfer' AND random() < 0.8`);
  await client.query(`INSERT INTO stock_move (product_id, from_location_id, to_location_id, quantity, value, source_type, source_id, actor_id, moved_at)
    SELECT product_id, to_location_id, from_location_id, 1, 500, 'return', 'bench', actor_id, moved_at + interval '1 day'
    FROM stock_move WHERE to_location_id = '${CUSTOMER}' AND random() < 0.05`);
  // A few hundred open purchase-order lines at the warehouses, sent ten days ago.
  await client.query(`WITH o AS (
      INSERT INTO purchase_order (id, number, vendor_id, location_id, status, origin, total, expected_at, created_by, created_at, sent_at)
      SELECT gen_random_uuid(), 'BPO-' || v.code || '-' || l.code, v.id, l.id, 'sent', 'manual', 0, now(), '00000000-0000-0000-0000-000000000000',
        now() - interval '10 days', now() - interval '10 days'
      FROM vendor v CROSS JOIN location l WHERE l.kind = 'warehouse' AND l.code LIKE 'BW%'
      RETURNING id, vendor_id)
    INSERT INTO purchase_order_line (purchase_order_id, line_no, product_id, quantity, unit_cost, lead_time_days, expected_at)
    SELECT o.id, row_number() OVER (PARTITION BY o.id ORDER BY sp.product_id), sp.product_id, 120, sp.unit_cost, 14, now() + interval '4 days'
    FROM o JOIN supplier_product sp ON sp.vendor_id = o.vendor_id AND sp.preferred
    WHERE random() < 0.03`);
  await client.query('ANALYZE');
  const rules = await client.query<{ n: string }>('SELECT count(*) AS n FROM reorder_rule');
  const moves = await client.query<{ n: string }>('SELECT count(*) AS n FROM stock_move');
  return { rules: Number(rules.rows[0]?.n), stockMoves: Number(moves.rows[0]?.n) };
}

class Rollback extends Error {}

/** One run in a transaction that is rolled back afterwards, so the next run sees the same data. */
async function timedRun(uow: UnitOfWork): Promise<{ ms: number; run: ReplenishmentRun }> {
  let run: ReplenishmentRun | undefined;
  const started = performance.now();
  await uow
    .withTransaction(SYSTEM_ACTOR, async (ctx) => {
      run = await runReplenishment(ctx, 'bench');
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return { ms: performance.now() - started, run: run as ReplenishmentRun };
}

export async function benchReplenishment(server = process.env.BENCH_POSTGRES_SERVER ?? 'postgres://postgres@127.0.0.1:5432'): Promise<ReplenishmentBench> {
  const name = 'emporium_bench_replenishment';
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
      const size = await generate(client).finally(() => client.end());
      const uow = new UnitOfWork(database, new EventBus(), systemClock);
      const results: Array<{ ms: number; run: ReplenishmentRun }> = [];
      for (let i = 0; i < 3; i++) results.push(await timedRun(uow));
      const runs = results.map((result) => Math.round(result.ms));
      const medianMs = [...runs].sort((a, b) => a - b)[1] as number;
      return { ...size, runs, medianMs, counts: (results[0] as { run: ReplenishmentRun }).run };
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export function formatReplenishmentBench(result: ReplenishmentBench): string {
  const c = result.counts;
  return [
    `replenishment run over ${result.rules.toLocaleString('en')} reorder rules (${result.stockMoves.toLocaleString('en')} stock moves):`,
    `  median ${result.medianMs} ms of 3 runs (${result.runs.join(', ')} ms; target < 5000 ms)`,
    `  ${c.proposalsCreated} proposals → ${c.purchaseOrdersDrafted} purchase orders (${c.purchaseOrdersAutoApproved} auto-approved), ${c.transfersDrafted} draft transfers`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatReplenishmentBench(await benchReplenishment()));
}
