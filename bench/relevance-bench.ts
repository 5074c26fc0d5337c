import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, openDatabase } from '#core';
import { loadSearchConfig, standaloneSearch } from '#search';
import { importJsonLines } from '#transfer';
import { databaseDefinition, searchSources } from '#composition';
import { databaseOn, freshDatabase } from './support/fresh-database.js';
import { startApi, startServer, type RunningServer } from './support/processes.js';
import { FakeMeilisearch } from '../test/support/fake-meilisearch.js';
import {
  RELEVANCE_SEARCH,
  filterOf,
  formatSummary,
  loadCollection,
  readRefs,
  scoreQuery,
  summarizeByKind,
  type Collection,
  type QueryScore,
  type Refs,
} from './support/relevance.js';

/**
 * `npm run bench:relevance [-- DIR]`: imports a graded collection (default bench/relevance, made
 * blind: see its README) into a fresh install — PostgreSQL server, embedded PGlite, and the
 * Meilisearch request path — and asks every query through the `search` GraphQL query as a portal
 * would (the query's language as `locale`, its filters), then prints nDCG@10, MRR, recall@10 and
 * forbidden hits in the top 10, per kind and overall. Settings: BENCH_DATABASE_URL,
 * RELEVANCE_ENGINES (postgres,pglite,meilisearch), RELEVANCE_REPORT (a JSON file for the figures).
 *
 * No Meilisearch server can run here: `meilisearch` indexes the collection through the engine's
 * own Meilisearch code into the test fake in its computed-search mode, and the API asks it. The
 * fake approximates Meilisearch's documented ranking, so these rows measure our request path —
 * the settings we send, the documents and text we give Meilisearch, the parameters of each
 * search — not Meilisearch itself.
 */
const env = process.env;
const serverUrl = env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const collectionDir = process.argv[2] ?? new URL('../../bench/relevance', import.meta.url).pathname;
const engines = (env['RELEVANCE_ENGINES'] ?? 'postgres,pglite,meilisearch').split(',').filter(Boolean);
const TITLES: Record<string, string> = {
  postgres: 'PostgreSQL server',
  pglite: 'PGlite (embedded)',
  meilisearch:
    "Meilisearch request path (fake: our requests ranked by the fake's approximation of Meilisearch)",
};
/** The Meilisearch client's timeout per request: a slower fake search would be answered by the fallback. */
const MEILI_CLIENT_TIMEOUT_MS = 5_000;
const jwtSecret = randomBytes(32).toString('base64url');
const adminToken = randomBytes(32).toString('base64url');
const log = (line: string) => process.stdout.write(`${line}\n`);

async function askAll(url: string, collection: Collection, refs: Refs): Promise<string[][]> {
  const rankings: string[][] = [];
  for (const query of collection.queries) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({
        query: RELEVANCE_SEARCH,
        variables: { q: query.query, f: filterOf(query, refs), l: query.locale },
      }),
    });
    const body = (await res.json()) as {
      data?: { search: { edges: { node: { id: string } }[] } };
      errors?: unknown[];
    };
    if (!body.data) throw new Error(`query ${query.id}: ${JSON.stringify(body.errors)}`);
    rankings.push(body.data.search.edges.map((e) => refs.byId.get(e.node.id) ?? e.node.id));
  }
  return rankings;
}

/** PostgreSQL server: a fresh database with the demo data, the collection imported and indexed. */
async function onPostgres(collection: Collection): Promise<string[][]> {
  const name = 'px_bench_relevance';
  const db = await freshDatabase(serverUrl, name, jwtSecret);
  try {
    const report = await importJsonLines(db.dataSource, collection.corpus);
    if (report.errors.length) throw new Error(`import: ${JSON.stringify(report.errors.slice(0, 3))}`);
    await standaloneSearch(loadSearchConfig({}), db.dataSource, searchSources).indexer.drain();
    await db.dataSource.query(`ANALYZE`);
    const refs = await readRefs(db.dataSource);
    const api = await startApi(databaseOn(serverUrl, name), jwtSecret, 4391, { ADMIN_TOKEN: adminToken });
    try {
      return await askAll(api.url, collection, refs);
    } finally {
      await api.stop();
    }
  } finally {
    await db.close();
  }
}

/**
 * The Meilisearch request path: a fresh PostgreSQL database as for `onPostgres`, indexed by the
 * outbox worker's code with SEARCH_ENGINE=meilisearch into the fake (computed search), then
 * reindexed (`npm run reindex` sends the topic synonyms with the settings), and searched through
 * an API configured for Meilisearch. Every request must be one Meilisearch documents, and every
 * search must have been answered by the fake, not by the PostgreSQL fallback.
 */
