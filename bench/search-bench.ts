import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { searchSources } from '#composition';
import { PostgresSearchEngine, loadSearchConfig, standaloneSearch, type SearchRequest } from '#search';
import { importJsonLines } from '#transfer';
import { generateCorpus } from './search-corpus.js';
import { median, medianResult, runLoad, type LoadResult } from './support/load.js';
import { databaseCpu, databaseCpuSince } from './support/database-cpu.js';
import { databaseOn, freshDatabase } from './support/fresh-database.js';
import { startApi } from './support/processes.js';

/**
 * `npm run bench:search`: imports BENCH_RECORDS (10000) synthetic multilingual practices through
 * the JSON Lines importer into a fresh PostgreSQL database and indexes them (import throughput),
 * starts the API in production mode and measures index freshness (a change committed through
 * GraphQL until `search` finds it) and `search` latency over HTTP at 1 and 16 connections, next to
 * the same search run directly against the engine (its SQL, in process) as a ratio.
 * Settings: BENCH_DATABASE_URL, BENCH_RECORDS, BENCH_SECONDS (5), BENCH_RUNS (3).
 */
const env = process.env;
const serverUrl = env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const records = Number(env['BENCH_RECORDS'] ?? 10_000);
const seconds = Number(env['BENCH_SECONDS'] ?? 5);
const runs = Number(env['BENCH_RUNS'] ?? 3);
const benchDb = 'px_bench_search';
const dbUrl = databaseOn(serverUrl, benchDb);
const jwtSecret = randomBytes(32).toString('base64url');
const adminToken = randomBytes(32).toString('base64url');
const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (n: number) => n.toFixed(1);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

interface Query {
  name: string;
  query: string;
  /** The language the query is asked in, as a portal passes it (the language's stop words, stems, compounds). */
  locale: string;
  filter?: SearchRequest['filter'];
}

const GRAPHQL = `query($q: String!, $f: SearchFilterInput, $l: LanguageCode) {
  search(query: $q, filter: $f, first: 20, locale: $l) {
    totalCount totalCountIsEstimate
    edges { node { type id title language snippet score } }
    facets { type { type count } country { country { code } count } language { language count } year { year count } }
  } }`;

