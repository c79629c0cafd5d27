// Applies plain-SQL migrations (platform's and every module's) in file-name order, each in its own
// transaction, recorded in schema_migration; an advisory lock keeps concurrent starters from racing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.ts';
import { splitSqlScript } from './split-sql-script.ts';

const SOURCE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MIGRATION_LOCK_KEY = 727_272;

export interface MigrationFile {
  name: string;
  path: string;
}

export function listMigrationFiles(): MigrationFile[] {
  const folders = [join(SOURCE_ROOT, 'platform/db/migrations')];
  const modulesDir = join(SOURCE_ROOT, 'modules');
  for (const module of readdirSync(modulesDir)) {
    const folder = join(modulesDir, module, 'db/migrations');
    if (existsSync(folder)) folders.push(folder);
  }
  const files = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => file.endsWith('.sql'))
      .map((file) => ({ name: basename(file, '.sql'), path: join(folder, file) })),
  );
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

/** Returns the names of the migrations it applied. */
export async function migrate(database: Database): Promise<string[]> {
  const db = database.kysely;
  await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(tx);
    await sql`CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(tx);
  });
  const applied: string[] = [];
  for (const file of listMigrationFiles()) {
    await db.transaction().execute(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(tx);
      const done = await sql`SELECT 1 FROM schema_migration WHERE name = ${file.name}`.execute(tx);
      if (done.rows.length > 0) return;
      for (const statement of splitSqlScript(readFileSync(file.path, 'utf8'))) {
        await sql.raw(statement).execute(tx);
      }
      await sql`INSERT INTO schema_migration (name) VALUES (${file.name})`.execute(tx);
      applied.push(file.name);
    });
  }
  return applied;
}
