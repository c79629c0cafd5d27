// Writes the demo year: generated in memory (year-history.ts), then written table by table (bulk-rows.ts: COPY on
// PGlite, large multi-row statements on PostgreSQL) inside one transaction, with the document counters advanced to the last number given.
// The loader ends with afterBulkLoad: read models that are normally kept up by the commands (e.g. daily KPI
// facts) rebuild themselves there from what was written.
import { sql } from 'kysely';
import { backfillInsightFacts } from '../../modules/insights/index.ts';
import { VIRTUAL_LOCATIONS } from '../../modules/network/index.ts';
import type { Database, Queryable } from '../../platform/db/database.ts';
import type { DocumentPrefix } from '../../platform/db/document-number.ts';
import type { DemoProduct } from '../demo-catalogue.ts';
import type { Random } from '../random.ts';
import { yearTables } from './bulk-rows.ts';
import { type BookLocation, Books } from './books.ts';
import { type YearCounts, YearHistory } from './year-history.ts';

/** A step run in the loader's transaction once every row is written (the facts backfill plugs in here). */
export type AfterBulkLoad = (db: Queryable, span: { from: Date; to: Date }) => Promise<void>;

/** Read models the commands keep up as they write, rebuilt once from the bulk-written documents. */
const AFTER_BULK_LOAD: AfterBulkLoad[] = [(db) => backfillInsightFacts(db)];

export interface YearLocation {
  id: string;
  code: string;
  kind: string;
  /** Stores: relative size and the warehouse (code) that replenishes it. */
  size?: number;
  warehouse?: string;
}

export interface YearResult {
  counts: YearCounts;
  rows: Record<string, number>;
  /** Milliseconds: generating in memory, writing (tables and read models), each table, the read models. */
  timings: { generate: number; write: number; tables: Record<string, number>; readModels: number };
}

export async function loadYear(
  database: Database,
  random: Random,
  catalogue: readonly DemoProduct[],
  productIds: readonly string[],
  locations: readonly YearLocation[],
  options: { days: number; end: Date; volume: number },
): Promise<YearResult> {
  const started = Date.now();
  const db = database.kysely;
  const accountRows = await sql<{ id: number; purpose: string; location_id: string | null }>`SELECT id, purpose, location_id FROM account WHERE purpose IS NOT NULL AND company_id = 1`.execute(db);
  const accounts = new Map(accountRows.rows.map((row) => [`${row.purpose}|${row.purpose === 'cash_till' ? (row.location_id ?? '') : ''}`, Number(row.id)]));
  const counterRows = await sql<{ type: string; last_value: number }>`SELECT type, last_value FROM document_counter`.execute(db);
  const counters = new Map(counterRows.rows.map((row) => [row.type as DocumentPrefix, Number(row.last_value)]));

  const stocked = locations.filter((l) => l.kind === 'warehouse' || l.kind === 'store');
  const book = (l: { id: string; code: string; kind: string }, slot: number): BookLocation => ({ id: l.id, code: l.code, kind: l.kind, slot });
  const slots = new Map(stocked.map((l, i) => [l.code, book(l, i)]));
  const transit = book({ id: VIRTUAL_LOCATIONS.transit, code: 'TRANSIT', kind: 'transit' }, stocked.length);
  const places = {
    transit,
    customer: book({ id: VIRTUAL_LOCATIONS.customer, code: 'CUSTOMER', kind: 'customer' }, -1),
    supplier: book({ id: VIRTUAL_LOCATIONS.supplier, code: 'SUPPLIER', kind: 'supplier' }, -1),
    gain: book({ id: VIRTUAL_LOCATIONS.inventoryGain, code: 'INVENTORY_GAIN', kind: 'inventory_gain' }, -1),
    loss: book({ id: VIRTUAL_LOCATIONS.inventoryLoss, code: 'INVENTORY_LOSS', kind: 'inventory_loss' }, -1),
  };
  const rows = yearTables();
  const products = catalogue.map((p, i) => ({ id: productIds[i] as string, sku: p.input.sku, cost: p.input.cost }));
  const books = new Books(rows, products, stocked.length + 1, accounts, counters);
  const warehouses = stocked.filter((l) => l.kind === 'warehouse').map((l) => slots.get(l.code) as BookLocation);
  const stores = stocked
    .filter((l) => l.kind === 'store')
    .map((l) => ({ location: slots.get(l.code) as BookLocation, size: l.size ?? 1, warehouse: slots.get(l.warehouse ?? '') ?? (warehouses[0] as BookLocation) }));
  const history = new YearHistory(books, random, catalogue, stores, warehouses, places, options);
  history.run();
  books.writeLevels([...slots.values(), transit]);
  const generated = Date.now();

  const writeTimes: Record<string, number> = {};
  let readModels = 0;
  await db.transaction().execute(async (tx) => {
    // Every row is built to satisfy the constraints; the per-row foreign-key and balance triggers are skipped
    // while loading (the tests run the ledger and books checkers over the result instead).
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
    for (const table of Object.values(rows)) {
      const at = Date.now();
      await table.write(tx, database.engine);
      writeTimes[table.name] = Date.now() - at;
    }
    const used = [...books.counters].filter(([prefix, value]) => value !== (counters.get(prefix) ?? 0));
    used.push(['JE', books.journalNumber]);
    for (const [prefix, value] of used) await sql`UPDATE document_counter SET last_value = ${value} WHERE type = ${prefix}`.execute(tx);
    // Still without the per-row foreign-key triggers: the read models reference only rows just written (the demo
    // test checks every foreign key of every table), and the checks would double the backfill's time.
    const span = { from: new Date(options.end.getTime() - options.days * 86_400_000), to: options.end };
    const at = Date.now();
    for (const step of AFTER_BULK_LOAD) await step(tx, span);
    readModels = Date.now() - at;
    await sql`SET LOCAL session_replication_role = origin`.execute(tx);
  });
  return {
    counts: history.counts,
    rows: Object.fromEntries(Object.values(rows).map((table) => [table.name, table.size])),
    timings: { generate: generated - started, write: Date.now() - generated, tables: writeTimes, readModels },
  };
}
