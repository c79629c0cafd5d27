// Builds one migrated database template per run, so test files copy it instead of migrating again:
// a PGlite data-directory dump, or a PostgreSQL template database.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, PGLITE_OPTIONS, wrapPglite } from '../../src/platform/db/database.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { testServerUrl, withDatabaseName } from './test-database-url.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}

const PGLITE_TEMPLATE = '.tmp/pglite-template.tar.gz';

export default async function setup(project: TestProject) {
  const serverUrl = testServerUrl();
  if (serverUrl) {
    const templateName = `emporium_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.query(`CREATE DATABASE ${templateName}`);
    const database = await openDatabase({ engine: 'postgres', url: withDatabaseName(serverUrl, templateName), poolSize: 2 });
    await migrate(database);
    await database.close();
    project.provide('postgresTemplate', templateName);
    project.provide('pgliteTemplate', '');
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
      await admin.end();
    };
  }
  const pglite = await PGlite.create(PGLITE_OPTIONS);
  await migrate(wrapPglite(pglite));
  const dump = await pglite.dumpDataDir('gzip');
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide('postgresTemplate', null);
  project.provide('pgliteTemplate', PGLITE_TEMPLATE);
  return undefined;
}
