import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { QueryCounter, createHttpApp, loadConfig, openDatabase } from '#core';
import { loadDemoData } from '#demo-data';
import { databaseDefinition } from '#composition';
import { loadSearchConfig } from '#search';
import { loadWebhookConfig } from '#webhooks';
import { AppModule } from '../apps/api/src/app.module.js';
import { generateDataset, type DatasetSize } from './generate-dataset.js';
import { medianResult, runLoad, type LoadResult } from './support/load.js';
import { startApi, startServer, type RunningServer } from './support/processes.js';

/**
 * `npm run bench:api`: seeds PostgreSQL with a generated data set, starts the API in production
 * mode, Apollo Server standalone and PostGraphile 4 (each in its own process), and drives them on
 * loopback. Prints requests/s and p50/p95/p99 (medians of BENCH_RUNS runs) at 1 and 16
 * connections, and SQL statements per request. Apollo standalone is the reference for the trivial
 * query, PostGraphile 4 (postgraphile-server.ts) for the page of 50 practices; each reference and
 * the API take turns run by run (see measure). Settings
 * (environment): BENCH_DATABASE_URL (a server; the `px_bench` database is created there),
 * BENCH_PRACTICES (100000), BENCH_ORGANIZATIONS (2000), BENCH_CITIES (500), BENCH_SECONDS (5 per
 * run), BENCH_RUNS (3).
 */
const env = process.env;
const serverUrl = env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const size: DatasetSize = {
  practices: Number(env['BENCH_PRACTICES'] ?? 100_000),
  organizations: Number(env['BENCH_ORGANIZATIONS'] ?? 2_000),
  cities: Number(env['BENCH_CITIES'] ?? 500),
};
const seconds = Number(env['BENCH_SECONDS'] ?? 5);
const runs = Number(env['BENCH_RUNS'] ?? 3);
const connectionsList = [1, 16];
const WARM_UP_SECONDS = 2;
const benchDb = 'px_bench';
const dbUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${benchDb}`;
  return url.toString();
})();

const log = (line: string) => process.stdout.write(`${line}\n`);
/** Production mode requires a signing secret; the benchmark makes one per run. */
const jwtSecret = randomBytes(32).toString('base64url');

async function prepareDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const wanted = JSON.stringify(size);
  let fresh = false;
  try {
    const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [benchDb]);
    if (exists.rowCount) {
      const probe = new pg.Client({ connectionString: dbUrl });
      await probe.connect();
      // Compared as jsonb: its text form (key order, spacing) never equals JSON.stringify's.
      const same = await probe
        .query(`SELECT value = $1::jsonb AS same FROM app_meta WHERE key = 'bench.dataset'`, [wanted])
        .then((r) => (r.rows[0] as { same?: boolean } | undefined)?.same === true)
        .catch(() => false);
      await probe.end();
      if (!same) {
        await admin.query(`DROP DATABASE ${benchDb} WITH (FORCE)`);
        fresh = true;
      }
    } else fresh = true;
    if (fresh) await admin.query(`CREATE DATABASE ${benchDb}`);
  } finally {
    await admin.end();
  }
  if (!fresh) {
    log(`data set: reusing ${benchDb} (${wanted})`);
    return;
  }
  const started = performance.now();
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: dbUrl, JWT_SECRET: jwtSecret });
  const db = await openDatabase(config, databaseDefinition);
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    await loadDemoData(db.dataSource);
    await generateDataset(db.dataSource, size);
    await db.dataSource.query(`INSERT INTO app_meta (key, value) VALUES ('bench.dataset', $1)`, [wanted]);
  } finally {
    await db.close();
  }
  log(`data set: generated ${wanted} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The list query that PostGraphile 4 answers too. */
const listScenario = 'page of 50 practices (lt)';

interface Scenario {
  name: string;
  body: string;
}

async function scenarios(): Promise<Scenario[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const practiceId = (
    await client.query(
      `SELECT id FROM practice WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC' AND external_ref LIKE 'bench:%' ORDER BY id LIMIT 1`,
    )
  ).rows[0].id as string;
  const topicId = (await client.query(`SELECT id FROM topic ORDER BY key LIMIT 1 OFFSET 3`)).rows[0]
    .id as string;
  await client.end();
  const fields = 'id title summary language organization { id name } city { id name } topics { key label }';
  const body = (query: string, variables: Record<string, unknown> = {}) =>
    JSON.stringify({ query, variables });
  return [
    { name: 'trivial { apiVersion }', body: body('{ apiVersion }') },
    {
      name: 'practice by id + relations',
      body: body(`query($id: ID!) { practice(id: $id, locale: "en") { ${fields} } }`, { id: practiceId }),
    },
    {
      name: listScenario,
      body: body(`{ practices(first: 50, locale: "lt") { edges { node { ${fields} } } } }`),
    },
    {
      name: 'page of 50, country + topic',
      body: body(
        `query($t: ID!) { practices(first: 50, locale: "lt", filter: { countryCode: "LT", topicId: $t }) { edges { node { ${fields} } } } }`,
        {
          t: topicId,
        },
      ),
    },
  ];
}

