import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { loadConfig } from '#core';
import { en } from '../../libs/core/src/i18n/locales/en.js';
import { lt } from '../../libs/core/src/i18n/locales/lt.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ErrorBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; detail?: string } }[];
}

/** Issue 16, items 2, 10 and 12: resolver amplification, internal messages, HTTP status codes. */
describe('hardening: amplification, internal messages and status codes', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ GRAPHQL_TIME_BUDGET_ANONYMOUS_MS: '1500', GRAPHQL_INTROSPECTION: 'false' });
  });
  afterAll(async () => {
    await api.close();
  });

  const post = async (body: string, headers: Record<string, string> = {}) => {
    const started = performance.now();
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return {
      status: response.status,
      ms: performance.now() - started,
      body: (await response.json()) as ErrorBody,
    };
  };

  const searches = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `s${i}: search(query: "parking") { totalCount }`).join(' ')} }`;

  describe('resolver amplification (item 2)', () => {
    it('refuses 1,000 aliased searches at once, before running any', async () => {
      const res = await post(JSON.stringify({ query: searches(1000) }));
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
      expect(res.body.errors?.[0]?.message).toContain('search');
    });

    it('prices searches so anonymous callers run fewer per request than signed-in members', async () => {
      const anonymous = await post(JSON.stringify({ query: searches(6) }));
      expect(anonymous.status).toBe(400);
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      const member = await api.gql(searches(6), { admin: true });
      expect(member.errors).toBeUndefined();
      expect(Object.keys(member.data ?? {})).toHaveLength(6);
    });

    it('stops a request when its time budget is spent, statements included', async () => {
      if (api.config.database.kind !== 'postgres') throw new Error('needs PostgreSQL');
      const blocker = new pg.Client({ connectionString: api.config.database.url });
      // Watches from outside any transaction: inside one, pg_stat_activity stays as first read.
      const observer = new pg.Client({ connectionString: api.config.database.url });
      await blocker.connect();
      await observer.connect();
      try {
        // Holds the search table so the search's statements wait; only the budget can end them.
        await blocker.query('BEGIN');
        await blocker.query('LOCK TABLE search_document IN ACCESS EXCLUSIVE MODE');
        const release = setTimeout(() => void blocker.query('ROLLBACK'), 12_000);
        // The search's ranking statement (its `word_reads` step) waiting on the lock. Other
        // sessions may wait too (the outbox's indexer, autovacuum): they are not the request's.
        const searchWaiting = async () =>
          (
            await observer.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity
               WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%word_reads%'`,
            )
          ).rows[0] as { n: number };
        const pending = post(JSON.stringify({ query: '{ search(query: "parking") { totalCount } }' }));
        let seenWaiting = false;
        for (let i = 0; i < 50 && !seenWaiting; i++) {
          seenWaiting = (await searchWaiting()).n > 0;
          if (!seenWaiting) await new Promise((r) => setTimeout(r, 20));
        }
        const res = await pending;
        clearTimeout(release);
        expect(seenWaiting).toBe(true);
        expect(res.body.errors?.[0]?.extensions?.code).toBe('TIME_LIMIT_EXCEEDED');
        expect(res.ms).toBeLessThan(6_000);
        // The statement was cancelled by the database too: nothing of it is left waiting. Its own
        // timeout started with it, a few milliseconds after the request's budget was set, so it
        // may end just after the answer; without it, it would wait for the lock's release (12 s).
        let left = await searchWaiting();
        for (let i = 0; i < 50 && left.n > 0; i++) {
          await new Promise((r) => setTimeout(r, 20));
          left = await searchWaiting();
        }
        expect(left).toEqual({ n: 0 });
      } finally {
        await blocker.query('ROLLBACK').catch(() => undefined);
        await blocker.end();
        await observer.end();
      }
      const after = await api.gql('{ search(query: "parking") { totalCount } }');
      expect(after.errors).toBeUndefined();
    }, 30_000);
  });

  describe('internal messages (item 10)', () => {
    it('refuses deeply nested variables and literals cleanly, never with a stack overflow message', async () => {
      const deep = `${'['.repeat(20_000)}"x"${']'.repeat(20_000)}`;
      const variables = await post(
        `{"query":"query($v: [ID!]) { topics(filter: { ids: $v }) { totalCount } }","variables":{"v":${deep}}}`,
      );
      const literal = await post(
        JSON.stringify({
          query: `{ topics(first: ${'['.repeat(20_000)}1${']'.repeat(20_000)}) { totalCount } }`,
        }),
      );
      for (const res of [variables, literal]) {
        expect(res.status).toBe(400);
        expect(res.body.errors?.[0]?.extensions?.code).toBe('INPUT_TOO_DEEP');
        expect(JSON.stringify(res.body)).not.toMatch(/call stack|RangeError/i);
      }
    });

    it('answers headers over 16 KB in the API error shape with a code', async () => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-padding': 'a'.repeat(20_000) },
        body: JSON.stringify({ query: '{ apiVersion }' }),
      });
      expect(res.status).toBe(431);
      const body = (await res.json()) as ErrorBody;
      expect(body.errors?.[0]?.extensions?.code).toBe('REQUEST_HEADER_FIELDS_TOO_LARGE');
      expect(body.errors?.[0]?.message).toBe(en.errors.REQUEST_HEADER_FIELDS_TOO_LARGE);
    });

    it('refuses a cross-site request in the caller language', async () => {
      const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ apiVersion }')}`, {
        headers: { 'accept-language': 'lt' },
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      expect(body.errors?.[0]?.message).toBe(lt.errors.CSRF_BLOCKED);
    });

    it('answers an anonymous caller of an admin mutation UNAUTHENTICATED before validating its input', async () => {
      const res = await api.gql(
        'mutation { createCountry(input: { code: "not a code", names: [] }) { code } }',
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.extensions?.fields).toBeUndefined();
      // Signed in, the same input is checked field by field.
      const admin = await api.gql(
        'mutation { createCountry(input: { code: "not a code", names: [] }) { code } }',
        {
          admin: true,
        },
      );
      expect(admin.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // Mutations meant for anonymous callers stay open to them.
      const reset = await api.gql('mutation { requestPasswordReset(email: "nobody@example.org") }');
      expect(reset.errors).toBeUndefined();
    });

    it('turns introspection off by setting, and off by default in production', async () => {
      const res = await api.gql('{ __schema { queryType { name } } }');
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const secret = 'x'.repeat(32);
      expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).graphqlIntrospection).toBe(false);
      expect(loadConfig({ NODE_ENV: 'development' }).graphqlIntrospection).toBe(true);
      expect(
        loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, GRAPHQL_INTROSPECTION: 'true' })
          .graphqlIntrospection,
      ).toBe(true);
    });
  });

  describe('GraphQL over HTTP status codes (item 12)', () => {
    const accept = { accept: 'application/graphql-response+json' };
    it('answers parse, validation and variable-coercion failures 400 without data for application/graphql-response+json', async () => {
      const cases = [
        { query: '{' },
        { query: '{ notAField }' },
        { query: 'query($n: Int) { topics(first: $n) { totalCount } }', variables: { n: 'ten' } },
      ];
      for (const request of cases) {
        const res = await post(JSON.stringify(request), accept);
        expect(res.status).toBe(400);
        expect(res.body).not.toHaveProperty('data');
        expect(res.body.errors?.length).toBeGreaterThan(0);
      }
    });
  });
});
