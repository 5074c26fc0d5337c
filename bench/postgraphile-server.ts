import { createServer } from 'node:http';
import pg from 'pg';
import postgraphileModule from 'postgraphile';

/**
 * The list-query reference of `npm run bench:api`. The issue asks for "list queries at least as
 * fast as PostGraphile ... checked by a side-by-side of the same list query against PostGraphile
 * on the same data and machine": this is PostGraphile 4 serving the bench database's `public`
 * schema from its own process (plain node:http + the postgraphile middleware, POST /graphql),
 * with its production settings: no GraphiQL, no schema watching, no query log, fail fast at
 * start, and a pool of 10 connections like the API's DATABASE_POOL_SIZE.
 *
 * Two settings differ from PostGraphile's production checklist, and why:
 * - `ignoreIndexes` stays at its default (true). Set to false, PostGraphile hides the conditions
 *   and orderings of columns that do not lead a plain index; ours are partial and expression
 *   indexes, so `condition: { status, visibility }` and `orderBy: PUBLISHED_AT_DESC` would go.
 * - GRAPHILE_TURBO is not set (its default): the benchmark runs PostGraphile as installed.
 *
 * The query it answers (`postgraphileListQuery` in api-bench.ts, where the differences are told)
 * returns the same 50 practices as the API's page, but ordered by `published_at` where the API
 * orders by `coalesce(published_at, created_at)`: equal for published practices, but only the
 * latter has an index, so PostgreSQL sorts every published public practice for PostGraphile.
 *
 * PostGraphile 4 runs on its own graphql 15, nested in node_modules (the app's is graphql 16);
 * the `overrides` entry in package.json keeps its graphql-parse-resolve-info on that copy.
 *
 * Environment: DATABASE_URL (required), PORT (3903).
 */
const { postgraphile } = postgraphileModule;
const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl) throw new Error('DATABASE_URL is required');
const port = Number(process.env['PORT'] ?? 3903);

const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const handler = postgraphile(pool, 'public', {
  graphiql: false,
  watchPg: false,
  disableQueryLog: true,
  retryOnInitFail: false,
  ignoreRBAC: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  legacyRelations: 'omit',
  showErrorStack: false,
});

// Stopped by the benchmark's SIGTERM (Node's default: exit), like the other servers.
const server = createServer(handler);
server.listen(port, '127.0.0.1', () => process.stdout.write(`ready http://127.0.0.1:${port}/graphql\n`));