/**
 * The closest PostGraphile 4 equivalent of `listScenario` on the same tables: 50 published public
 * practices, newest first, with the 'lt' translation's title and summary, the owner's and the
 * city's id and name, and the topics' keys with their 'lt' labels. What differs from the API:
 * - Order: `published_at DESC, id DESC`; the API orders by `coalesce(published_at, created_at)
 *   DESC, id DESC`. The same order for published practices (they always have `published_at`).
 *   The benchmark gives that order the index it needs (REFERENCE_INDEX), as anyone running
 *   PostGraphile would: without it each page read and sorted every published public practice.
 * - Translations: the 'lt' one or none; the API falls back (original language, English, any).
 *   Organization and city names are the tables' own, not translated.
 * The filtered page (country + topic) has no equivalent: PostGraphile 4's `condition` only
 * compares the practice's own columns, and filtering across relations needs a plugin
 * (postgraphile-plugin-connection-filter) that this reference does not add.
 */
const postgraphileListQuery = `{
  allPractices(
    first: 50
    condition: { status: "PUBLISHED", visibility: "PUBLIC" }
    orderBy: [PUBLISHED_AT_DESC, ID_DESC]
  ) {
    nodes {
      id
      practiceTranslationsByPracticeId(condition: { language: "lt" }) { nodes { title summary language } }
      organizationByOwnerOrganizationId { id name }
      cityByCityId { id name }
      practiceTopicsByPracticeId {
        nodes { topicByTopicId { key topicTranslationsByTopicId(condition: { language: "lt" }) { nodes { label } } } }
      }
    }
  }
}`;

/**
 * Runs the PostGraphile query once and fails unless it answers without errors with the API's
 * first page: the same 50 practices in the same order (the list statement's order, read here in
 * SQL), each with its organization.
 */
/** PostGraphile's list order, indexed like the API's (a fair comparison, not one of our indexes). */
const REFERENCE_INDEX = `CREATE INDEX IF NOT EXISTS bench_postgraphile_listing
  ON practice (status, visibility, published_at DESC, id DESC)`;

async function indexReferenceOrder(): Promise<void> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    await client.query(REFERENCE_INDEX);
    await client.query('ANALYZE practice');
  } finally {
    await client.end();
  }
}

async function checkPostgraphile(url: string, body: string): Promise<void> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const expected = (
    await client
      .query(
        `SELECT id FROM practice WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC'
         ORDER BY coalesce(published_at, created_at) DESC, id DESC LIMIT 50`,
      )
      .finally(() => client.end())
  ).rows.map((r: { id: string }) => r.id);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as {
    errors?: unknown[];
    data?: { allPractices?: { nodes: { id: string; organizationByOwnerOrganizationId: unknown }[] } };
  };
  const nodes = json.data?.allPractices?.nodes ?? [];
  const problem = !res.ok
    ? `HTTP ${res.status}`
    : json.errors
      ? `errors ${JSON.stringify(json.errors)}`
      : nodes.map((n) => n.id).join() !== expected.join()
        ? `${nodes.length} practices, not the API's first page of ${expected.length}`
        : nodes.some((n) => !n.organizationByOwnerOrganizationId)
          ? 'a practice without its organization'
          : null;
  if (problem) throw new Error(`PostGraphile list query: ${problem}`);
}

/** SQL statements per request, counted in-process on the same code (TypeORM's query log). */
async function statementsPerRequest(list: Scenario[]): Promise<Map<string, number>> {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: dbUrl,
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    JWT_SECRET: jwtSecret,
    // Statements of requests only: the search indexer's polling is not theirs.
    SEARCH_WORKER: 'off',
  });
  const app = await createHttpApp(
    AppModule.forRoot(
      config,
      loadSearchConfig({ SEARCH_WORKER: 'off' }),
      loadWebhookConfig(config.jwtSecret, { WEBHOOK_WORKER: 'off' }),
    ),
    config,
    false,
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  const counter = app.get(QueryCounter);
  const result = new Map<string, number>();
  try {
    for (const scenario of list) {
      const repeats = 10;
      const before = counter.total;
      for (let i = 0; i < repeats; i++) {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: scenario.body,
        });
        const json = (await res.json()) as { errors?: unknown[] };
        if (json.errors) throw new Error(`${scenario.name}: ${JSON.stringify(json.errors)}`);
      }
      result.set(scenario.name, (counter.total - before) / repeats);
    }
  } finally {
    await app.close();
  }
  return result;
}

interface Target {
  url: string;
  body: string;
}

/**
 * Each target's figures at every connection count (medians of `runs`). Several targets take turns,
 * one run each, so that the machine slowing down or speeding up during the benchmark (these
 * machines are shared) weighs on both sides of a comparison alike.
 */
