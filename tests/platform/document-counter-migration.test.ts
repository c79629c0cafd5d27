// The document counter migration on a database that already holds documents: each type's counter continues
// from its highest number, and orders' seven-digit numbers take the common six-digit form.
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/platform/db/database.ts';
import { listMigrationFiles, migrate } from '../../src/platform/db/migrate.ts';
import { splitSqlScript } from '../../src/platform/db/split-sql-script.ts';

const COUNTER_MIGRATIONS_FROM = '20261203000000';
let database: Database;

beforeAll(async () => {
  database = await openDatabase({ engine: 'pglite' });
  const db = database.kysely;
  // The schema as it was before the counter, with documents numbered from the old sequences.
  await sql`CREATE TABLE schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  for (const file of listMigrationFiles().filter((f) => f.name < COUNTER_MIGRATIONS_FROM)) {
    for (const statement of splitSqlScript(readFileSync(file.path, 'utf8'))) await sql.raw(statement).execute(db);
    await sql`INSERT INTO schema_migration (name) VALUES (${file.name})`.execute(db);
  }
  await sql`INSERT INTO location (id, code, name, kind) VALUES ('00000000-0000-4000-8000-000000000001', 'M1', 'Store', 'store')`.execute(db);
  for (const [index, number] of ['SO-0000007', 'SO-0000012'].entries()) {
    await sql`INSERT INTO sales_order (id, number, channel, fulfillment, status, subtotal, discount, tax, total, created_by, placed_at)
      VALUES (${`00000000-0000-4000-8000-00000000010${index}`}, ${number}, 'web', 'ship', 'reserved', 0, 0, 0, 0, '00000000-0000-4000-8000-000000000001', now())`.execute(db);
  }
  for (const [index, number] of ['ADJ-000003', 'ADJ-000009'].entries()) {
    await sql`INSERT INTO inventory_adjustment (id, number, location_id, reason, actor_id, created_at)
      VALUES (${`00000000-0000-4000-8000-00000000020${index}`}, ${number}, '00000000-0000-4000-8000-000000000001', 'x', '00000000-0000-4000-8000-000000000001', now())`.execute(db);
  }
  await migrate(database);
});

afterAll(() => database.close());

describe('the document counter migration', () => {
  it('continues each type from its highest number, and starts the others at zero', async () => {
    const counters = await sql<{ type: string; last_value: number }>`SELECT type, last_value FROM document_counter ORDER BY type`.execute(database.kysely);
    expect(Object.fromEntries(counters.rows.map((row) => [row.type, Number(row.last_value)]))).toEqual({
      ADJ: 9,
      BILL: 0,
      CNT: 0,
      CS: 0,
      JE: 0,
      LC: 0,
      PO: 0,
      RCP: 0,
      RET: 0,
      SO: 12,
      STL: 0,
      TD: 0,
      TRF: 0,
    });
  });

  it('gives existing orders the six-digit form', async () => {
    const orders = await sql<{ number: string }>`SELECT number FROM sales_order ORDER BY number`.execute(database.kysely);
    expect(orders.rows.map((row) => row.number)).toEqual(['SO-000007', 'SO-000012']);
  });
});
