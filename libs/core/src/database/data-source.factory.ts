import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Extension, PGlite as PGliteInstance } from '@electric-sql/pglite';
import pg from 'pg';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { lockDataDir } from './data-dir-lock.js';
import { copyPgliteTemplate, readPgliteTemplate } from './pglite-template.js';
import { QueryCounter } from './query-counter.js';

// node-postgres returns int8 (counts, sums) as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number.parseInt(value, 10));

export interface DatabaseDefinition {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

export interface OpenDatabase {
  dataSource: DataSource;
  queryCounter: QueryCounter;
  /** Closes the pool and, on the embedded path, the PGlite instance (else Jest and SIGTERM wait). */
  close(): Promise<void>;
}

/**
 * Makes PGlite load extension libraries (.so side modules) when PostgreSQL first needs them,
 * synchronously, instead of instantiating them all in parallel at start-up.
 *
 * Why: PGlite preloads every side module with Emscripten's asynchronous loader, all at once. When
 * one module finishes while another is instantiated but not yet linked, Emscripten's check for
 * undefined symbols finds the other's pending entries and throws; the finished module is left
 * half-linked (its symbols published in the global offset table, its data relocations never
 * applied). PostgreSQL later loads a clean copy, but calls through the table still reach the
 * broken one: pg_trgm's `%` operator then calls a null function pointer (comparing trigrams),
 * the trap is swallowed by PGlite's protocol loop, and the next statement spins forever at 100%
 * CPU. Which module loses the race depends on compile times, so it struck under CPU load (fresh
 * starts, the README's search example: 6 of 10 on a loaded machine). Reproduced standalone on
 * PGlite 0.5.16: `SELECT 'panevezys' % 'panevezis'` on a fresh instance trapped in 2–3 of 10
 * starts with two busy cores, 0 of 12 with this option. Loading on demand links each module
 * completely before anything calls it (the path every module whose preload failed already took).
 */
const loadLibrariesOnDemand: Extension = {
  name: 'load-libraries-on-demand',
  setup: (_pg, emscriptenOptions: Record<string, unknown>) =>
    Promise.resolve({ emscriptenOpts: { ...emscriptenOptions, noWasmDecoding: true } }),
};

/**
 * PostgreSQL settings for the embedded database, on top of PGlite's own start parameters. PGlite
 * runs one backend inside this process's WebAssembly heap, so PostgreSQL's shared memory is
 * ordinary heap there, and initdb's defaults (shared_buffers 128MB, 100 connections' worth of
 * shared state, maintenance_work_mem 64MB for index builds) sized it for a server. The heap never
 * shrinks once touched, and the whole buffer pool is touched at start: each MB of shared_buffers
 * is a MB of the process's RSS from the first request on (measured: 16MB → 4MB and wal_buffers
 * 1MB → 256kB took PGlite's resident heap from ~39 to ~25 MiB after the README's tour). Pages
 * PostgreSQL does not hold are one read() away (Node's file cache answers it), so a small pool
 * costs little: the demo database is ~25 MB, and its searches took as long with 4MB as with 16MB.
 *
 * The other large share of an embedded process's memory is V8's: by default it recompiles PGlite's
 * hot WebAssembly functions with TurboFan in the background, and for PostgreSQL's very large
 * functions (the grammar, the expression interpreter, …) that kept 300–450 MiB of native memory
 * for good and took both cores during migrations. `npm start` and the Docker image therefore run
 * Node with `--liftoff-only` (baseline compiler only; WebAssembly only). It must be a command-line
 * flag: set later with v8.setFlagsFromString it has no effect once Node has compiled any
 * WebAssembly of its own (undici, the CommonJS lexer), which it has by the time this runs.
 */
const EMBEDDED_SETTINGS: Record<string, string> = {
  shared_buffers: '4MB',
  max_connections: '10',
  maintenance_work_mem: '16MB',
  temp_buffers: '4MB',
  wal_buffers: '256kB',
};

/**
 * Opens either a PostgreSQL server (DATABASE_URL) or an embedded PGlite database under DATA_DIR.
 * PGlite runs through the node-postgres adapter with a pool of one connection, so transactions
 * serialize correctly and one connection never sees another's uncommitted rows.
 */
export async function openDatabase(config: AppConfig, definition: DatabaseDefinition): Promise<OpenDatabase> {
  const queryCounter = new QueryCounter();
  const common = {
    type: 'postgres' as const,
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    logger: queryCounter,
    logging: ['query' as const],
  };

  if (config.database.kind === 'postgres') {
    const dataSource = new DataSource({
      ...common,
      url: config.database.url,
      poolSize: config.database.poolSize,
      applicationName: 'practice-exchange',
      // TypeORM sends unnamed statements, planned for their values every time (what search needs);
      // hot fixed-shape reads opt into named ones through PreparedStatements.
      // No JIT: PostgreSQL compiles statements it estimates as costly, such as the indexer's and
      // the importer's batch statements (often before ANALYZE has seen the new rows), and
      // compiling took longer than running them: 666 of 870 ms for one batch of 1,000 documents.
      // None of our statements runs long enough to win it back.
      // A server that does not answer fails the start in seconds, not after the OS's TCP timeout.
      extra: { options: '-c jit=off', connectionTimeoutMillis: 5_000 },
    });
    await dataSource.initialize();
    return { dataSource, queryCounter, close: () => dataSource.destroy() };
  }

  // DATA_DIR=memory:// keeps the database in memory (tests, schema generation).
  const inMemory = config.database.dataDir.startsWith('memory://');
  const dir = inMemory ? 'memory://' : resolve(config.database.dataDir, 'pglite');
  if (!inMemory) mkdirSync(dir, { recursive: true });
  // One process per data directory (see DataDirInUseError): taken before PGlite loads or opens
  // any file, so a second process is refused without that work.
  const lock = inMemory ? null : lockDataDir(resolve(config.database.dataDir));
  let pglite: PGliteInstance;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const { fuzzystrmatch } = await import('@electric-sql/pglite/contrib/fuzzystrmatch');
    // A new data directory is copied from the cluster initdb wrote at install (see
    // pglite-template.ts) instead of running initdb again here; memory:// loads its tarball.
    const fresh = inMemory || !existsSync(join(dir, 'PG_VERSION'));
    const copied = fresh && !inMemory && copyPgliteTemplate(dir);
    const template = fresh && !copied ? readPgliteTemplate() : null;
    pglite = await PGlite.create(dir, {
      extensions: { loadLibrariesOnDemand, unaccent, pg_trgm, fuzzystrmatch },
      startParams: [
        ...PGlite.defaultStartParams,
        ...Object.entries(EMBEDDED_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
      ],
      ...(template ? { loadDataDir: template } : {}),
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const pgConfig = createPgConfig(pglite);
  const dataSource = new DataSource({
    ...common,
    host: pgConfig.host,
    port: pgConfig.port,
    username: pgConfig.user,
    password: pgConfig.password,
    database: pgConfig.database,
    poolSize: 1,
    // idleTimeoutMillis 0: the single client must never be evicted, its PGlite connection is not reopenable.
    extra: { connection: pgConfig.connection, max: 1, idleTimeoutMillis: 0 },
  });
  await dataSource.initialize();
  return {
    dataSource,
    queryCounter,
    close: async () => {
      try {
        await dataSource.destroy();
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}
