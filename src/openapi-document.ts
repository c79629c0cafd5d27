// The OpenAPI document of the whole API, without serving it: builds the app on a throwaway, migrated in-memory
// database (routes and schemas do not depend on data). The web app's typed client is generated from this document.
import { buildApp } from './app.ts';
import { openDatabase } from './platform/db/database.ts';
import { migrate } from './platform/db/migrate.ts';

export async function openApiDocument(): Promise<unknown> {
  const database = await openDatabase({ engine: 'pglite' });
  try {
    await migrate(database);
    const app = await buildApp({ database });
    await app.http.ready();
    const document = app.http.swagger();
    await app.http.close();
    return document;
  } finally {
    await database.close();
  }
}
