import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { searchSources } from '#composition';
import { loadSearchConfig, standaloneSearch } from '#search';
import { importJsonLines } from '#transfer';
import { generateCorpus } from './search-corpus.js';
import { databaseOn, freshDatabase } from './support/fresh-database.js';
import { medianResult, runLoad, type LoadResult } from './support/load.js';
import { startApi } from './support/processes.js';

/**
 * `npm run bench:web`: the web pages at scale. Imports BENCH_RECORDS (10000) synthetic
 * multilingual practices (the search benchmark's corpus) next to the demo data into a fresh
 * PostgreSQL database, indexes them, starts the API in production mode, then prints for each page
 * kind its uncompressed weight (HTML, and the CSS and JS it loads) and, for the search page and a
 * practice page, server time over HTTP at one connection (medians of BENCH_RUNS (3) ×
 * BENCH_SECONDS (5) s, after a warm-up). Loopback only. Settings: BENCH_DATABASE_URL,
 * BENCH_RECORDS, BENCH_SECONDS, BENCH_RUNS.
 */
const env = process.env;
const serverUrl = env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const records = Number(env['BENCH_RECORDS'] ?? 10_000);
const seconds = Number(env['BENCH_SECONDS'] ?? 5);
const runs = Number(env['BENCH_RUNS'] ?? 3);
const benchDb = 'px_bench_web';
const jwtSecret = randomBytes(32).toString('base64url');
const log = (line: string) => process.stdout.write(`${line}\n`);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (n: number) => n.toFixed(1);

interface Page {
  kind: string;
  path: string;
  /** Measured for server time too, not only for weight. */
  timed: boolean;
}

interface PageWeight {
  kind: string;
  status: number;
  html: number;
  css: number;
  js: number;
}

async function importCorpus(): Promise<{
  close(): Promise<void>;
  ids: Record<string, string>;
  words: string[];
}> {
  const db = await freshDatabase(serverUrl, benchDb, jwtSecret);
  const search = () => standaloneSearch(loadSearchConfig({}), db.dataSource, searchSources).indexer;
  const topicKeys = (
    (await db.dataSource.query(`SELECT key FROM topic ORDER BY key`)) as { key: string }[]
  ).map((r) => r.key);
  const corpus = generateCorpus(records, topicKeys);
  const directory = await importJsonLines(db.dataSource, corpus.directory.join('\n'));
  if (directory.errors.length) throw new Error(`directory import: ${JSON.stringify(directory.errors[0])}`);
  // Two indexers drain the outbox while the import runs, as two workers would.
  const workers = [search(), search()];
  for (const worker of workers) worker.start();
  const started = performance.now();
  for (let i = 0; i < corpus.practices.length; i += 1000) {
    const report = await importJsonLines(db.dataSource, corpus.practices.slice(i, i + 1000).join('\n'));
    if (report.errors.length) throw new Error(`import: ${JSON.stringify(report.errors[0])}`);
  }
  await Promise.all(workers.map((w) => w.drain()));
  await Promise.all(workers.map((w) => w.stop()));
  await db.dataSource.query(`ANALYZE`);
  log(`imported and indexed ${records} practices in ${ms((performance.now() - started) / 1000)} s`);
  const one = async (sql: string): Promise<string> => {
    const [row] = (await db.dataSource.query(sql)) as { id: string }[];
    if (!row) throw new Error(`no record for: ${sql}`);
    return row.id;
  };
  const ids = {
    practice: await one(
      `SELECT id FROM practice WHERE external_ref LIKE 'sb:%' AND visibility = 'PUBLIC' AND status = 'PUBLISHED' ORDER BY id LIMIT 1`,
    ),
    studyVisit: await one(`SELECT id FROM study_visit WHERE visibility = 'PUBLIC' ORDER BY id LIMIT 1`),
    meeting: await one(`SELECT id FROM meeting WHERE visibility = 'PUBLIC' ORDER BY id LIMIT 1`),
    organization: await one(`SELECT id FROM organization ORDER BY id LIMIT 1`),
    network: await one(`SELECT id FROM network ORDER BY id LIMIT 1`),
    topic: await one(`SELECT key AS id FROM topic WHERE parent_id IS NULL ORDER BY key LIMIT 1`),
  };
  return {
    close: () => db.close(),
    ids,
    words: [corpus.words.en[1]!, corpus.words.lt[60]!, corpus.words.fi[80]!],
  };
}

