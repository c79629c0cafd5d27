// A fresh, migrated database for one test file: a copy of the run's template on PGlite or PostgreSQL.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/platform/db/database.ts';
import { testServerUrl, withDatabaseName } from './test-database-url.ts';

export async function openTestDatabase(): Promise<Database> {
  const template = inject('postgresTemplate');
  const serverUrl = testServerUrl();
  if (template && serverUrl) return openPostgresCopy(serverUrl, template);
  const dump = readFileSync(inject('pgliteTemplate'));
  return openDatabase({ engine: 'pglite', loadDataDir: new Blob([dump]) });
}

async function openPostgresCopy(serverUrl: string, template: string): Promise<Database> {
  const name = `emporium_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
  await admin.connect();
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      break;
    } catch (error) {
      // Two copies of one template at the same instant can collide; waiting a moment is enough.
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
  const database = await openDatabase({ engine: 'postgres', url: withDatabaseName(serverUrl, name), poolSize: 24 });
  return {
    ...database,
    async close() {
      await database.close();
      // pg's pool resolves end() before its sockets have closed; wait for them rather than kill them.
      for (let attempt = 1; ; attempt++) {
        try {
          await admin.query(`DROP DATABASE IF EXISTS ${name}${attempt >= 20 ? ' WITH (FORCE)' : ''}`);
          break;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      await admin.end();
    },
  };
}