async function onMeilisearchFake(collection: Collection): Promise<string[][]> {
  const name = 'px_bench_relevance_meili';
  const fake = await FakeMeilisearch.start({ search: 'computed' });
  const db = await freshDatabase(serverUrl, name, jwtSecret);
  try {
    const report = await importJsonLines(db.dataSource, collection.corpus);
    if (report.errors.length) throw new Error(`import: ${JSON.stringify(report.errors.slice(0, 3))}`);
    const meiliEnv = { SEARCH_ENGINE: 'meilisearch', MEILI_URL: fake.url, MEILI_INDEX: 'px_relevance' };
    const search = standaloneSearch(loadSearchConfig(meiliEnv), db.dataSource, searchSources);
    await search.indexer.drain();
    await search.reindexer.reindexAll();
    await db.dataSource.query(`ANALYZE`);
    const refs = await readRefs(db.dataSource);
    fake.warmUp();
    const api = await startApi(databaseOn(serverUrl, name), jwtSecret, 4393, {
      ADMIN_TOKEN: adminToken,
      ...meiliEnv,
    });
    let rankings: string[][];
    try {
      rankings = await askAll(api.url, collection, refs);
    } finally {
      await api.stop();
    }
    const times = [...fake.computedSearchMs].sort((a, b) => a - b);
    if (fake.violations.length > 0) {
      throw new Error(`requests Meilisearch would refuse:\n${fake.violations.slice(0, 10).join('\n')}`);
    }
    if (times.length < collection.queries.length || times[times.length - 1]! >= MEILI_CLIENT_TIMEOUT_MS) {
      throw new Error(`the fake answered ${times.length} searches (slowest ${times.at(-1)?.toFixed(0)} ms)`);
    }
    const median = times[Math.floor(times.length / 2)]!;
    log(
      `fake Meilisearch: ${times.length} searches, median ${median.toFixed(0)} ms, slowest ${times.at(-1)!.toFixed(0)} ms`,
    );
    return rankings;
  } finally {
    await db.close();
    await fake.close();
  }
}

/**
 * Embedded PGlite as a new user runs it: `npm start` on a new data directory (demo data), stopped;
 * `npm run import`; started again and searched once its index has caught up.
 */
async function onPglite(collection: Collection): Promise<string[][]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'px-relevance-'));
  const corpusFile = join(dataDir, 'corpus.jsonl');
  writeFileSync(corpusFile, collection.corpus);
  const apiEnv = {
    NODE_ENV: 'production',
    DATA_DIR: join(dataDir, 'data'),
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    JWT_SECRET: jwtSecret,
    ADMIN_TOKEN: adminToken,
  };
  const start = () =>
    startServer(new URL('../apps/api/src/main.js', import.meta.url).pathname, apiEnv, 4392, '/health', [
      '--max-semi-space-size=64',
    ]);
  try {
    await (await start()).stop();
    await runNode(new URL('../scripts/import.js', import.meta.url).pathname, [corpusFile], apiEnv);
    const config = loadConfig({ ...apiEnv, DATABASE_URL: undefined });
    const db = await openDatabase(config, databaseDefinition);
    const refs = await readRefs(db.dataSource).finally(() => db.close());
    const api = await start();
    try {
      await waitForIndex(api);
      return await askAll(api.url, collection, refs);
    } finally {
      await api.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function runNode(script: string, args: string[], extraEnv: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...extraEnv };
    delete env['DATABASE_URL'];
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'ignore', 'ignore'] });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`)),
    );
  });
}

async function waitForIndex(api: RunningServer): Promise<void> {
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query: '{ searchIndexStatus { pending failed } }' }),
    });
    const body = (await res.json()) as { data?: { searchIndexStatus: { pending: number; failed: number } } };
    const status = body.data?.searchIndexStatus;
    if (status && status.failed > 0) throw new Error(`indexing failed for ${status.failed} record(s)`);
    if (status?.pending === 0) return;
    if (Date.now() > deadline) throw new Error('the search index did not catch up');
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main(): Promise<void> {
  const collection = loadCollection(collectionDir);
  log(`collection: ${collectionDir} (${collection.queries.length} queries)`);
  const report: Record<string, unknown> = {};
  const rankingsBy = new Map<string, string[][]>();
  for (const engine of engines) {
    const started = performance.now();
    const rankings =
      engine === 'pglite'
        ? await onPglite(collection)
        : engine === 'meilisearch'
          ? await onMeilisearchFake(collection)
          : await onPostgres(collection);
    rankingsBy.set(engine, rankings);
    const scores: QueryScore[] = collection.queries.map((q, i) => scoreQuery(q, rankings[i]!));
    const result = summarizeByKind(collection.queries, scores);
    log('');
    const title = TITLES[engine] ?? engine;
    log(formatSummary(`${title} (${((performance.now() - started) / 1000).toFixed(0)} s)`, result));
    report[engine] = {
      ...result,
      rankings: Object.fromEntries(collection.queries.map((q, i) => [q.id, rankings[i]])),
    };
  }
  // Two imports of the same data into the PostgreSQL engine (server and PGlite) must rank alike:
  // ties are broken by date, then type and id, never by the random ids one import drew.
  const [first, ...others] = [...rankingsBy.entries()].filter(([engine]) => engine !== 'meilisearch');
  for (const [engine, rankings] of others) {
    const differing = rankings.filter((r, i) => JSON.stringify(r) !== JSON.stringify(first![1][i])).length;
    log('');
    log(`${engine} vs ${first![0]}: ${differing} of ${rankings.length} top 10s differ`);
  }
  if (env['RELEVANCE_REPORT']) writeFileSync(env['RELEVANCE_REPORT'], JSON.stringify(report, null, 1));
}

await main();
