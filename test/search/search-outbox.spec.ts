import { searchSources } from '#composition';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { SearchOutbox, markSearchChanged } from '#outbox';
import {
  PostgresSearchEngine,
  SearchEngines,
  SearchIndexer,
  type IndexEntry,
  type SearchEngine,
} from '#search';
import { DocumentLoader, SEARCH_CONFIG, type SearchConfig } from '#search';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A test double around the real postgres engine that fails every other call it gets. */
class FlakyEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  calls = 0;
  failures = 0;
  readonly indexed = new Map<string, number>();

  constructor(private readonly inner: PostgresSearchEngine) {}

  async index(entries: IndexEntry[]): Promise<void> {
    if (++this.calls % 2 === 0) {
      this.failures++;
      throw new Error('engine unavailable (simulated)');
    }
    await this.inner.index(entries);
    for (const e of entries) this.indexed.set(e.entityId, (this.indexed.get(e.entityId) ?? 0) + 1);
  }
  remove = (records: Parameters<SearchEngine['remove']>[0]) => this.inner.remove(records);
  search = (request: Parameters<SearchEngine['search']>[0]) => this.inner.search(request);
  reindex = (source: Parameters<SearchEngine['reindex']>[0]) => this.inner.reindex(source);
  health = () => this.inner.health();
}

