import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { SearchIndexer } from '#search';
import { refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A loopback port with nothing listening on it: Meilisearch "down". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('search when the configured Meilisearch is unreachable', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({
      SEARCH_ENGINE: 'meilisearch',
      MEILI_URL: `http://127.0.0.1:${await closedPort()}`,
      SEARCH_RETRY_BASE_MS: '60000',
    });
    // The postgres index is always written first; the Meilisearch half fails and stays queued.
    await api.app.get(SearchIndexer).drain();
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers from the postgres engine and says so in the response extensions', async () => {
    const res = await api.gql<{ search: { engine: string; edges: { node: { id: string } }[] } }>(
      `{ search(query: "Panevezys", first: 50) { engine edges { node { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.engine).toBe('postgres');
    expect(res.data!.search.edges.map((e) => e.node.id)).toContain(
      await refId(api, 'practice', 'practice:panevezys-industry-4-0-image'),
    );
    const body = (await (
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(query: "Velenje") { totalCount } }' }),
      })
    ).json()) as { extensions?: { search?: { engine: string; fallback: boolean } } };
    expect(body.extensions?.search).toEqual(expect.objectContaining({ engine: 'postgres', fallback: true }));
  });

  it('reports the engine down (503) and the changes waiting in /health, while still serving', async () => {
    const res = await fetch(`${api.url}/health`);
    const health = (await res.json()) as {
      error?: { search?: { engineUp: boolean; servedBy: string } };
      details?: { searchOutbox?: { pending: number } };
    };
    // Searches are answered by the fallback, but operators must see that Meilisearch is gone.
    expect(res.status).toBe(503);
    expect(health.error?.search).toMatchObject({ engineUp: false, servedBy: 'postgres' });
    expect(health.details?.searchOutbox?.pending).toBeGreaterThan(0);
  });
});
