import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

/**
 * A graded test collection (bench/relevance/README.md): import records and queries with
 * judgments 0–3 by record ref, and refs that must never be in a top 10.
 */
export interface RelevanceQuery {
  id: string;
  kind: string;
  query: string;
  locale: string | null;
  filter: {
    types?: string[];
    countryCodes?: string[];
    cityRefs?: string[];
    topicRefs?: string[];
    years?: number[];
    languages?: string[];
  } | null;
  judgments: Record<string, number>;
  forbidden?: string[];
}

export interface Collection {
  corpus: Buffer;
  queries: RelevanceQuery[];
}

export function loadCollection(dir: string): Collection {
  return {
    corpus: readFileSync(join(dir, 'corpus.jsonl')),
    queries: JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as RelevanceQuery[],
  };
}

/** One query's figures; `ranked` is the result's record refs, best first. */
export interface QueryScore {
  ndcg: number;
  reciprocalRank: number;
  recall: number;
  forbiddenInTop: number;
}

const DEPTH = 10;

/** nDCG@10 (gain 2^grade − 1), reciprocal rank of the first relevant (grade ≥ 1), recall@10. */
export function scoreQuery(query: RelevanceQuery, ranked: string[]): QueryScore {
  const top = ranked.slice(0, DEPTH);
  const grade = (ref: string) => query.judgments[ref] ?? 0;
  const dcg = (grades: number[]) => grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg(
    Object.values(query.judgments)
      .filter((g) => g > 0)
      .sort((a, b) => b - a)
      .slice(0, DEPTH),
  );
  const firstRelevant = top.findIndex((ref) => grade(ref) >= 1);
  const relevant = Object.entries(query.judgments).filter(([, g]) => g >= 1);
  const forbidden = new Set(query.forbidden ?? []);
  return {
    ndcg: ideal === 0 ? 0 : dcg(top.map(grade)) / ideal,
    reciprocalRank: firstRelevant === -1 ? 0 : 1 / (firstRelevant + 1),
    recall:
      relevant.length === 0 ? 0 : relevant.filter(([ref]) => top.includes(ref)).length / relevant.length,
    forbiddenInTop: top.filter((ref) => forbidden.has(ref)).length,
  };
}

export interface Summary {
  queries: number;
  ndcg: number;
  mrr: number;
  recall: number;
  forbidden: number;
}

export function summarize(scores: QueryScore[]): Summary {
  const mean = (pick: (s: QueryScore) => number) =>
    scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
  return {
    queries: scores.length,
    ndcg: mean((s) => s.ndcg),
    mrr: mean((s) => s.reciprocalRank),
    recall: mean((s) => s.recall),
    forbidden: scores.reduce((sum, s) => sum + s.forbiddenInTop, 0),
  };
}

/** Overall and per kind. */
export function summarizeByKind(
  queries: RelevanceQuery[],
  scores: QueryScore[],
): { overall: Summary; kinds: Record<string, Summary> } {
  const kinds: Record<string, QueryScore[]> = {};
  queries.forEach((q, i) => (kinds[q.kind] ??= []).push(scores[i]!));
  return {
    overall: summarize(scores),
    kinds: Object.fromEntries(
      Object.entries(kinds)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([kind, s]) => [kind, summarize(s)]),
    ),
  };
}

export function formatSummary(
  title: string,
  result: { overall: Summary; kinds: Record<string, Summary> },
): string {
  const row = (name: string, s: Summary) =>
    `${name.padEnd(16)} ${String(s.queries).padStart(4)}  ${s.ndcg.toFixed(3)}  ${s.mrr.toFixed(3)}  ${s.recall.toFixed(3)}  ${String(s.forbidden).padStart(3)}`;
  return [
    title,
    `${'kind'.padEnd(16)} ${'n'.padStart(4)}  nDCG@10  MRR  recall@10  forbidden`,
    ...Object.entries(result.kinds).map(([kind, s]) => row(kind, s)),
    row('overall', result.overall),
  ].join('\n');
}

/** How a portal asks: the query's language as locale, its filters, the first 10 hits. */
export const RELEVANCE_SEARCH = `query($q: String!, $f: SearchFilterInput, $l: LanguageCode) {
  search(query: $q, filter: $f, first: 10, locale: $l) { edges { node { id type } } } }`;

/** Record ref ↔ id, for the tables search returns and the ones filters name. */
export interface Refs {
  byRef: Map<string, string>;
  byId: Map<string, string>;
}

export async function readRefs(ds: DataSource): Promise<Refs> {
  const rows = (await ds.query(
    `SELECT external_ref AS ref, id::text FROM practice WHERE external_ref IS NOT NULL
     UNION ALL SELECT external_ref, id::text FROM meeting WHERE external_ref IS NOT NULL
     UNION ALL SELECT external_ref, id::text FROM study_visit WHERE external_ref IS NOT NULL
     UNION ALL SELECT external_ref, id::text FROM organization WHERE external_ref IS NOT NULL
     UNION ALL SELECT external_ref, id::text FROM city WHERE external_ref IS NOT NULL
     UNION ALL SELECT key, id::text FROM topic`,
  )) as { ref: string; id: string }[];
  return {
    byRef: new Map(rows.map((r) => [r.ref, r.id])),
    byId: new Map(rows.map((r) => [r.id, r.ref])),
  };
}

export function filterOf(query: RelevanceQuery, refs: Refs): Record<string, unknown> | null {
  const f = query.filter;
  if (!f) return null;
  const ids = (list: string[] | undefined) =>
    list?.map((ref) => {
      const id = refs.byRef.get(ref);
      if (!id) throw new Error(`query ${query.id}: unknown ref ${ref}`);
      return id;
    });
  const filter: Record<string, unknown> = {
    types: f.types,
    countryCodes: f.countryCodes,
    cityIds: ids(f.cityRefs),
    topicIds: ids(f.topicRefs),
    years: f.years,
    languages: f.languages,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
}
