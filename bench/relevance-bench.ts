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
 * blind: see its README) into a fresh install — PostgreSQL server and embedded PGlite — and asks
 * every query through the `search` GraphQL query as a portal would (the query's language as
 * `locale`, its filters), then prints nDCG@10, MRR, recall@10 and forbidden hits in the top 10,
 * per kind and overall. Settings: BENCH_DATABASE_URL, RELEVANCE_ENGINES (postgres,pglite),
 * RELEVANCE_REPORT (a JSON file for the figures).
 */
const env = process.env;
const serverUrl = env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const collectionDir = process.argv[2] ?? new URL('../../bench/relevance', import.meta.url).pathname;
const engines = (env['RELEVANCE_ENGINES'] ?? 'postgres,pglite').split(',').filter(Boolean);
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
    const rankings = engine === 'pglite' ? await onPglite(collection) : await onPostgres(collection);
    rankingsBy.set(engine, rankings);
    const scores: QueryScore[] = collection.queries.map((q, i) => scoreQuery(q, rankings[i]!));
    const result = summarizeByKind(collection.queries, scores);
    log('');
    log(formatSummary(`${engine} (${((performance.now() - started) / 1000).toFixed(0)} s)`, result));
    report[engine] = {
      ...result,
      rankings: Object.fromEntries(collection.queries.map((q, i) => [q.id, rankings[i]])),
    };
  }
  // Two imports of the same data (one per engine) must rank alike: ties are broken by date, then
  // type and id, never by the random ids one import drew.
  const [first, ...others] = [...rankingsBy.entries()];
  for (const [engine, rankings] of others) {
    const differing = rankings.filter((r, i) => JSON.stringify(r) !== JSON.stringify(first![1][i])).length;
    log('');
    log(`${engine} vs ${first![0]}: ${differing} of ${rankings.length} top 10s differ`);
  }
  if (env['RELEVANCE_REPORT']) writeFileSync(env['RELEVANCE_REPORT'], JSON.stringify(report, null, 1));
}

await main();
