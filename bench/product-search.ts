// The product-search benchmark: 100,000 products (names from adjective × noun, colours, sizes, categories, some
// accented) loaded with set-based inserts, then 50 two-word searches through the list query the API uses,
// timed one by one: median and p95. On embedded PGlite, and on PostgreSQL when DATABASE_URL is set (in a
// scratch database on that server). Standalone: `npx tsx bench/product-search.ts`; bench/run.ts calls it too.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { productSearchText } from '../src/modules/catalog/domain/search-text.ts';
import { listProducts } from '../src/modules/catalog/queries/list-products.ts';
import { type Database, openDatabase } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { seededRandom } from '../src/seed/random.ts';

export interface ProductSearchBench {
  engine: string;
  products: number;
  searches: number;
  loadMs: number;
  medianMs: number;
  p95Ms: number;
  /** How the planner runs a search for a rare word pair: the index it picks. */
  plan: string;
}

const PRODUCTS = 100_000;
const BATCH = 5_000;
const SEARCHES = 50;
const ADJECTIVES = ['Classic', 'Organic', 'Slim', 'Relaxed', 'Vintage', 'Premium', 'Everyday', 'Crème', 'Café', 'Brûlé',
  'Soft', 'Heavy', 'Light', 'Striped', 'Plain', 'Recycled', 'Merino', 'Linen', 'Denim', 'Canvas'];
const NOUNS = ['tee', 'hoodie', 'jacket', 'mug', 'kettle', 'lamp', 'scarf', 'sock', 'cap', 'bag', 'bowl', 'plate', 'towel',
  'candle', 'notebook', 'pen', 'vase', 'blanket', 'cushion', 'apron'];
const COLOURS = ['black', 'white', 'navy', 'red', 'green', 'écru', 'grey', 'sand', 'olive', 'burgundy', 'sky', 'rose'];
const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', undefined];
const CATEGORIES = ['Tops', 'Outerwear', 'Kitchen', 'Lighting', 'Accessories', 'Bath', 'Stationery', 'Décor', 'Bedding',
  'Tableware', 'Bags', 'Socks', 'Hats', 'Homeware', 'Gifts'];

/** Loads the products BATCH rows per INSERT … SELECT FROM unnest, with search_text as the application writes it. */
async function load(database: Database): Promise<void> {
  const random = seededRandom(42);
  for (let start = 0; start < PRODUCTS; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, PRODUCTS - start) }, (_, k) => {
      const i = start + k;
      const noun = random.pick(NOUNS);
      const size = random.pick(SIZES);
      const product = {
        sku: `PS-${String(i).padStart(6, '0')}`,
        name: `${random.pick(ADJECTIVES)} ${noun} ${noun.slice(0, 2).toUpperCase()}${i % 997}`,
        style: `ST-${i % 5_000}`,
        attributes: { colour: random.pick(COLOURS), ...(size ? { size } : {}) } as Record<string, string>,
        category: random.pick(CATEGORIES),
      };
      return { ...product, searchText: productSearchText(product) };
    });
    await sql`INSERT INTO product (id, sku, name, style, attributes, category, cost, price, tax_rate, search_text)
      SELECT id, sku, name, style, attributes::jsonb, category, 500, 1299, 2000, search_text
      FROM unnest(${rows.map(() => randomUUID())}::uuid[], ${rows.map((row) => row.sku)}::text[], ${rows.map((row) => row.name)}::text[],
        ${rows.map((row) => row.style)}::text[], ${rows.map((row) => JSON.stringify(row.attributes))}::text[],
        ${rows.map((row) => row.category)}::text[], ${rows.map((row) => row.searchText)}::text[])
        AS u (id, sku, name, style, attributes, category, search_text)`.execute(database.kysely);
  }
  await sql`ANALYZE product`.execute(database.kysely);
}

/** Two-word queries of three kinds: noun and colour, adjective and noun (a few hundred hits each), noun and model (a handful). */
function queries(): string[] {
  const random = seededRandom(7);
  return Array.from({ length: SEARCHES }, (_, i) => {
    const noun = random.pick(NOUNS);
    if (i % 3 === 0) return `${noun} ${random.pick(COLOURS)}`;
    if (i % 3 === 1) return `${random.pick(ADJECTIVES).toLowerCase()} ${noun}`;
    return `${noun} ${noun.slice(0, 2)}${random.int(0, 996)}`;
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;

export async function benchProductSearch(engine: 'pglite' | 'postgres', url?: string): Promise<ProductSearchBench> {
  const database = await openDatabase(engine === 'postgres' ? { engine, url: url as string, poolSize: 2 } : { engine });
  try {
    await migrate(database);
    const loadStarted = performance.now();
    await load(database);
    const loadMs = performance.now() - loadStarted;
    const all = queries();
    for (const q of all.slice(0, 5)) await listProducts(database.kysely, { q, limit: 50 });
    const times: number[] = [];
    for (const q of all) {
      const started = performance.now();
      await listProducts(database.kysely, { q, limit: 50 });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const explained = await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT id FROM product
      WHERE search_text LIKE '%kettle%' AND search_text LIKE '%ke512%' ORDER BY sku LIMIT 51`.execute(database.kysely);
    const plan = explained.rows.map((row) => row['QUERY PLAN']).find((line) => /Index|Seq Scan/.test(line))?.trim() ?? '';
    return { engine, products: PRODUCTS, searches: SEARCHES, loadMs, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), plan };
  } finally {
    await database.close();
  }
}

/** Runs the PostgreSQL measurement in a scratch database on the server DATABASE_URL names, dropped afterwards. */
export async function benchProductSearchOnPostgres(databaseUrl: string): Promise<ProductSearchBench> {
  const name = 'emporium_bench_product_search';
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const scratch = new URL(databaseUrl);
    scratch.pathname = `/${name}`;
    return await benchProductSearch('postgres', scratch.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export function formatProductSearchBench(result: ProductSearchBench): string {
  return [
    `product search on ${result.engine}, ${result.products.toLocaleString('en')} products (loaded in ${Math.round(result.loadMs).toLocaleString('en')} ms):`,
    `  ${result.searches} two-word searches, median ${result.medianMs.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms`,
    `  rare-pair plan: ${result.plan}`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatProductSearchBench(await benchProductSearch('pglite')));
  if (process.env.DATABASE_URL) console.log(formatProductSearchBench(await benchProductSearchOnPostgres(process.env.DATABASE_URL)));
}
