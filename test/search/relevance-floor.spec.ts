import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { SearchIndexer } from '#search';
import { importJsonLines } from '#transfer';
import {
  RELEVANCE_SEARCH,
  filterOf,
  loadCollection,
  readRefs,
  scoreQuery,
  summarizeByKind,
  type Refs,
} from '../../bench/support/relevance.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Relevance can no longer regress silently. Two collections written without looking at the engine
 * are imported, indexed and asked through GraphQL as a portal asks:
 * - the CI slice of the blind collection (bench/relevance/ci-slice: 396 records in lt, sl, en, sv,
 *   fi and 66 graded queries of eleven kinds). Measured when the floor was set: nDCG@10 0.971,
 *   MRR 0.982, every kind ≥ 0.86; the engine before the relevance rework scored 0.906 / 0.945.
 * - the independent collection (bench/relevance/independent: 669 records, 110 queries, another
 *   author): 0.931 / 0.961 with the field vocabulary, cross-language 0.841 (0.327 without it),
 *   every kind ≥ 0.84; 0.852 / 0.874 when it was written.
 * The whole collections are `npm run bench:relevance`.
 */
const COLLECTIONS = [
  { name: 'ci-slice', floor: { ndcg: 0.95, mrr: 0.96, kind: 0.8 } },
  { name: 'independent', floor: { ndcg: 0.9, mrr: 0.92, kind: 0.8 } },
];

describe.each(COLLECTIONS)('search relevance on the $name collection', ({ name, floor: FLOOR }) => {
  let api: TestApp;
  let refs: Refs;
  const collection = loadCollection(new URL(`../../bench/relevance/${name}`, import.meta.url).pathname);

  beforeAll(async () => {
    api = await startTestApp();
    const db = api.app.get(DataSource);
    const report = await importJsonLines(db, collection.corpus);
    expect(report.errors).toEqual([]);
    await api.app.get(SearchIndexer).drain();
    refs = await readRefs(db);
  }, 120_000);
  afterAll(async () => {
    await api.close();
  });

  const rankAll = async () => {
    const rankings: string[][] = [];
    for (const query of collection.queries) {
      const res = await api.gql<{ search: { edges: { node: { id: string } }[] } }>(RELEVANCE_SEARCH, {
        variables: { q: query.query, f: filterOf(query, refs), l: query.locale },
        admin: true,
      });
      expect(res.errors).toBeUndefined();
      rankings.push(res.data!.search.edges.map((e) => refs.byId.get(e.node.id) ?? e.node.id));
    }
    return rankings;
  };

  it('ranks above the floor overall and in every kind, with nothing forbidden in a top 10', async () => {
    const rankings = await rankAll();
    const result = summarizeByKind(
      collection.queries,
      collection.queries.map((q, i) => scoreQuery(q, rankings[i]!)),
    );
    const figures = (s: { ndcg: number; mrr: number; forbidden: number }) => ({
      ndcg: Number(s.ndcg.toFixed(3)),
      mrr: Number(s.mrr.toFixed(3)),
      forbidden: s.forbidden,
    });
    process.stdout.write(`relevance (${name}): ${JSON.stringify(figures(result.overall))}\n`);
    expect(result.overall.ndcg).toBeGreaterThanOrEqual(FLOOR.ndcg);
    expect(result.overall.mrr).toBeGreaterThanOrEqual(FLOOR.mrr);
    expect(result.overall.forbidden).toBe(0);
    const weakKinds = Object.entries(result.kinds)
      .filter(([, s]) => s.ndcg < FLOOR.kind)
      .map(([kind, s]) => `${kind} ${s.ndcg.toFixed(3)}`);
    expect(weakKinds).toEqual([]);
    // The same data asked again gives the same order (ties are broken by date, then type and id).
    expect(await rankAll()).toEqual(rankings);
  }, 180_000);
});
