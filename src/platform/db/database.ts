// Opens the one database: PostgreSQL (a pool) when DATABASE_URL is a postgres:// URL, else embedded PGlite.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { toSafeInteger } from '../../kernel/integer.ts';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { PreparedStatementClient } from './prepared-statement-client.ts';

const INT8_OID = 20;

export type Engine = 'pglite' | 'postgres';

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Database {
  // biome-ignore lint/suspicious/noExplicitAny: each module narrows this with withTables<its tables>()
  kysely: Kysely<any>;
  engine: Engine;
  poolStats(): PoolStats;
  close(): Promise<void>;
}

/**
 * How every PGlite instance is created (the server's and the test template's alike): bigint parsing, and
 * pg_trgm, which product search indexes on — PGlite only has an extension when it is loaded here.
 */
export const PGLITE_OPTIONS = { parsers: { [INT8_OID]: toSafeInteger }, extensions: { pg_trgm } };

export type DatabaseOptions =
  | { engine: 'postgres'; url: string; poolSize?: number }
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob | File };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.engine === 'postgres' ? openPostgres(options.url, options.poolSize ?? 20) : openPglite(options);
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({
    Client: PreparedStatementClient,
    connectionString: url,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? toSafeInteger : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection can die (server restart, admin termination); the pool replaces it. Without a
  // listener the error would crash the process.
  pool.on('error', (error) => process.emitWarning(`idle PostgreSQL connection failed: ${error.message}`));
  const kysely = new Kysely({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    engine: 'postgres',
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => kysely.destroy(),
  };
}

async function openPglite(options: { dataDir?: string; loadDataDir?: Blob | File }): Promise<Database> {
  const lock = options.dataDir ? lockDataDir(options.dataDir) : undefined;
  try {
    const pglite = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      ...PGLITE_OPTIONS,
    });
    return wrapPglite(pglite, lock);
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** A Database over a PGlite instance the caller created (tests dump it as a template afterwards). */
export function wrapPglite(pglite: PGlite, lock?: DataDirLock): Database {
  const kysely = new Kysely({ dialect: new PGliteDialect(pglite) });
  return {
    kysely,
    engine: 'pglite',
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    async close() {
      await kysely.destroy();
      lock?.release();
    },
  };
}

/** Anything queries can run on: the database itself or a transaction (a Transaction is a Kysely). */
// biome-ignore lint/suspicious/noExplicitAny: modules narrow with withTables<their tables>()
export type Queryable = Kysely<any>;