/** A page's HTML and the stylesheets and scripts it loads, uncompressed. */
async function weigh(base: string, page: Page): Promise<PageWeight> {
  const res = await fetch(`${base}${page.path}`, { headers: { 'accept-encoding': 'identity' } });
  const html = await res.text();
  const assets = async (pattern: RegExp) => {
    let total = 0;
    for (const match of html.matchAll(pattern)) {
      const asset = await fetch(new URL(match[1]!, base), { headers: { 'accept-encoding': 'identity' } });
      total += Buffer.byteLength(await asset.text());
    }
    return total;
  };
  return {
    kind: page.kind,
    status: res.status,
    html: Buffer.byteLength(html),
    css: await assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    js: await assets(/<script[^>]+src="([^"]+)"/g),
  };
}

async function main(): Promise<void> {
  log(
    `machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${loadavg()[0]!.toFixed(1)}`,
  );
  log(`records: ${records}; server time: ${runs} × ${seconds} s per figure at 1 connection (medians)`);
  const data = await importCorpus();
  const { ids } = data;
  const q = encodeURIComponent;
  const pages: Page[] = [
    { kind: 'home', path: '/en/', timed: false },
    { kind: 'search: common word', path: `/en/search?q=${q(data.words[0]!)}`, timed: true },
    {
      kind: 'search: two words (lt, fi)',
      path: `/lt/search?q=${q(`${data.words[1]} ${data.words[2]}`)}`,
      timed: true,
    },
    { kind: 'search: empty, newest', path: '/en/search', timed: true },
    {
      kind: 'search: word + country',
      path: `/en/search?q=${q(data.words[0]!)}&country=LT&type=practice`,
      timed: true,
    },
    { kind: 'practice', path: `/en/practices/${ids['practice']}`, timed: true },
    { kind: 'study visit', path: `/en/study-visits/${ids['studyVisit']}`, timed: false },
    { kind: 'meeting', path: `/en/meetings/${ids['meeting']}`, timed: false },
    { kind: 'organization', path: `/en/organizations/${ids['organization']}`, timed: false },
    { kind: 'network', path: `/en/networks/${ids['network']}`, timed: false },
    { kind: 'topic', path: `/en/topics/${ids['topic']}`, timed: false },
  ];
  const api = await startApi(databaseOn(serverUrl, benchDb), jwtSecret, 3905);
  const weights: PageWeight[] = [];
  const times: { kind: string; result: LoadResult }[] = [];
  try {
    for (const page of pages) weights.push(await weigh(api.url, page));
    const failed = weights.filter((w) => w.status !== 200);
    if (failed.length) throw new Error(`pages that did not answer 200: ${JSON.stringify(failed)}`);
    // Warm-up, not counted: the first seconds of a code path run before the JIT has compiled it.
    for (const page of pages.filter((p) => p.timed)) await runLoad(`${api.url}${page.path}`, null, 2, 2);
    for (const page of pages.filter((p) => p.timed)) {
      const samples: LoadResult[] = [];
      for (let r = 0; r < runs; r++) samples.push(await runLoad(`${api.url}${page.path}`, null, 1, seconds));
      const result = medianResult(samples);
      if (result.errors > 0) throw new Error(`${page.kind}: ${result.errors} failed requests`);
      times.push({ kind: page.kind, result });
    }
  } finally {
    await api.stop();
    await data.close();
  }
  log('');
  log('| page | HTML KB | CSS KB | JS KB | total KB |');
  log('| --- | ---: | ---: | ---: | ---: |');
  for (const w of weights)
    log(`| ${w.kind} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.html + w.css + w.js)} |`);
  log('');
  log('| page (1 connection) | p50 ms | p95 ms | p99 ms | req/s |');
  log('| --- | ---: | ---: | ---: | ---: |');
  for (const t of times)
    log(
      `| ${t.kind} | ${ms(t.result.p50)} | ${ms(t.result.p95)} | ${ms(t.result.p99)} | ${Math.round(t.result.rps)} |`,
    );
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  const file = new URL(
    `./results/web-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    import.meta.url,
  );
  writeFileSync(file, JSON.stringify({ records, seconds, runs, weights, times }, null, 2));
  log(`raw figures: ${file.pathname}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
