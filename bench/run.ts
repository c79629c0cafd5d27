// npm run bench: throughput and latency of Emporium's hot routes through HTTP on PostgreSQL and on PGlite,
// next to pgbench (TPC-B) on the same PostgreSQL server, all in one run so ratios compare like with like.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import pg from 'pg';
import { type HttpTarget, type LoadResult, runLoad, send } from './load.ts';
import { benchProductSearch, benchProductSearchOnPostgres, formatProductSearchBench } from './product-search.ts';
import { benchKpis, formatKpiBench } from './kpis.ts';
import { benchReplenishment, formatReplenishmentBench } from './replenishment.ts';
import { startServer } from './server.ts';

const SERVER = process.env.BENCH_POSTGRES_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = 16;
const SKUS = Array.from({ length: 20 }, (_, i) => `BENCH-${i + 1}`);

async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function withScratchDatabase<T>(name: string, work: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    return await work(`${SERVER}/${name}`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function must(target: HttpTarget, path: string, body: unknown) {
  const response = await send(target, 'POST', path, body);
  if (response.status >= 300) throw new Error(`setup ${path} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function prepare(target: HttpTarget) {
  await must(target, '/api/v1/locations', { code: 'BW1', name: 'Bench warehouse 1', kind: 'warehouse', priority: 1 });
  await must(target, '/api/v1/locations', { code: 'BW2', name: 'Bench warehouse 2', kind: 'warehouse', priority: 2 });
  for (let i = 1; i <= 4; i++) await must(target, '/api/v1/locations', { code: `BS${i}`, name: `Bench store ${i}`, kind: 'store', shipsToCustomers: i === 1 });
  for (const [i, sku] of SKUS.entries()) await must(target, '/api/v1/products', { sku, name: sku, cost: 500 + i, price: 1299 + i, taxRate: 2000 });
  for (const location of ['BW1', 'BW2', 'BS1', 'BS2', 'BS3', 'BS4']) {
    await must(target, '/api/v1/inventory/adjustments', { location, reason: 'bench stock', lines: SKUS.map((sku) => ({ sku, delta: 5_000_000 })) });
  }
  await must(target, '/api/v1/products', { sku: 'FLASH', name: 'Flash sale item', cost: 1000, price: 2999 });
  await must(target, '/api/v1/inventory/adjustments', { location: 'BW1', reason: 'flash stock', lines: [{ sku: 'FLASH', delta: 100 }] });
}

interface EngineFigures {
  engine: string;
  write: LoadResult;
  ship: LoadResult;
  pos: LoadResult;
  flash: { accepted: number; refused: number; other: number; milliseconds: number };
}

async function benchEngine(engine: 'postgres' | 'pglite', databaseUrl: string | undefined, port: number): Promise<EngineFigures> {
  const server = await startServer(engine, databaseUrl, port);
  try {
    const target = { baseUrl: server.baseUrl, token: server.token };
    await prepare(target);
    const pick = (client: number, i: number) => SKUS[(client * 7 + i) % SKUS.length] as string;
    let counter = 0;
    const write = await runLoad(CLIENTS, SECONDS, (client) =>
      send(target, 'POST', '/api/v1/inventory/adjustments', { location: 'BS2', reason: 'bench', lines: [{ sku: pick(client, counter++), delta: 1 }] }),
    );
    const ship = await runLoad(CLIENTS, SECONDS, (client) => {
      counter += 1;
      return send(target, 'POST', '/api/v1/orders', {
        channel: 'web',
        fulfillment: 'ship',
        lines: [
          { sku: pick(client, counter), quantity: 1 },
          { sku: pick(client, counter + 3), quantity: 2 },
        ],
      });
    });
    const pos = await runLoad(CLIENTS, SECONDS, (client) => {
      counter += 1;
      return send(target, 'POST', '/api/v1/orders', {
        channel: 'store',
        location: `BS${(client % 4) + 1}`,
        fulfillment: 'carry_out',
        tender: 'card',
        lines: [{ sku: pick(client, counter), quantity: 1 }],
      });
    });
    const started = performance.now();
    const flashResponses = await Promise.all(
      Array.from({ length: 300 }, () => send(target, 'POST', '/api/v1/orders', { channel: 'web', fulfillment: 'ship', lines: [{ sku: 'FLASH', quantity: 1 }] })),
    );
    const flash = {
      accepted: flashResponses.filter((r) => r.status === 201).length,
      refused: flashResponses.filter((r) => r.status === 409 && r.body?.code === 'insufficient_stock').length,
      other: flashResponses.filter((r) => r.status !== 201 && r.status !== 409).length,
      milliseconds: performance.now() - started,
    };
    return { engine, write, ship, pos, flash };
  } finally {
    await server.stop();
  }
}

function pgbench(url: string): number {
  execFileSync('pgbench', ['-i', '-s', '10', '-q', url], { stdio: 'ignore' });
  const output = execFileSync('pgbench', ['-c', '16', '-j', '2', '-T', '20', url], { encoding: 'utf8' });
  const match = /tps = ([\d.]+) \(without initial connection time\)/.exec(output);
  if (!match) throw new Error(`could not read pgbench output:\n${output}`);
  return Number(match[1]);
}

const fmt = (result: LoadResult) =>
  `${result.perSecond.toFixed(0).padStart(6)} /s   p50 ${result.p50.toFixed(1).padStart(6)} ms   p95 ${result.p95.toFixed(1).padStart(6)} ms   p99 ${result.p99.toFixed(1).padStart(6)} ms   (${result.requests} requests, statuses ${JSON.stringify(result.statuses)})`;

async function main() {
  console.log(`Emporium bench — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${CLIENTS} clients, ${SECONDS} s per scenario\n`);
  const figures: EngineFigures[] = [];
  let tps: number | undefined;
  let replenishment: string | undefined;
  let kpis: string | undefined;
  const searches: string[] = [];
  if (await postgresAvailable()) {
    figures.push(await withScratchDatabase('emporium_bench', (url) => benchEngine('postgres', url, 3901)));
    tps = await withScratchDatabase('emporium_pgbench', async (url) => pgbench(url));
    replenishment = formatReplenishmentBench(await benchReplenishment(SERVER));
    kpis = formatKpiBench(await benchKpis(SERVER));
    searches.push(formatProductSearchBench(await benchProductSearchOnPostgres(`${SERVER}/postgres`)));
  } else {
    console.log('PostgreSQL does not answer: only PGlite is measured.\n');
  }
  figures.push(await benchEngine('pglite', undefined, 3902));
  searches.push(formatProductSearchBench(await benchProductSearch('pglite')));

  for (const f of figures) {
    console.log(`== ${f.engine}`);
    console.log(`  authenticated write (adjustment, 1 line)   ${fmt(f.write)}`);
    console.log(`  ship order, 2 lines, sourced               ${fmt(f.ship)}`);
    console.log(`  POS sale (carry_out), 1 line               ${fmt(f.pos)}`);
    console.log(`  flash sale: 300 concurrent orders for 100 units → ${f.flash.accepted} accepted, ${f.flash.refused} refused (insufficient_stock), ${f.flash.other} other, ${f.flash.milliseconds.toFixed(0)} ms`);
  }
  const postgres = figures.find((f) => f.engine === 'postgres');
  const pglite = figures.find((f) => f.engine === 'pglite');
  if (postgres && tps !== undefined) {
    console.log(`\npgbench TPC-B (-c 16 -j 2, 20 s, scale 10) on the same server: ${tps.toFixed(0)} tps`);
    console.log(`ratio ship orders/s ÷ pgbench tps: ${(postgres.ship.perSecond / tps).toFixed(2)} (target ≥ 0.4)`);
    console.log(`ship order p95 on PostgreSQL: ${postgres.ship.p95.toFixed(1)} ms (target < 25 ms)`);
  }
  if (replenishment) console.log(`\n${replenishment}`);
  if (kpis) console.log(`\n${kpis}`);
  for (const search of searches) console.log(`\n${search}`);
  if (postgres && pglite) console.log(`PGlite ship orders/s ÷ PostgreSQL: ${((pglite.ship.perSecond / postgres.ship.perSecond) * 100).toFixed(0)} % (target ≥ 25 %)`);
}

await main();