async function measure(targets: Target[]): Promise<LoadResult[][]> {
  // Warm-up, not counted: the first seconds of a code path run before the JIT has compiled it.
  for (const target of targets) await runLoad(target.url, target.body, 16, WARM_UP_SECONDS);
  const out = targets.map((): LoadResult[] => []);
  for (const connections of connectionsList) {
    const samples = targets.map((): LoadResult[] => []);
    for (let run = 0; run < runs; run++) {
      for (const [i, target] of targets.entries()) {
        samples[i]!.push(await runLoad(target.url, target.body, connections, seconds));
      }
    }
    samples.forEach((list, i) => out[i]!.push(medianResult(list)));
  }
  return out;
}

async function main(): Promise<void> {
  log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  log(`runs: ${runs} × ${seconds} s per figure (medians), connections ${connectionsList.join(' and ')}`);
  await prepareDatabase();
  await indexReferenceOrder();
  const list = await scenarios();
  const statements = await statementsPerRequest(list);

  const servers: RunningServer[] = [];
  const rows: { target: string; scenario: string; result: LoadResult; statements: number | null }[] = [];
  const postgraphileBody = JSON.stringify({ query: postgraphileListQuery });
  try {
    const api = await startApi(dbUrl, jwtSecret, 3901);
    servers.push(api);
    const apollo = await startServer(
      new URL('./apollo-standalone.js', import.meta.url).pathname,
      {},
      3902,
      '/graphql',
    );
    servers.push(apollo);
    const postgraphile = await startServer(
      new URL('./postgraphile-server.js', import.meta.url).pathname,
      { DATABASE_URL: dbUrl },
      3903,
      '/graphql',
    );
    servers.push(postgraphile);
    await checkPostgraphile(`${postgraphile.url}/graphql`, postgraphileBody);
    const apiTarget = (scenario: Scenario): Target => ({ url: `${api.url}/graphql`, body: scenario.body });
    const trivial = list[0]!;
    const page = list.find((scenario) => scenario.name === listScenario)!;
    // The two comparisons of the issue, each pair taking turns; then the API's other queries.
    const [apolloTrivial, apiTrivial] = await measure([
      { url: `${apollo.url}/`, body: trivial.body },
      apiTarget(trivial),
    ]);
    const [apiPage, postgraphilePage] = await measure([
      apiTarget(page),
      { url: `${postgraphile.url}/graphql`, body: postgraphileBody },
    ]);
    const apiResults = new Map<string, LoadResult[]>([
      [trivial.name, apiTrivial!],
      [page.name, apiPage!],
    ]);
    for (const scenario of list) {
      if (!apiResults.has(scenario.name)) {
        apiResults.set(scenario.name, (await measure([apiTarget(scenario)]))[0]!);
      }
    }
    for (const result of apolloTrivial!) {
      rows.push({ target: 'Apollo standalone', scenario: trivial.name, result, statements: null });
    }
    for (const scenario of list) {
      for (const result of apiResults.get(scenario.name)!) {
        rows.push({
          target: 'API',
          scenario: scenario.name,
          result,
          statements: statements.get(scenario.name) ?? null,
        });
      }
    }
    for (const result of postgraphilePage!) {
      rows.push({ target: 'PostGraphile 4', scenario: listScenario, result, statements: null });
    }
  } finally {
    for (const server of servers) await server.stop();
  }

  log('');
  log('| target | query | conn | req/s | p50 ms | p95 ms | p99 ms | p99/p50 | SQL/req | errors |');
  log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { target, scenario, result: r, statements: s } of rows) {
    log(
      `| ${target} | ${scenario} | ${r.connections} | ${Math.round(r.rps)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} | ${(r.p99 / r.p50).toFixed(1)} | ${s ?? '–'} | ${r.errors} |`,
    );
  }
  const apolloRps =
    rows.find((r) => r.target === 'Apollo standalone' && r.result.connections === 16)?.result.rps ?? NaN;
  const apiRps =
    rows.find((r) => r.target === 'API' && r.scenario === list[0]!.name && r.result.connections === 16)
      ?.result.rps ?? NaN;
  const at16 = (target: string, scenario: string) =>
    rows.find((r) => r.target === target && r.scenario === scenario && r.result.connections === 16)?.result
      .rps ?? NaN;
  log('');
  log(`trivial query at 16 connections: API / Apollo standalone = ${(apiRps / apolloRps).toFixed(2)}`);
  log(
    `page of 50 at 16 connections: API / PostGraphile = ${(at16('API', listScenario) / at16('PostGraphile 4', listScenario)).toFixed(2)}`,
  );
  log(
    'PostGraphile 4 orders by published_at (the same order here; indexed for it) and returns only the lt translations that exist (see bench/api-bench.ts)',
  );
  log(
    "page of 50, country + topic: no PostGraphile 4 figure: its `condition` compares only the practice's own columns; filtering by the city's country and by topic needs a plugin (postgraphile-plugin-connection-filter)",
  );
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  const file = new URL(
    `./results/api-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    import.meta.url,
  );
  writeFileSync(file, JSON.stringify({ size, seconds, runs, rows, postgraphileListQuery }, null, 2));
  log(`raw figures: ${file.pathname}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
