// A Kysely dialect over one PGlite instance: PostgreSQL's SQL, adapter and introspector, with a driver whose
// transactions are PGlite's own exclusive transactions (nothing else runs on the instance meanwhile).
// Kysely 0.29 ships one, but 0.29 declares Node ≥ 22; 0.28 runs on the Node 20 we support, so this is ours.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';

export class PGliteDialect implements Dialect {
  constructor(private readonly pglite: PGlite) {}
  createAdapter = () => new PostgresAdapter();
  createDriver = (): Driver => new PGliteDriver(this.pglite);
  createQueryCompiler = () => new PostgresQueryCompiler();
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's Dialect signature
  createIntrospector = (db: Kysely<any>) => new PostgresIntrospector(db);
}

class PGliteDriver implements Driver {
  private readonly connection: PGliteConnection;

  constructor(private readonly pglite: PGlite) {
    this.connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {
    if (this.pglite.closed) throw new Error('PGlite instance is already closed.');
    await this.pglite.waitReady;
  }

  // One connection, lent to one caller (a query or a whole transaction) at a time, in turn.
  private turn: Promise<void> = Promise.resolve();
  private release: (() => void) | undefined;

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.turn;
    let release!: () => void;
    this.turn = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    this.release = release;
    return this.connection;
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.release = undefined;
    release?.();
  }

  beginTransaction = (connection: DatabaseConnection) => (connection as PGliteConnection).begin();
  commitTransaction = (connection: DatabaseConnection) => (connection as PGliteConnection).commit();
  rollbackTransaction = (connection: DatabaseConnection) => (connection as PGliteConnection).rollback();

  async destroy(): Promise<void> {
    if (!this.pglite.closed) await this.pglite.close();
  }
}

class PGliteConnection implements DatabaseConnection {
  private transaction: Transaction | undefined;
  private finish: { commit: () => void; rollback: (reason: unknown) => void } | undefined;
  private closed: Promise<unknown> | undefined;

  constructor(private readonly pglite: PGlite) {}

  /** A statement whose one parameter is a Blob reads it as PGlite's /dev/blob (COPY … FROM '/dev/blob'). */
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const [first] = query.parameters;
    const { affectedRows, rows } =
      query.parameters.length === 1 && first instanceof Blob
        ? await (this.transaction ?? this.pglite).query<R>(query.sql, [], { rowMode: 'object', blob: first })
        : await (this.transaction ?? this.pglite).query<R>(query.sql, query.parameters as unknown[], { rowMode: 'object' });
    return { rows: rows ?? [], ...(affectedRows != null ? { numAffectedRows: BigInt(affectedRows) } : {}) };
  }

  // biome-ignore lint/correctness/useYield: PGlite cannot stream
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by PGlite.');
  }

  /** Opens a PGlite transaction that stays open until commit or rollback settles the promise it waits on. */
  async begin(): Promise<void> {
    const settled = new Promise<void>((commit, rollback) => {
      this.finish = { commit, rollback };
    });
    await new Promise<void>((begun, failed) => {
      this.closed = this.pglite.transaction(async (tx) => {
        this.transaction = tx;
        begun();
        await settled;
      });
      this.closed.catch(failed);
    });
  }

  async commit(): Promise<void> {
    this.finish?.commit();
    try {
      await this.closed;
    } finally {
      this.reset();
    }
  }

  async rollback(): Promise<void> {
    this.finish?.rollback(new Error('rolled back'));
    await this.closed?.catch(() => {});
    this.reset();
  }

  private reset(): void {
    this.transaction = undefined;
    this.finish = undefined;
    this.closed = undefined;
  }
}