async function main(): Promise<void> {
  log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  log(`records: ${records}; load: ${runs} × ${seconds} s per figure (medians)`);
  const db = await freshDatabase(serverUrl, benchDb, jwtSecret);
  const { indexer } = standaloneSearch(loadSearchConfig({}), db.dataSource, searchSources);
  const topicKeys = (
    (await db.dataSource.query(`SELECT key FROM topic ORDER BY key`)) as { key: string }[]
  ).map((r) => r.key);
  const corpus = generateCorpus(records, topicKeys);
  const directory = await importJsonLines(db.dataSource, corpus.directory.join('\n'));
  if (directory.errors.length) throw new Error(`directory import: ${JSON.stringify(directory.errors[0])}`);
  await indexer.drain();

  // --- import throughput, indexing included -------------------------------------------------
  // As in production: workers drain the outbox while the import runs (two, one per core).
  const workers = [
    standaloneSearch(loadSearchConfig({}), db.dataSource, searchSources).indexer,
    standaloneSearch(loadSearchConfig({}), db.dataSource, searchSources).indexer,
  ];
  const started = performance.now();
  for (const worker of workers) worker.start();
  const chunk = 1000;
  for (let i = 0; i < corpus.practices.length; i += chunk) {
    const report = await importJsonLines(db.dataSource, corpus.practices.slice(i, i + chunk).join('\n'));
    if (report.errors.length) throw new Error(`import: ${JSON.stringify(report.errors[0])}`);
  }
  const imported = performance.now();
  await Promise.all(workers.map((w) => w.drain()));
  const indexed = performance.now();
  await Promise.all(workers.map((w) => w.stop()));
  await db.dataSource.query(`ANALYZE`);
  const [{ documents }] = (await db.dataSource.query(
    `SELECT count(*)::int AS documents FROM search_document`,
  )) as [{ documents: number }];
  const importRate = records / ((indexed - started) / 1000);
  log(
    `import: ${records} records in ${ms((indexed - started) / 1000)} s = ${Math.round(importRate)} records/s ` +
      `(two indexers running alongside; the import alone took ${ms((imported - started) / 1000)} s, indexing finished ${ms((indexed - imported) / 1000)} s later; ${documents} search documents)`,
  );

  // --- the queries ----------------------------------------------------------------------------
  const plain = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
  const typo = (w: string) => w.slice(0, 2) + w.slice(3, 4) + w.slice(2, 3) + w.slice(4);
  const queries: Query[] = [
    { name: 'common word (en)', query: corpus.words.en[1]!, locale: 'en' },
    { name: 'mid-frequency word (lt)', query: corpus.words.lt[60]!, locale: 'lt' },
    { name: 'rare word (sl)', query: corpus.words.sl[2500]!, locale: 'sl' },
    { name: 'two words (fi)', query: `${corpus.words.fi[5]} ${corpus.words.fi[80]}`, locale: 'fi' },
    { name: 'city, no diacritics', query: plain(corpus.cityNames[1]!), locale: 'en' },
    { name: 'typo (sv)', query: typo(corpus.words.sv[150]!), locale: 'sv' },
    { name: 'prefix (lt)', query: corpus.words.lt[400]!.slice(0, 5), locale: 'lt' },
    {
      name: 'question (en)',
      query: 'how did other towns bring visitors to the city centre with festival events?',
      locale: 'en',
    },
    {
      name: 'phrase + exclusion (en)',
      query: `"${corpus.words.en[2]} ${corpus.words.en[3]}" -${corpus.words.en[4]}`,
      locale: 'en',
    },
    {
      name: 'word + country filter',
      query: corpus.words.en[10]!,
      locale: 'en',
      filter: { countryCodes: ['LT'], types: ['PRACTICE'] },
    },
    // A word whose field-vocabulary terms are phrases of common words ("empty shops"): 1.5 s at
    // 100,000 records before such terms were read in titles and summaries only.
    { name: 'vocabulary term (de)', query: 'Leerstand', locale: 'de' },
    {
      name: 'filters only, newest first',
      query: '',
      locale: 'en',
      filter: { countryCodes: ['SI'], years: [2020, 2021] },
    },
  ];
  // The same searches run directly on the engine (its SQL, in this process), measured after the
  // API's runs so both see the same warm caches (measured first, right after the import, they
  // read cold pages and came out slower than the API itself).
  const engine = new PostgresSearchEngine(db.dataSource, searchSources);
  const raw = new Map<string, number>();
  /** The database's CPU time per search, the same searches in process: comparable on a busy machine. */
  const cpu = new Map<string, number>();
  const measureRaw = async () => {
    for (const q of queries) {
      const request: SearchRequest = {
        query: q.query,
        locale: q.locale,
        filter: q.filter ?? {},
        first: 20,
        after: null,
        reader: { kind: 'scoped', memberNetworkIds: [], coordinatorNetworkIds: [], organizationIds: [] },
      };
      for (let i = 0; i < 5; i++) await engine.search(request);
      const times: number[] = [];
      const cpuBefore = databaseCpu(benchDb);
      for (let i = 0; i < 40; i++) {
        const t = performance.now();
        await engine.search(request);
        times.push(performance.now() - t);
      }
      cpu.set(q.name, databaseCpuSince(benchDb, cpuBefore) / times.length);
      raw.set(q.name, median(times));
    }
  };

  // --- the API ---------------------------------------------------------------------------------
  const api = await startApi(dbUrl, jwtSecret, 3903, { ADMIN_TOKEN: adminToken });
  const url = `${api.url}/graphql`;
  const gql = async (query: string, variables: Record<string, unknown>, admin = false) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(admin ? { authorization: `Bearer ${adminToken}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data!;
  };
  const rows: { name: string; totalCount: number; c1: LoadResult }[] = [];
  let mix16: LoadResult | undefined;
  let mix1: LoadResult | undefined;
  const freshness: number[] = [];
  try {
    // Freshness: a translation saved through GraphQL, until `search` finds its new word.
    const sample = (await db.dataSource.query(
      `SELECT p.id, p.version, p.original_language AS language FROM practice p
       WHERE p.external_ref LIKE 'sb:%' AND p.visibility = 'PUBLIC' ORDER BY p.id LIMIT 30`,
    )) as { id: string; version: number; language: string }[];
    for (const [i, p] of sample.entries()) {
      const token = `fresh${i}q${randomBytes(3).toString('hex')}`;
      await gql(
        `mutation($id: ID!, $v: Int!, $c: PracticeContentInput!) { savePracticeTranslation(id: $id, expectedVersion: $v, content: $c) { practice { id } } }`,
        { id: p.id, v: p.version, c: { language: p.language, title: `${token} ${corpus.words.en[7]}` } },
        true,
      );
      const committed = performance.now();
      for (;;) {
        const found = (await gql(`query($q: String!) { search(query: $q) { totalCount } }`, {
          q: token,
        })) as {
          search: { totalCount: number };
        };
        if (found.search.totalCount > 0) break;
        if (performance.now() - committed > 10_000) throw new Error(`${token} not searchable after 10 s`);
        await new Promise((r) => setTimeout(r, 5));
      }
      freshness.push(performance.now() - committed);
    }

    const bodies = queries.map((q) =>
      JSON.stringify({ query: GRAPHQL, variables: { q: q.query, f: q.filter, l: q.locale } }),
    );
    // Warm-up, not counted: the first seconds of a code path run before the JIT has compiled it.
    await runLoad(url, bodies, 4, 3);
    for (const [i, q] of queries.entries()) {
      const data = (await gql(GRAPHQL, { q: q.query, f: q.filter, l: q.locale })) as {
        search: { totalCount: number };
      };
      const samples: LoadResult[] = [];
      for (let r = 0; r < runs; r++) samples.push(await runLoad(url, bodies[i]!, 1, seconds));
      rows.push({
        name: q.name,
        totalCount: data.search.totalCount,
        c1: medianResult(samples),
      });
    }
    const mixed = async (connections: number) => {
      const samples: LoadResult[] = [];
      for (let r = 0; r < runs; r++) samples.push(await runLoad(url, bodies, connections, seconds));
      return medianResult(samples);
    };
    mix1 = await mixed(1);
    mix16 = await mixed(16);
    await measureRaw();
  } finally {
    await api.stop();
    await db.close();
  }

  log(
    `freshness (commit → searchable, ${freshness.length} changes): p50 ${ms(percentile(freshness, 50))} ms, p95 ${ms(percentile(freshness, 95))} ms`,
  );
  log('');
  log(
    '| query | hits | API p50 ms | p95 ms | p99 ms | req/s | engine SQL p50 ms | API / SQL | database CPU ms per search |',
  );
  log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const sql = raw.get(r.name) ?? NaN;
    log(
      `| ${r.name} | ${r.totalCount} | ${ms(r.c1.p50)} | ${ms(r.c1.p95)} | ${ms(r.c1.p99)} | ${Math.round(r.c1.rps)} | ${ms(sql)} | ${(r.c1.p50 / sql).toFixed(2)} | ${ms(cpu.get(r.name) ?? NaN)} |`,
    );
  }
  const rawMix = median([...raw.values()]);
  for (const [label, m] of [
    ['mix, 1 connection', mix1],
    ['mix, 16 connections', mix16],
  ] as const) {
    if (m)
      log(
        `| ${label} | – | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${Math.round(m.rps)} | ${ms(rawMix)} | ${(m.p50 / rawMix).toFixed(2)} | ${ms(median([...cpu.values()]))} |`,
      );
  }
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  const file = new URL(
    `./results/search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    import.meta.url,
  );
  writeFileSync(
    file,
    JSON.stringify(
      {
        records,
        seconds,
        runs,
        importRate,
        freshness,
        rows,
        sql: Object.fromEntries(raw),
        databaseCpuMs: Object.fromEntries(cpu),
        mix1,
        mix16,
      },
      null,
      2,
    ),
  );
  log(`raw figures: ${file.pathname}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
