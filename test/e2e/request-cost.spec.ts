import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 16, items 1 and 2: no request within the body limit may keep the server busy. Worst-case
 * documents (fragments spreading each other, cycles, directive and alias floods, deep lists) must be
 * refused with a stable code after little work (timed by bench/request-cost.ts) and never freeze
 * the server.
 */
/** A refusal slower than this is a server that froze, not a slow machine. */
const LIVENESS_MS = 5_000;

describe('request cost: parsing, validation and resolver work stay bounded', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  let unique = 0;
  /** Apollo caches parsed and validated documents by text: a comment makes each one new. */
  const fresh = (query: string) => `# ${++unique}\n${query}`;

  const post = async (query: string, headers: Record<string, string> = {}) => {
    const started = performance.now();
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: fresh(query) }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string; detail?: string } }[];
    };
    return { ms: performance.now() - started, status: response.status, body };
  };

  /** Fragment Fi spreads F(i-1) twice: walking every spread visits 2^levels fragments. */
  const fragmentNest = (levels: number) => {
    const fragments = ['fragment F0 on Topic { key }'];
    for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Topic { ...F${i - 1} ...F${i - 1} }`);
    return `${fragments.join('\n')}\n{ topics { edges { node { ...F${levels} } } } }`;
  };

  /** Every fragment spreads every other: following each path once is factorial. */
  const fragmentCycles = (count: number) => {
    const names = Array.from({ length: count }, (_, i) => `C${i}`);
    const fragments = names.map(
      (name) =>
        `fragment ${name} on Topic { key ${names
          .filter((n) => n !== name)
          .map((n) => `...${n}`)
          .join(' ')} }`,
    );
    return `${fragments.join('\n')}\n{ topics { edges { node { ...C0 } } } }`;
  };

  /** Many fragments with the same fields spread side by side: graphql-js compares them in pairs. */
  const wideFragments = (count: number) => {
    const fields = Array.from({ length: 20 }, () => 'key').join(' ');
    const fragments = Array.from({ length: count }, (_, i) => `fragment W${i} on Topic { ${fields} }`);
    const spreads = Array.from({ length: count }, (_, i) => `...W${i}`).join(' ');
    return `${fragments.join('\n')}\n{ topics { edges { node { ${spreads} } } } }`;
  };

  const directiveSpam = (count: number) =>
    `{ topics { edges { node { key ${Array.from({ length: count }, () => '@include(if: true)').join(' ')} } } } }`;

  const deepList = (levels: number) =>
    `{ topics(filter: { labelContains: "a" }, first: ${'['.repeat(levels)}1${']'.repeat(levels)}) { totalCount } }`;

  const manyAliases = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `a${i}: apiVersion`).join(' ')} }`;

  /** The same field over and over: graphql-js compares every pair of fields with one name. */
  const sameField = (count: number) => `{ topics { edges { node { ${'key '.repeat(count)}} } } }`;

  /** Close to the 1 MiB body limit. */
  const tokenFlood = () => `{ ${'apiVersion '.repeat(90_000)}}`;

  const shapes: [string, () => string, string][] = [
    [
      'fragments nested 25 levels, each spreading the previous twice',
      () => fragmentNest(25),
      'QUERY_TOO_COMPLEX',
    ],
    ['12 fragments all spreading each other (cycles)', () => fragmentCycles(12), 'GRAPHQL_VALIDATION_FAILED'],
    ['150 wide fragments side by side', () => wideFragments(150), 'QUERY_TOO_LARGE'],
    ['one field with 2,000 directives', () => directiveSpam(2000), 'QUERY_TOO_LARGE'],
    ['a list literal nested 5,000 levels', () => deepList(5000), 'INPUT_TOO_DEEP'],
    ['2,000 aliases of one field', () => manyAliases(2000), 'TOO_MANY_ALIASES'],
    ['9,000 copies of one field', () => sameField(9000), 'QUERY_TOO_LARGE'],
    ['90,000 tokens (~1 MB)', tokenFlood, 'QUERY_TOO_LARGE'],
  ];

  it('refuses every worst-case document with a stable code, and keeps answering', async () => {
    // How fast each shape is refused is measured by `npm run bench:request-cost` (speed belongs
    // in benchmarks); here each must be refused with its code, and must not freeze the server:
    // one that did took minutes, so LIVENESS_MS is far from the noise of a shared machine.
    for (const [name, build, code] of shapes) {
      const query = build();
      expect(Buffer.byteLength(JSON.stringify({ query }))).toBeLessThanOrEqual(1024 * 1024);
      const refused = await post(query);
      expect({ name, status: refused.status, code: refused.body.errors?.[0]?.extensions?.code }).toEqual({
        name,
        status: 400,
        code,
      });
      expect(JSON.stringify(refused.body)).not.toMatch(/call stack/i);
      expect({ name, frozen: refused.ms > LIVENESS_MS }).toEqual({ name, frozen: false });
      expect((await post('{ apiVersion }')).status).toBe(200);
    }
  }, 120_000);

  it('keeps serving a trivial query while a worst-case document is refused', async () => {
    const bomb = post(fragmentNest(25));
    const trivial = await post('{ apiVersion }');
    expect(trivial.status).toBe(200);
    expect((await bomb).body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  }, 120_000);
});
