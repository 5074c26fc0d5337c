import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { MAX_OPERATION_NAMES, PinoLoggerService, createPino, loadConfig } from '#core';
import { SearchIndexer } from '#search';
import { LogSink } from '../support/log-sink.js';
import { bearer, createMember, signIn } from '../support/members.js';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app.js';

const METRICS_TOKEN = 'metrics-scrape-token-0123456789abcdefghijklmnop';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The value of one sample in the Prometheus text format, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

describe('operations: request logs, request ids and /metrics', () => {
  let api: TestApp;
  const logs = new LogSink();

  beforeAll(async () => {
    const env = { LOG_LEVEL: 'debug', METRICS_TOKEN };
    const logger = new PinoLoggerService(createPino(loadConfig(env), logs));
    api = await startTestApp(env, logger);
    await createMember(api, { email: 'ops.member@operations.test' });
    // The template's demo-data changes wait in the outbox since the run began (tests index only
    // when asked): past SEARCH_MAX_LAG_SECONDS, /health would rightly answer 503, and the probes
    // below would be logged as failures. Which spec runs when decided it before.
    await api.app.get(SearchIndexer).drain();
  });
  afterAll(async () => {
    await api.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const scrape = async (token = ADMIN_TOKEN) => {
    const res = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return res.text();
  };

  describe('request ids', () => {
    it('keeps a sane X-Request-Id, replaces anything else with a UUID, and returns it', async () => {
      const sane = await post({ query: '{ __typename }' }, { 'x-request-id': 'lb-7f3a.2_X' });
      expect(sane.headers.get('x-request-id')).toBe('lb-7f3a.2_X');
      const none = await post({ query: '{ __typename }' });
      expect(none.headers.get('x-request-id')).toMatch(UUID);
      for (const bad of ['a'.repeat(129), 'has space', 'semi;colon', '<script>', '../etc/passwd', 'a%0Ab']) {
        const res = await post({ query: '{ __typename }' }, { 'x-request-id': bad });
        expect(res.headers.get('x-request-id')).toMatch(UUID);
      }
      const longest = 'a'.repeat(128);
      expect(
        (await post({ query: '{ __typename }' }, { 'x-request-id': longest })).headers.get('x-request-id'),
      ).toBe(longest);
      // Every route, not only GraphQL.
      const health = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'probe-1' } });
      expect(health.headers.get('x-request-id')).toBe('probe-1');
    });

    it("puts it in every GraphQL error's extensions, whichever layer refused the request", async () => {
      const cases: { name: string; response: Promise<Response>; code: string }[] = [
        // Apollo's pipeline: validation, then an error in a resolver (execution).
        {
          name: 'validation',
          response: post({ query: '{ noSuchField }' }),
          code: 'GRAPHQL_VALIDATION_FAILED',
        },
        {
          name: 'execution',
          response: post({ query: 'mutation { deleteCountry(code: "LT") }' }),
          code: 'UNAUTHENTICATED',
        },
        // The context could not be built: Apollo answers before any plugin runs.
        {
          name: 'context',
          response: post({ query: '{ __typename }' }, bearer('not-a-valid-token')),
          code: 'UNAUTHENTICATED',
        },
        // Not a GraphQL request at all (Apollo), malformed JSON (HTTP layer), CSRF (our hook).
        { name: 'no query', response: post({ variables: {} }), code: 'BAD_REQUEST' },
        { name: 'malformed JSON', response: post('{"query": '), code: 'BAD_REQUEST' },
        {
          name: 'csrf',
          response: fetch(`${api.url}/graphql?query=%7B__typename%7D`, { method: 'GET' }),
          code: 'BAD_REQUEST',
        },
        { name: 'unknown route', response: fetch(`${api.url}/nowhere`), code: 'NOT_FOUND' },
      ];
      for (const c of cases) {
        const res = await c.response;
        const body = (await res.json()) as { errors: { extensions: { code: string; requestId?: string } }[] };
        const id = res.headers.get('x-request-id');
        expect({ case: c.name, id: UUID.test(id ?? '') }).toEqual({ case: c.name, id: true });
        expect({ case: c.name, errors: body.errors.map((e) => e.extensions) }).toEqual({
          case: c.name,
          errors: [expect.objectContaining({ code: c.code, requestId: id })],
        });
      }
    });
  });

  describe('request logs', () => {
    it('writes one JSON line per request: method, path, operation, status, duration, id, kind of caller', async () => {
      const res = await post(
        { query: 'query TopicsForLog { topics(first: 1) { totalCount } }', operationName: 'TopicsForLog' },
        { 'x-request-id': 'log-line-1' },
      );
      expect(res.status).toBe(200);
      const line = await logs.request('log-line-1');
      expect(line).toMatchObject({
        level: 30,
        method: 'POST',
        path: '/graphql',
        operation: 'TopicsForLog',
        status: 200,
        principal: 'anonymous',
        requestId: 'log-line-1',
      });
      expect(typeof line.durationMs).toBe('number');
      expect(line.durationMs).toBeGreaterThan(0);
      expect(line.errorCodes).toBeUndefined();
    });

    it('names the kind of caller, never the caller, the query, its variables or a token', async () => {
      const { accessToken } = await signIn(api, 'ops.member@operations.test');
      const secret = 'variable-value-that-must-not-be-logged';
      const query = 'query Lookup($q: String) { topics(filter: { labelContains: $q }) { totalCount } }';
      await post(
        { query, variables: { q: secret } },
        { ...bearer(accessToken), 'x-request-id': 'as-member' },
      );
      await post(
        { query, variables: { q: secret } },
        { ...bearer(ADMIN_TOKEN), 'x-request-id': 'as-operator' },
      );
      await post({ query, variables: { q: secret } }, { 'x-request-id': 'as-anonymous' });
      expect((await logs.request('as-member')).principal).toBe('member');
      expect((await logs.request('as-operator')).principal).toBe('operator');
      expect((await logs.request('as-anonymous')).principal).toBe('anonymous');
      const all = logs.raw.join('\n');
      for (const leak of [secret, accessToken, ADMIN_TOKEN, 'labelContains', 'ops.member@operations.test']) {
        expect(all).not.toContain(leak);
      }
      const memberId = (await api.app
        .get(DataSource)
        .query(`SELECT id FROM app_user WHERE email = 'ops.member@operations.test'`)) as { id: string }[];
      expect(all).not.toContain(memberId[0]!.id);
    });

    it('logs the error codes of a failed request, the path without its query string, and no operation for REST', async () => {
      await post({ query: 'mutation Nope { deleteCountry(code: "LT") }' }, { 'x-request-id': 'refused' });
      expect(await logs.request('refused')).toMatchObject({
        operation: 'Nope',
        errorCodes: ['UNAUTHENTICATED'],
      });
      await post(
        { query: '{ __typename }' },
        { ...bearer('expired.or.forged'), 'x-request-id': 'bad-token' },
      );
      expect(await logs.request('bad-token')).toMatchObject({ errorCodes: ['UNAUTHENTICATED'] });
      // PUT: no route takes it (GET paths under one segment are the web pages' to answer).
      await fetch(`${api.url}/nowhere/at/all?token=abc`, {
        method: 'PUT',
        headers: { 'x-request-id': 'not-found' },
      });
      const notFound = await logs.request('not-found');
      expect(notFound).toMatchObject({ path: '/nowhere/at/all', status: 404 });
      expect(notFound).not.toHaveProperty('operation');
    });

    it('logs health probes and metrics scrapes at debug, unless refused', async () => {
      const probe = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'health-probe' } });
      // A 503 would be logged as a warning: its report says which component was down.
      const report = probe.status === 200 ? '' : await probe.text();
      expect({ status: probe.status, report }).toEqual({ status: 200, report: '' });
      await fetch(`${api.url}/metrics`, {
        headers: { 'x-request-id': 'metrics-scrape', authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect((await logs.request('health-probe')).level).toBe(20);
      expect(await logs.request('metrics-scrape')).toMatchObject({
        level: 20,
        principal: 'operator',
        status: 200,
      });
      // A refused scrape is worth a line.
      await fetch(`${api.url}/metrics`, { headers: { 'x-request-id': 'refused-scrape' } });
      expect(await logs.request('refused-scrape')).toMatchObject({ level: 30, status: 401 });
    });
  });

  describe('/metrics', () => {
    it('answers 401 in the API error shape without the operator or metrics token', async () => {
      for (const headers of [
        {},
        bearer('wrong-token-0123456789abcdefghijklmnopqrstuvwxyz'),
        { authorization: ADMIN_TOKEN },
      ]) {
        const res = await fetch(`${api.url}/metrics`, { headers: { ...headers, 'accept-language': 'lt' } });
        expect(res.status).toBe(401);
        expect(res.headers.get('content-type')).toContain('application/json');
        expect(res.headers.get('www-authenticate')).toContain('Bearer');
        const body = (await res.json()) as {
          errors: { message: string; extensions: Record<string, unknown> }[];
        };
        expect(body.errors[0]?.extensions).toEqual({
          code: 'UNAUTHENTICATED',
          requestId: res.headers.get('x-request-id'),
        });
        expect(body.errors[0]?.message).not.toBe('You need to sign in to do this.');
      }
      expect(await scrape(ADMIN_TOKEN)).toContain('px_graphql_requests_total');
      expect(await scrape(METRICS_TOKEN)).toContain('px_graphql_requests_total');
    });

    it('counts and times GraphQL requests by operation and status, and HTTP requests by route', async () => {
      const before = await scrape();
      const count = (text: string, operation: string, status = '200') =>
        sample(text, 'px_graphql_requests_total', { operation, status }) ?? 0;
      for (let i = 0; i < 3; i++) await post({ query: 'query CountedOp { __typename }' });
      await post({ query: '{ __typename }' });
      await post({ query: '{ noSuchField }' });
      const after = await scrape();
      expect(count(after, 'CountedOp') - count(before, 'CountedOp')).toBe(3);
      expect(count(after, 'anonymous') - count(before, 'anonymous')).toBe(1);
      expect(count(after, 'anonymous', '400') - count(before, 'anonymous', '400')).toBe(1);
      expect(
        sample(after, 'px_graphql_request_duration_seconds_count', { operation: 'CountedOp', status: '200' }),
      ).toBe(3);
      expect(
        sample(after, 'px_graphql_request_duration_seconds_bucket', {
          operation: 'CountedOp',
          status: '200',
          le: '+Inf',
        }),
      ).toBe(3);
      expect(sample(after, 'px_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThan(
        0,
      );
      expect(
        sample(after, 'px_http_requests_total', { method: 'POST', route: '/graphql', status: '200' }),
      ).toBeGreaterThan(3);
      expect(
        sample(after, 'px_http_requests_total', { method: 'GET', route: '/health', status: '200' }),
      ).toBeGreaterThan(0);
      // Unknown paths are one series, whatever the path.
      expect(
        sample(after, 'px_http_requests_total', { method: 'PUT', route: 'unmatched', status: '404' }),
      ).toBeGreaterThan(0);
      expect(after).not.toContain('/nowhere');
      expect(
        sample(after, 'px_http_request_duration_seconds_count', { method: 'POST', route: '/graphql' }),
      ).toBeGreaterThan(3);
      // Node's default metrics.
      expect(sample(after, 'process_cpu_seconds_total')).toBeGreaterThan(0);
      expect(sample(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    });

    it(`keeps at most ${MAX_OPERATION_NAMES} operation names; the rest count as "other"`, async () => {
      const names = Array.from({ length: MAX_OPERATION_NAMES + 20 }, (_, i) => `Generated${i}`);
      for (const name of names) await post({ query: `query ${name} { __typename }` });
      const text = await scrape();
      const labels = new Set(
        [...text.matchAll(/^px_graphql_requests_total\{operation="([^"]*)"/gm)].map((m) => m[1]),
      );
      expect(labels.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 2);
      expect(labels.has('other')).toBe(true);
      expect(labels.has('anonymous')).toBe(true);
      expect(labels.has(names.at(-1)!)).toBe(false);
    });

    it('reports the database pool, the search outbox and the documents indexed', async () => {
      const before = await scrape();
      expect(sample(before, 'px_db_pool_max')).toBe(4);
      expect(sample(before, 'px_db_pool_connections')).toBeGreaterThanOrEqual(1);
      expect(sample(before, 'px_db_pool_idle')).toBeGreaterThanOrEqual(0);
      expect(sample(before, 'px_db_pool_waiting')).toBe(0);
      const indexedBefore = sample(before, 'px_search_documents_indexed_total') ?? 0;

      const created = await post(
        {
          query: `mutation { createTopic(input: { key: "metrics-topic", translations: [{ language: "en", label: "Metrics" }] }) { id } }`,
        },
        bearer(ADMIN_TOKEN),
      );
      expect(((await created.json()) as { errors?: unknown }).errors).toBeUndefined();
      const db = api.app.get(DataSource);
      // Two old waiting changes and one that failed every attempt.
      await db.query(
        `INSERT INTO search_outbox (kind, entity_id, first_changed_at, next_attempt_at, failed_at, last_error)
         SELECT 'PRACTICE', id, now() - interval '90 seconds', now() + interval '1 hour', NULL, NULL
         FROM practice ORDER BY id LIMIT 2
         ON CONFLICT (kind, entity_id) DO UPDATE SET first_changed_at = now() - interval '90 seconds',
           next_attempt_at = now() + interval '1 hour'`,
      );
      await db.query(
        `INSERT INTO search_outbox (kind, entity_id, failed_at, last_error)
         VALUES ('MEETING', gen_random_uuid(), now(), 'boom')`,
      );
      const waiting = await scrape();
      expect(sample(waiting, 'px_search_outbox_pending')).toBeGreaterThanOrEqual(2);
      expect(sample(waiting, 'px_search_outbox_failed')).toBe(1);
      expect(sample(waiting, 'px_search_outbox_lag_seconds')).toBeGreaterThanOrEqual(89);

      await db.query(`UPDATE search_outbox SET next_attempt_at = now() WHERE failed_at IS NULL`);
      await api.app.get(SearchIndexer).drain();
      const drained = await scrape();
      expect(sample(drained, 'px_search_outbox_pending')).toBe(0);
      expect(sample(drained, 'px_search_outbox_lag_seconds')).toBe(0);
      expect(sample(drained, 'px_search_outbox_failed')).toBe(1);
      // The two practices: one document per record and language.
      expect(
        (sample(drained, 'px_search_documents_indexed_total') ?? 0) - indexedBefore,
      ).toBeGreaterThanOrEqual(1);
      await db.query(`DELETE FROM search_outbox WHERE failed_at IS NOT NULL`);
    });
  });
});

describe('operations on the embedded database', () => {
  // PGlite starts in seconds, but the machine running the suite may be busy.
  it('reports a pool of one connection', async () => {
    const api = await startTestApp({ DATA_DIR: 'memory://', DEMO_DATA: 'false' });
    try {
      const res = await fetch(`${api.url}/metrics`, { headers: bearer(ADMIN_TOKEN) });
      const text = await res.text();
      expect(sample(text, 'px_db_pool_max')).toBe(1);
      expect(sample(text, 'px_search_outbox_pending')).toBe(0);
    } finally {
      await api.close();
    }
  }, 120_000);
});

describe('operations settings', () => {
  const fails = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('validates METRICS_TOKEN, SMTP_URL and MAIL_FROM in one line, without echoing secrets', () => {
    expect(fails({ METRICS_TOKEN: 'short' })).toBe(
      'Invalid configuration: METRICS_TOKEN must be at least 32 characters long',
    );
    expect(fails({ SMTP_URL: 'http://user:secret@mail.example.org' })).toBe(
      'Invalid configuration: SMTP_URL must be an smtp:// or smtps:// URL',
    );
    expect(fails({ SMTP_URL: 'not a url' })).toBe(
      'Invalid configuration: SMTP_URL must be an smtp:// or smtps:// URL',
    );
    expect(fails({ MAIL_FROM: 'nobody' })).toMatch(
      /^Invalid configuration: MAIL_FROM must be an address.*\(got "nobody"\)$/,
    );
    const config = loadConfig({
      SMTP_URL: 'smtps://user:pass@mail.example.org:465',
      MAIL_FROM: 'Practice Exchange <hello@example.org>',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://user:pass@mail.example.org:465',
      from: 'Practice Exchange <hello@example.org>',
    });
    expect(loadConfig({}).mail).toEqual({
      smtpUrl: null,
      from: 'Practice Exchange <no-reply@localhost.invalid>',
    });
    expect(
      fails({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SMTP_URL: 'smtp://mail.example.org' }),
    ).toBe('Invalid configuration: PUBLIC_URL is required when SMTP_URL is set in production');
    expect(loadConfig({ PUBLIC_URL: 'https://practices.example.org' }).mail.from).toBe(
      'Practice Exchange <no-reply@practices.example.org>',
    );
  });
});
