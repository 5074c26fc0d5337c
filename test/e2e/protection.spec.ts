import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Bad input of every kind gets a 4xx-class, localized GraphQL error with a stable code: never a 500. */
describe('protection against bad and hostile requests', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ CORS_ORIGINS: 'https://portal.kaunas.lt' });
  });
  afterAll(async () => {
    await api.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('rejects a depth bomb before running it, in English and in Lithuanian', async () => {
    let query = 'key';
    for (let i = 0; i < 15; i++) query = `parent { ${query} }`;
    const en = await api.gql(`{ topics { edges { node { ${query} } } } }`);
    expect(en.status).toBe(400);
    expect(en.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(en.errors?.[0]?.message).toBe('The query is nested too deeply: at most 10 levels are allowed.');
    const lt = await api.gql(`{ topics { edges { node { ${query} } } } }`, {
      headers: { 'accept-language': 'lt' },
    });
    expect(lt.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(lt.errors?.[0]?.message).not.toBe(en.errors?.[0]?.message);
    expect(lt.errors?.[0]?.message).toContain('10');
  });

  it('follows fragments when measuring depth', async () => {
    const res = await api.gql(`
      fragment A on Topic { parent { parent { parent { key } } } }
      fragment B on Topic { parent { parent { parent { ...A } } } }
      { topics { edges { node { parent { parent { ...B } } } } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('rejects a query that would cost too much', async () => {
    const res = await api.gql(
      `{ organizations(first: 100) { edges { node { networks { network { members { organization { people { name } } } } } } } } }`,
      { variables: {}, headers: { 'accept-language': 'sl' } },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.message).toMatch(/\d+/);
  });

  it('rejects a 1 MB string with PAYLOAD_TOO_LARGE, localized', async () => {
    const huge = 'a'.repeat(1024 * 1024);
    const res = await post(
      JSON.stringify({
        query: 'query($q: String) { topics(filter: { labelContains: $q }) { totalCount } }',
        variables: { q: huge },
      }),
      {
        'accept-language': 'lt',
      },
    );
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0]!.message).toMatch(/1048576/);
  });

  it('rejects a long string inside the limit by field validation, naming the field', async () => {
    const res = await api.gql(
      'query($q: String) { organizations(filter: { nameContains: $q }) { totalCount } }',
      {
        variables: { q: 'x'.repeat(50_000) },
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      field: 'nameContains',
      rule: 'maxLength',
    });
  });

  it('rejects wrong types and unknown fields with the schema error kept as detail', async () => {
    const wrongType = await api.gql(`{ organizations(first: "ten") { totalCount } }`);
    expect(wrongType.status).toBe(400);
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(wrongType.errors?.[0]?.extensions?.['detail']).toMatch(/Int/);

    const wrongVariable = await api.gql(`query($n: Int) { organizations(first: $n) { totalCount } }`, {
      variables: { n: 'ten' },
    });
    expect(wrongVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const unknown = await api.gql(`{ organisations { totalCount } }`, {
      headers: { 'accept-language': 'fi' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(unknown.errors?.[0]?.message).not.toMatch(/Cannot query/);
  });

  it('refuses oversized pages and forged cursors', async () => {
    const big = await api.gql(`{ organizations(first: 1000) { totalCount } }`);
    expect(big.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'first', rule: 'pageSize' });
    const forged = await api.gql(`{ organizations(after: "not-a-cursor") { totalCount } }`);
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forgedId = Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url');
    const sneaky = await api.gql(`query($a: String) { organizations(after: $a) { edges { node { id } } } }`, {
      variables: { a: forgedId },
    });
    expect(sneaky.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers malformed JSON, syntax errors and unknown routes in the GraphQL error shape', async () => {
    const json = await post('{"query": ');
    expect(json.status).toBe(400);
    expect(
      ((await json.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('BAD_REQUEST');

    const syntax = await api.gql(`{ organizations( }`);
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');

    const route = await fetch(`${api.url}/wp-admin`);
    expect(route.status).toBe(404);
    expect(
      ((await route.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('NOT_FOUND');
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ topics { totalCount } }')}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions['code']).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toContain('__i18n');
    const preflighted = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('{ topics { totalCount } }')}`,
      {
        headers: { 'apollo-require-preflight': '1' },
      },
    );
    expect(preflighted.status).toBe(200);
  });

  it('sends security headers and honours the CORS allow-list', async () => {
    const allowed = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.kaunas.lt', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.kaunas.lt');
    const denied = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();

    const res = await api.gql(`{ topics(first: 1) { totalCount } }`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('never leaks internals: no stack traces, SQL or driver messages', async () => {
    const responses = await Promise.all([
      api.gql(`{ organization(id: "00000000-0000-0000-0000-00000000000g") { id } }`),
      api.gql(`{ cities(filter: { countryCode: "lt" }) { totalCount } }`),
      api.gql(`{ country(code: "ZZ") { name } }`),
    ]);
    for (const res of responses) {
      const text = JSON.stringify(res.errors);
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/stacktrace|at \w+ \(|SELECT|QueryFailedError|syntax for type/i);
      expect(res.status).toBeLessThan(500);
    }
  });
});