describe('search outbox: transactional, retried, shared by several workers', () => {
  let api: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    api = await startTestApp({ SEARCH_WORKER: 'off', SEARCH_RETRY_BASE_MS: '1', SEARCH_BATCH_SIZE: '3' });
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
  });

  const pending = async () =>
    Number(((await db.query(`SELECT count(*)::int AS n FROM search_outbox`)) as [{ n: number }])[0].n);

  it('a rolled-back change leaves no outbox row; a committed one leaves exactly one', async () => {
    const before = await pending();
    const [practice] = (await db.query(`SELECT id FROM practice LIMIT 1`)) as [{ id: string }];
    await db
      .transaction(async (em) => {
        await markSearchChanged(em, 'PRACTICE', [practice.id]);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await pending()).toBe(before);
    await db.transaction((em) => markSearchChanged(em, 'PRACTICE', [practice.id, practice.id]));
    await db.transaction((em) => markSearchChanged(em, 'PRACTICE', [practice.id]));
    const rows = (await db.query(`SELECT revision FROM search_outbox WHERE entity_id = $1`, [
      practice.id,
    ])) as {
      revision: number;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.revision).toBeGreaterThanOrEqual(2);
  });

  it('converges with nothing lost while the engine fails half its calls, two workers at once', async () => {
    const config = api.app.get<SearchConfig>(SEARCH_CONFIG);
    const flaky = new FlakyEngine(new PostgresSearchEngine(db, searchSources));
    const worker = () =>
      new SearchIndexer(
        db,
        api.app.get(SearchOutbox),
        new SearchEngines(flaky, null),
        api.app.get(DocumentLoader),
        config,
      );
    const [a, b] = [worker(), worker()];
    // The demo data's backlog first, so only the changes below are in flight.
    await api.app.get(SearchIndexer).drain();
    const practices = (await db.query(`SELECT id FROM practice ORDER BY id`)) as { id: string }[];
    const [hidden, removed, ...renamed] = practices.map((p) => p.id);
    await db.transaction(async (em) => {
      for (const [i, id] of renamed.entries()) {
        await em.query(`UPDATE practice_translation SET title = $2 WHERE practice_id = $1`, [
          id,
          `beacon${i}x`,
        ]);
      }
      await em.query(`UPDATE practice SET status = 'PUBLISHED', visibility = 'PUBLIC' WHERE id = ANY($1)`, [
        renamed,
      ]);
      await em.query(`UPDATE practice SET status = 'DRAFT' WHERE id = $1`, [hidden]);
      await em.query(`DELETE FROM practice WHERE id = $1`, [removed]);
      await markSearchChanged(
        em,
        'PRACTICE',
        practices.map((p) => p.id),
      );
    });
    for (let round = 0; (await pending()) > 0 && round < 200; round++) {
      await Promise.all([a.drain(), b.drain()]);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await pending()).toBe(0);
    expect(flaky.failures).toBeGreaterThan(0);
    // Each record was indexed successfully exactly once: no double work between the two workers.
    for (const { id } of practices) expect(flaky.indexed.get(id)).toBe(1);

    const search = async (q: string) =>
      (
        await api.gql<{ search: { edges: { node: { id: string } }[] } }>(
          `query($q: String!) { search(query: $q, first: 100) { edges { node { id } } } }`,
          { variables: { q } },
        )
      ).data!.search.edges.map((e) => e.node.id);
    for (const [i, id] of renamed.entries()) expect(await search(`beacon${i}x`)).toEqual([id]);
    const stale = (await db.query(
      `SELECT count(*)::int AS n FROM search_document WHERE entity_id = ANY($1)`,
      [[removed]],
    )) as [{ n: number }];
    expect(stale[0].n).toBe(0);
    const hiddenDocs = (await db.query(
      `SELECT bool_or(is_public) AS visible FROM search_document WHERE entity_id = $1`,
      [hidden],
    )) as [{ visible: boolean | null }];
    expect(hiddenDocs[0].visible).not.toBe(true);
  });

  it('a renamed network reaches its meetings; a deleted topic, network or organization leaves no stale document', async () => {
    const indexer = api.app.get(SearchIndexer);
    await indexer.drain();
    const documentsWith = async (column: string, id: string) =>
      Number(
        (
          (await db.query(
            `SELECT count(*)::int AS n FROM search_document WHERE ${column} @> ARRAY[$1::uuid]`,
            [id],
          )) as [{ n: number }]
        )[0].n,
      );
    const documentsOf = async (ids: string[]) =>
      Number(
        (
          (await db.query(`SELECT count(*)::int AS n FROM search_document WHERE entity_id = ANY($1)`, [
            ids,
          ])) as [{ n: number }]
        )[0].n,
      );
    const remove = async (field: string, id: string) => {
      const result = await api.gql<Record<string, string>>(`mutation($id: ID!) { ${field}(id: $id) }`, {
        variables: { id },
        admin: true,
      });
      expect(result.errors).toBeUndefined();
      await indexer.drain();
    };

    // A topic: its practices stay, untagged by the cascade, and must lose it as a facet.
    const [topic] = (await db.query(
      `SELECT t.id FROM topic t WHERE EXISTS (SELECT 1 FROM practice_topic pt WHERE pt.topic_id = t.id)
         AND NOT EXISTS (SELECT 1 FROM topic c WHERE c.parent_id = t.id) ORDER BY t.key LIMIT 1`,
    )) as [{ id: string }];
    expect(await documentsWith('topic_ids', topic.id)).toBeGreaterThan(0);
    await remove('deleteTopic', topic.id);
    expect(await documentsWith('topic_ids', topic.id)).toBe(0);

    // A network renamed: its meetings are found by the new name (their keywords carry it).
    const [renamed] = (await db.query(
      `SELECT n.id, array_agg(m.id ORDER BY m.id) AS meetings FROM network n JOIN meeting m ON m.network_id = n.id
       GROUP BY n.id ORDER BY n.id LIMIT 1`,
    )) as [{ id: string; meetings: string[] }];
    const rename = await api.gql(
      `mutation($id: ID!) { updateNetwork(id: $id, input: { acronym: "Zorvexnet" }) { id } }`,
      {
        variables: { id: renamed.id },
        admin: true,
      },
    );
    expect(rename.errors).toBeUndefined();
    await indexer.drain();
    const found = await api.gql<{ search: { edges: { node: { id: string } }[] } }>(
      `{ search(query: "zorvexnet", first: 50, filter: { types: [MEETING] }) { edges { node { id } } } }`,
      { admin: true },
    );
    expect(found.data!.search.edges.map((e) => e.node.id).sort()).toEqual(renamed.meetings);

    // An organization: the study visits it owns are deleted with it. The demo data's visit owners
    // also own practices (which block a deletion), so one visit moves to an organization without.
    const [free] = (await db.query(
      // Not tied to any practice, meeting or visit yet (ids are random: the choice must not depend on them).
      `SELECT o.id FROM organization o
       WHERE NOT EXISTS (SELECT 1 FROM practice p WHERE p.owner_organization_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.host_organization_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM meeting_attendee a WHERE a.organization_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM study_visit v WHERE v.owner_organization_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM study_visit_organization so WHERE so.organization_id = o.id)
       ORDER BY o.id LIMIT 1`,
    )) as [{ id: string }];
    const [visit, otherVisit] = (await db.query(`SELECT id FROM study_visit ORDER BY id LIMIT 2`)) as {
      id: string;
    }[];
    // It also attends a meeting and takes part in another visit: links its deletion cascades away,
    // while those records show its name until they are indexed again.
    const [meeting] = (await db.query(`SELECT id FROM meeting ORDER BY id LIMIT 1`)) as [{ id: string }];
    await db.transaction(async (em) => {
      await em.query(`UPDATE study_visit SET owner_organization_id = $1 WHERE id = $2`, [free.id, visit!.id]);
      await em.query(`UPDATE organization SET name = 'Quorblex Agency', acronym = NULL WHERE id = $1`, [
        free.id,
      ]);
      // Translated names would stand in for it in its own documents' titles.
      await em.query(`UPDATE organization_translation SET name = NULL WHERE organization_id = $1`, [free.id]);
      await em.query(`INSERT INTO meeting_attendee (meeting_id, organization_id) VALUES ($1, $2)`, [
        meeting.id,
        free.id,
      ]);
      await em.query(
        `INSERT INTO study_visit_organization (study_visit_id, organization_id, role) VALUES ($1, $2, 'VISITOR')`,
        [otherVisit!.id, free.id],
      );
      await markSearchChanged(em, 'ORGANIZATION', [free.id]);
    });
    await indexer.drain();
    const showingName = async () =>
      (
        await api.gql<{ search: { edges: { node: { id: string } }[] } }>(
          `{ search(query: "quorblex", first: 50) { edges { node { id } } } }`,
          { admin: true },
        )
      )
        .data!.search.edges.map((e) => e.node.id)
        .sort();
    expect(await showingName()).toEqual([free.id, visit!.id, otherVisit!.id, meeting.id].sort());
    const visitOwner = { id: free.id, visits: [visit!.id] };
    expect(await documentsOf(visitOwner.visits)).toBeGreaterThan(0);
    await remove('deleteOrganization', visitOwner.id);
    expect(await documentsOf([visitOwner.id, ...visitOwner.visits])).toBe(0);
    expect(await documentsWith('organization_ids', visitOwner.id)).toBe(0);
    expect(await showingName()).toEqual([]);
    expect(await documentsOf([meeting.id, otherVisit!.id])).toBeGreaterThan(0);

    // A network deleted: its meetings are deleted with it, its shared practices and visits lose it.
    const [network] = (await db.query(
      `SELECT n.id, array_agg(m.id) AS meetings FROM network n JOIN meeting m ON m.network_id = n.id
       GROUP BY n.id ORDER BY count(*) DESC LIMIT 1`,
    )) as [{ id: string; meetings: string[] }];
    expect(await documentsOf(network.meetings)).toBeGreaterThan(0);
    await remove('deleteNetwork', network.id);
    expect(await documentsOf(network.meetings)).toBe(0);
    expect(await documentsWith('network_ids', network.id)).toBe(0);
  });

  it('keeps a record that fails every attempt, visible to admins, until retried', async () => {
    const config = { ...api.app.get<SearchConfig>(SEARCH_CONFIG), maxAttempts: 2 };
    const broken: SearchEngine = {
      ...new FlakyEngine(new PostgresSearchEngine(db, searchSources)),
      name: 'postgres',
      index: async () => {
        throw new Error('mapping rejected (simulated)');
      },
      remove: async () => undefined,
      search: () => Promise.reject(new Error('unused')),
      reindex: () => Promise.reject(new Error('unused')),
      health: async () => ({ up: true }),
    };
    const worker = new SearchIndexer(
      db,
      api.app.get(SearchOutbox),
      new SearchEngines(broken, null),
      api.app.get(DocumentLoader),
      config,
    );
    const [org] = (await db.query(`SELECT id FROM organization LIMIT 1`)) as [{ id: string }];
    await db.transaction((em) => markSearchChanged(em, 'ORGANIZATION', [org.id]));
    for (
      let i = 0;
      i < 50 && (await db.query(`SELECT 1 FROM search_outbox WHERE failed_at IS NULL`)).length > 0;
      i++
    ) {
      await worker.drain();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const status = await api.gql<{
      searchIndexStatus: { failed: number; failures: { entityId: string; lastError: string }[] };
    }>(`{ searchIndexStatus { failed failures { entityId lastError } } }`, { admin: true });
    expect(status.data!.searchIndexStatus.failed).toBeGreaterThanOrEqual(1);
    expect(status.data!.searchIndexStatus.failures).toContainEqual({
      entityId: org.id,
      lastError: 'mapping rejected (simulated)',
    });
    const anonymous = await api.gql(`{ searchIndexStatus { failed } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const retried = await api.gql<{ retryFailedSearchIndexing: number }>(
      `mutation { retryFailedSearchIndexing }`,
      {
        admin: true,
      },
    );
    expect(retried.data!.retryFailedSearchIndexing).toBeGreaterThanOrEqual(1);
    await api.app.get(SearchIndexer).drain();
    expect(await pending()).toBe(0);
    const health = (await (await fetch(`${api.url}/health`)).json()) as {
      details: { searchOutbox: { failed: number } };
    };
    expect(health.details.searchOutbox.failed).toBe(0);
  });
});

describe('the in-process indexer', () => {
  let api: TestApp;
  beforeAll(async () => {
    // Polling once a minute: a change is only found quickly when its commit wakes the indexer.
    api = await startTestApp({ SEARCH_WORKER: 'inline', SEARCH_POLL_MS: '60000' });
    await api.app.get(SearchIndexer).drain();
  });
  afterAll(async () => {
    await api.close();
  });

  it('is woken by the commit of a change, not by the poll', async () => {
    const practices = (await api.app
      .get(DataSource)
      .query(
        `SELECT id, version, original_language AS language FROM practice WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC' ORDER BY id LIMIT 5`,
      )) as { id: string; version: number; language: string }[];
    expect(practices.length).toBeGreaterThanOrEqual(3);
    for (const [i, p] of practices.entries()) {
      const word = `wakeword${i}x`;
      const saved = await api.gql(
        `mutation($id: ID!, $v: Int!, $c: PracticeContentInput!) { savePracticeTranslation(id: $id, expectedVersion: $v, content: $c) { practice { id } } }`,
        {
          variables: { id: p.id, v: p.version, c: { language: p.language, title: `${word} title` } },
          admin: true,
        },
      );
      expect(saved.errors).toBeUndefined();
      let found = false;
      // Far below the poll interval: only a wake-up finds it in time.
      for (const started = Date.now(); !found && Date.now() - started < 10_000;) {
        const r = await api.gql<{ search: { totalCount: number } }>(
          `query($q: String!) { search(query: $q) { totalCount } }`,
          { variables: { q: word } },
        );
        found = r.data!.search.totalCount > 0;
        if (!found) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(found).toBe(true);
    }
  });

  it('whenIdle resolves once what was committed before the call is indexed', async () => {
    const db = api.app.get(DataSource);
    const [p] = (await db.query(
      `SELECT id, version, original_language AS language FROM practice WHERE status = 'PUBLISHED' ORDER BY id DESC LIMIT 1`,
    )) as { id: string; version: number; language: string }[];
    const saved = await api.gql(
      `mutation($id: ID!, $v: Int!, $c: PracticeContentInput!) { savePracticeTranslation(id: $id, expectedVersion: $v, content: $c) { practice { id } } }`,
      {
        variables: { id: p!.id, v: p!.version, c: { language: p!.language, title: 'idlewordx title' } },
        admin: true,
      },
    );
    expect(saved.errors).toBeUndefined();
    await api.app.get(SearchIndexer).whenIdle();
    expect(await db.query(`SELECT kind FROM search_outbox WHERE entity_id = $1`, [p!.id])).toEqual([]);
    const found = await api.gql<{ search: { totalCount: number } }>(
      `{ search(query: "idlewordx") { totalCount } }`,
    );
    expect(found.data!.search.totalCount).toBe(1);
  });
});
