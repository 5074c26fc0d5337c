import type { SearchRequest, SearchableType } from '../../engine/search-engine.js';
import { FACET_NAMES, HIGHLIGHT_END, HIGHLIGHT_START, type FacetName } from '../../engine/search-engine.js';
import type { QueryPlan } from './build-tsquery.js';
import { EXACT_PHRASE_LANGUAGES } from './phrase-pattern.js';
import {
  Params,
  accessCondition,
  filterConditions,
  liveAccessCondition,
  type LiveRecord,
} from './sql-conditions.js';

/**
 * A word in at most this many documents (anywhere in them) is ranked in every one of them; a
 * word in more is common, and its documents are ranked only where they also hold a rarer word
 * of the query or every word of it.
 */
export const WORD_CAP = 2000;
/**
 * Documents ranked at most: those with the most (and rarest) query words, from WORD_CAP each.
 * Every ranked candidate's row is read and tested word by word, so this bounds most of a search's
 * cost. Both relevance collections rank the same with 60, 120, 250 or 1,000 candidates (the
 * evidence that picks them is most of what ranks them); 250 keeps the count and facets of a broad
 * query about something (they cover the ranked records) for ~40% less database CPU than 500
 * (36.7 → 20.7 ms for a common word at 100,000 records).
 */
export const CANDIDATE_CAP = 250;
/** Documents whose word positions a phrase search checks at most. */
export const PHRASE_POOL = 1000;

/**
 * Field weights of one query word's evidence: found in the title counts most, then the summary,
 * then the labels of the record's places, organizations, topics and networks, then the body.
 * A word in the body still counts towards coverage (below), so a record with every word in its
 * body ranks above one with a single word in its title.
 */
const FIELD_WEIGHT = { title: 1, summary: 0.75, keywords: 0.6, body: 0.45, year: 0.75 } as const;
/** A word found only through its stem, a typo fix or a compound counts this share of as typed. */
const STEMMED = 0.7;
/**
 * A word found only as another term of the field vocabulary ("pėsčiųjų gatvė" for "pedestrian
 * street") counts a stem's field weight, and in the body this share of the word's coverage: many
 * records use a concept's generic terms in passing there. Such evidence is carried as a negative
 * weight from word_reads on. In the title or summary a term is what the record is about and
 * counts the whole coverage: at half, "gift card Kaunas" ranked English gift cards in any town
 * above the Lithuanian record on Kaunas's "dovanų kortelė" (a blind collection's cross-language
 * queries, nDCG@10 0.24 → 0.60; the other collections within ±0.03).
 */
const CONCEPT_COVERAGE = 0.5;
/** The weights a vocabulary term found in the title or summary, or only in the body, carries. */
const CONCEPT_IN_HEAD = -FIELD_WEIGHT.summary * STEMMED;
const CONCEPT_IN_BODY = -FIELD_WEIGHT.body * STEMMED;
/**
 * The weights a compound's last part found without the rest carries (see QueryPlan.compoundTails),
 * in the title or summary and only in the body, and the coverage each gives.
 */
const TAIL_IN_HEAD = -0.2;
const TAIL_IN_BODY = -0.1;
const TAIL_IN_HEAD_COVERAGE = 0.5;
const TAIL_IN_BODY_COVERAGE = 0.25;
/** Documents counted at most when the database has no estimate of the index's size yet. */
const CORPUS_COUNT_BOUND = 200_000;
/** At most this much for a query's neighbouring words found side by side in a title or summary. */
const PAIR_WEIGHT = 0.5;
/** How much more covering the query (idf-weighted share of its words found) weighs than where. */
const COVERAGE_WEIGHT = 2;
/**
 * In a query of LONG_QUERY_WORDS words or more (a question), a word found only in a record's body
 * covers this share of it: a long body holds most of a question's everyday words ("shops",
 * "joined") by chance, and outranked the short record on what was asked. A query of two words
 * needs its body matches whole (an inflected subject, a compound written apart). Questions in
 * five of eight relevance collections +0.02 to +0.06 nDCG@10; ranking by theme −0.03 in two.
 */
const BODY_COVERAGE_IN_LONG_QUERIES = 0.75;
const LONG_QUERY_WORDS = 3;
/**
 * In such a query, a word no title, summary or label holds (only bodies do) weighs this share of
 * its rarity: a question's everyday words ("sai", "got", "joined") are rare in titles because
 * nothing is about them, and outweighed the subject they were asked about.
 */
const BODY_ONLY_WORD_WEIGHT = 0.5;
/**
 * A place the directory knows (a name of several words, see PlaceNames) found only in a record's
 * body covers this share of it: a meeting elsewhere lists "Mestna občina Nova Gorica" among its
 * attendees, a record is about the place when the place is its label, title or summary.
 */
const PLACE_IN_BODY_COVERAGE = 0.5;
/**
 * How much more a word typed as a name weighs than its rarity alone says: "cycle lanes Kranj"
 * asks about Kranj first, so a Slovenian record on Kranj's cycling (matching "cycle" only through
 * its topic) ranks above an English one on cycle lanes elsewhere.
 */
const NAME_WEIGHT = 2;
/**
 * A name that is a town's (more than PLACE_CONCENTRATION of the documents holding it are in one
 * town) weighs at least this share of the query's other words together: a long question names its
 * town once among many words, and records elsewhere that share more of them outranked the town's
 * own ("how did Alytus get property owners to accept lower rents …"). A country or region is
 * named in many towns' records and keeps NAME_WEIGHT only. Whole questions in two blind
 * collections, nDCG@10 0.614 → 0.703 and 0.685 → 0.728.
 */
const NAME_SHARE = 1;
/**
 * A word's rarity is also counted among the documents in the query's language, and the lower
 * weight counts: "Innenstadt" is in few documents because few are German, yet in most German
 * ones, and outweighed the subject of "öffentliche Toiletten in der Innenstadt" (whose records
 * say "public toilets", "javna stranišča"). Not for a language with fewer documents than this.
 */
const OWN_LANGUAGE_MIN_DOCUMENTS = 50;
const PLACE_CONCENTRATION = 0.5;

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
const FACET_VALUES = 50;

/** What PostgreSQL's column statistics say about lexemes (see PostgresSearchEngine). */
export interface WordStatistics {
  /** In more than WORD_CAP documents. */
  common: ReadonlySet<string>;
  /** In at least a quarter of all titles and summaries. */
  broad: ReadonlySet<string>;
  /**
   * How many documents each language has, as ANALYZE estimated them; null before the first
   * ANALYZE (embedded PGlite has no autovacuum), when the statement counts the query language's.
   */
  languageDocuments: ReadonlyMap<string, number> | null;
}

export interface MatchCursor {
  k: string;
  t: SearchableType;
  i: string;
}

/**
 * One query as one statement, in named steps:
 *  1. word_reads — for each query word the statistics do not list as common, the documents
 *     holding it (filters and visibility applied) up to WORD_CAP + 1, with where they hold it:
 *     the best field's weight (FIELD_WEIGHT). Found through the indexes; a body is never read,
 *     its match is what the index says. A word's field-vocabulary terms are read the same way,
 *     apart (CONCEPT_COVERAGE).
 *  2. weights — each word's document frequency (that count; past WORD_CAP the word is common)
 *     and inverse document frequency (BM25's), so rare words decide (a town's name at least as
 *     much as the other words together, see NAME_SHARE); word_hits — the reads of
 *     the words that are not common.
 *  3. candidate_keys — documents ordered by the idf-weighted evidence of the words they hold, plus
 *     (when a word is common) those holding every word, title/summary or labels first; the best
 *     CANDIDATE_CAP are ranked. Relevance, not index or date order, picks what is ranked.
 *  4. evidence, scored — per word its field weight (from word_hits; a common word is looked up in
 *     the candidate's title, summary and labels; a year in the query also matches the record's
 *     year); score = idf-weighted coverage and field evidence, plus proximity in the title or
 *     summary, neighbouring words side by side, words as typed, the caller's language.
 *  5. records, page — one hit per record (its best language version), facets and counts over
 *     all ranked records, ties broken by date, then type and id: the same order on every import.
 */
export function matchQuery(
  request: SearchRequest,
  plan: QueryPlan,
  after: MatchCursor | null,
  statistics: WordStatistics,
  records: readonly LiveRecord[],
): { sql: string; values: unknown[] } {
  const m = matchContext(request, plan, statistics);
  const sql = `WITH ${m.phrases ?? ''}
    ${wordSteps(m)}
    ${candidateSteps(m)}
    ${scoringSteps(m, liveAccessCondition(request.reader, m.p, 'c', records))}
    ${pageSteps(m, after, request.first)}
    ${resultSelect(m)}`;
  return { sql, values: m.p.values };
}

/** What every step of one query's statement shares: its parameters and the query's words. */
interface MatchContext {
  p: Params;
  plan: QueryPlan;
  statistics: WordStatistics;
  /** The phrase steps (null without phrases), and where the other steps read documents from. */
  phrases: string | null;
  source: string;
  where: string;
  /** One tsquery parameter per query word (group). */
  groups: string[];
  /** Per word, its vocabulary terms: each one's tsquery parameter, and whether bodies are read for it (plan.conceptTerms). */
  concepts: { q: string; inBodies: boolean }[][];
  /** Per word, the tsquery parameter of its compound's last part, or null (plan.compoundTails). */
  tails: (string | null)[];
  any: string;
  exact: string;
  cap: string;
  locale: string;
  /** The query's language as given ('' when unknown). */
  localeName: string;
  wordCap: string;
  ladder: ReturnType<typeof fieldLadder>;
  /** The facets to count. */
  facets: readonly FacetName[];
  /** Whether word i proved common, and its idf, as SQL over the `weights` step. */
  common: (i: number) => string;
  idf: (i: number) => string;
  /** A document (alias d) holds the tsquery in its title, summary, labels or body. */
  anywhere: (g: string) => string;
}

function matchContext(request: SearchRequest, plan: QueryPlan, statistics: WordStatistics): MatchContext {
  const p = new Params();
  const filters = [...filterConditions(request.filter, p), accessCondition(request.reader, p)];
  const phrases = phraseSteps(plan, filters, p);
  // Shared with the field ladder, which every search's scoring uses: a parameter no step
  // mentions (a common word is read by no step) would have no type.
  const groups = plan.groups.map((g) => p.add(g, '::tsquery'));
  // The words of a multi-word term share its terms: one parameter each.
  const termParams = new Map<string, string>();
  const termParam = (query: string) => {
    const known = termParams.get(query) ?? p.add(query, '::tsquery');
    termParams.set(query, known);
    return known;
  };
  const concepts = plan.conceptTerms.map((terms) =>
    terms.map((t) => ({ q: termParam(t.query), inBodies: t.inBodies })),
  );
  return {
    p,
    plan,
    statistics,
    phrases,
    source: phrases ? 'phrase_matches d' : 'search_document d',
    where: phrases ? 'TRUE' : filters.join(' AND ') || 'TRUE',
    groups,
    concepts,
    // A part the statistics list as common is not read: its read would stop at the cap, too
    // general to count (as a common word's, see wordSteps), after 2,001 rows.
    tails: plan.compoundTails.map((tail) =>
      tail === null || tail.lexemes.some((l) => statistics.common.has(l))
        ? null
        : p.add(tail.query, '::tsquery'),
    ),
    any: p.add(plan.any, '::tsquery'),
    exact: p.add(plan.exact, '::tsquery'),
    cap: p.add(CANDIDATE_CAP, '::int'),
    locale: p.add(request.locale ?? '', '::text'),
    localeName: request.locale ?? '',
    wordCap: p.add(WORD_CAP, '::int'),
    ladder: fieldLadder(plan, p, groups),
    facets: request.facets ?? FACET_NAMES,
    common: (i) => `(SELECT w.common FROM weights w WHERE w.i = ${i + 1})`,
    // A year matched to records' dates (a fifteenth of them each) weighs no more than the query's
    // other words on average, however rare it is as a word.
    idf: (i) =>
      plan.groupYears[i] == null
        ? `(SELECT w.idf FROM weights w WHERE w.i = ${i + 1})`
        : `(SELECT least(w.idf, (SELECT avg(o.idf) FROM weights o WHERE o.i <> ${i + 1})) FROM weights w WHERE w.i = ${i + 1})`,
    anywhere: (g) => `(d.head @@ ${g} OR d.keywords @@ ${g} OR d.body_vector @@ ${g})`,
  };
}

/**
 * Steps 1–2: corpus size, word_reads, frequencies, weights, word_hits. A word PostgreSQL's
 * statistics list as common is not read at all; the others' documents are read once, up to
 * WORD_CAP + 1: their count is the word's frequency and, when the word proves not common, they
 * are its hits. A listed word gets no scan in the statement at all. A word with a listed alternative
 * (a typo fix, another form) is common too: its group matches all of that alternative's documents
 * (reading 2,001 of them only to learn so cost a typo search ~20 ms at 100,000 records).
 */
function wordSteps(m: MatchContext): string {
  const { p, groups, wordCap } = m;
  // Decided here, not in SQL: sending the statistics' 2,000-odd common lexemes with every search
  // cost more (serializing and parsing 21 KB of parameter) than the test itself.
  const listed = m.plan.groupAlternatives.map((lexemes) => lexemes.some((l) => m.statistics.common.has(l)));
  const nameWeights = p.add(
    m.plan.groupNames.map((name) => (name ? NAME_WEIGHT : 1)),
    '::float8[]',
  );
  const knownPlaces = p.add(m.plan.groupPlaces, '::boolean[]');
  const reads = groups.flatMap((g, i) =>
    listed[i]
      ? []
      : [
          `(SELECT ${i + 1} AS i, d.entity_type, d.entity_id, d.language, d.sort_date, d.content_hash, d.city_ids[1] AS city,
              ${m.ladder(i, 'd.head', 'd.keywords', FIELD_WEIGHT.body)} AS weight
            FROM ${m.source} WHERE ${m.anywhere(g)} AND ${m.where}
            LIMIT ${wordCap} + 1)`,
        ],
  );
  const n = groups.length;
  const conceptReads = conceptReadSteps(m, n);
  // A compound's last part, numbered after the terms: in the title or summary, or else the body.
  const tailReads = m.tails.flatMap((q, i) =>
    q === null
      ? []
      : [
          `(SELECT ${2 * n + i + 1} AS i, d.entity_type, d.entity_id, d.language, d.sort_date, d.content_hash, NULL::uuid AS city,
                   CASE WHEN d.head @@ ${q} THEN ${TAIL_IN_HEAD} ELSE ${TAIL_IN_BODY} END::float8 AS weight
            FROM ${m.source} WHERE (d.head @@ ${q} OR d.body_vector @@ ${q}) AND ${m.where}
            LIMIT ${wordCap} + 1)`,
        ],
  );
  // Every word listed: no document is read, but the step keeps its columns for those after it.
  const wordHits =
    [...reads, ...conceptReads, ...tailReads].join(' UNION ALL ') ||
    `SELECT 0 AS i, d.entity_type, d.entity_id, d.language, d.sort_date, d.content_hash, NULL::uuid AS city, 0::float8 AS weight FROM search_document d WHERE false`;
  // Also counted in the query's language (see weightSteps); a listed word is common in any, and
  // so is one whose read stopped at the cap: which 2,001 documents it read depends on the
  // import's row order, and their languages moved its weight between two imports.
  // Counted in one pass over word_reads (a scan per word and count read it 2n times).
  const frequencies = `SELECT g.i, CASE WHEN g.listed THEN ${wordCap} + 1 ELSE coalesce(c.df, 0) END AS df,
           CASE WHEN g.listed OR c.df > ${wordCap} THEN NULL ELSE coalesce(c.own_df, 0) END AS own_df,
           g.listed OR coalesce(c.head_df, 0) > 0 AS in_heads
    FROM unnest('{${groups.map((_, i) => i + 1).join(',')}}'::int[],
                '{${listed.map(String).join(',')}}'::boolean[]) AS g(i, listed)
    LEFT JOIN (SELECT r.i, count(*) AS df, count(*) FILTER (WHERE r.language = ${m.locale}) AS own_df,
                      count(*) FILTER (WHERE r.weight > ${FIELD_WEIGHT.body}) AS head_df
               FROM word_reads r WHERE r.i <= ${groups.length} GROUP BY r.i) c ON c.i = g.i`;
  const documents = m.statistics.languageDocuments;
  const ownDocuments = !m.localeName
    ? '0'
    : documents
      ? p.add(documents.get(m.localeName) ?? 0, '::float8')
      : `(SELECT count(*)::float8 FROM (SELECT 1 FROM search_document d WHERE d.language = ${m.locale} LIMIT ${CORPUS_COUNT_BOUND}) counted)`;
  return `
    -- Documents in the index: PostgreSQL's estimate once statistics exist; before that (a new
    -- index; embedded PGlite has no autovacuum) counted, up to a bound.
    corpus AS (
      SELECT greatest(
        CASE WHEN t.reltuples > 0 THEN t.reltuples
             ELSE (SELECT count(*) FROM (SELECT 1 FROM search_document LIMIT ${CORPUS_COUNT_BOUND}) bounded) END,
        1)::float8 AS n
      FROM pg_class t WHERE t.oid = 'search_document'::regclass
    ),
    word_reads AS MATERIALIZED (${wordHits}),
    frequencies AS MATERIALIZED (${frequencies}),
    ${weightSteps(wordCap, nameWeights, knownPlaces, ownDocuments, groups.length >= LONG_QUERY_WORDS ? BODY_ONLY_WORD_WEIGHT : 1)}
    word_hits AS MATERIALIZED (
      SELECT r.i, r.entity_type, r.entity_id, r.language, r.sort_date, r.content_hash, r.weight FROM word_reads r JOIN weights w ON w.i = r.i AND NOT w.common
      ${
        conceptReads.length + tailReads.length === 0
          ? ''
          : // A word's terms (or compound's part) found in more than WORD_CAP documents are too
            // general to tell anything.
            `UNION ALL
             SELECT (r.i - 1) % ${n} + 1 AS i, r.entity_type, r.entity_id, r.language, r.sort_date, r.content_hash, r.weight
             FROM word_reads r
             WHERE r.i > ${n} AND r.i IN (SELECT c.i FROM word_reads c WHERE c.i > ${n} GROUP BY c.i HAVING count(*) <= ${wordCap})`
      }),`;
}

/**
 * The reads of the query words' vocabulary terms (see wordSteps), numbered after the n words.
 */
function conceptReadSteps(m: MatchContext, n: number): string[] {
  const { wordCap } = m;
  // A word's vocabulary terms, read apart (numbered after the words): found in the title or
  // summary, or else in the body, as a stem would be; negative, so that scoring can tell them
  // apart. Never in labels: organization names hold such terms by accident ("Citysamverkan
  // Örebro"), and topic labels carry their own translations.
  // Words of one multi-word term ("kaupunkikeskustan kehittäminen") share its terms: read once.
  // Once the index has common words, each term is read on its own and the reads merged: as one
  // tsquery of all of a word's terms (up to MAX_ALTERNATIVES phrases), the index tested the whole
  // query against every document holding any of their words, and the word positions of each
  // such title against every phrase (the search for "Leerstand" took 327 ms at 100,000 records,
  // 129 ms term by term). A document found through several terms counts once, by its best field;
  // a term read to the cap makes the word's terms too general to count (word_hits), whichever
  // documents it stopped at.
  const readers = new Map<string, { terms: { q: string; inBodies: boolean }[]; numbers: number[] }>();
  m.concepts.forEach((terms, i) => {
    if (terms.length === 0) return;
    const key = terms.map((t) => `${t.q}${t.inBodies ? '+' : ''}`).join(' ');
    const reader = readers.get(key) ?? { terms, numbers: [] };
    reader.numbers.push(n + i + 1);
    readers.set(key, reader);
  });
  const termRead = (vector: string, q: string, weight: number) =>
    `(SELECT d.entity_type, d.entity_id, d.language, d.sort_date, d.content_hash, ${weight}::float8 AS weight
      FROM ${m.source} WHERE d.${vector} @@ ${q} AND ${m.where} LIMIT ${wordCap} + 1)`;
  // Terms of common words only are read in titles and summaries (see affordableTerms).
  const apart = (terms: { q: string; inBodies: boolean }[]) =>
    `SELECT t.entity_type, t.entity_id, t.language, t.sort_date, t.content_hash, NULL::uuid AS city,
            min(t.weight) AS weight
     FROM (${terms
       .flatMap(({ q, inBodies }) => [
         termRead('head', q, CONCEPT_IN_HEAD),
         ...(inBodies ? [termRead('body_vector', q, CONCEPT_IN_BODY)] : []),
       ])
       .join(' UNION ALL ')}) t
     GROUP BY t.entity_type, t.entity_id, t.language, t.sort_date, t.content_hash
     LIMIT ${wordCap} + 1`;
  // Until the index has a common word (a small one, as the embedded default's) no term costs
  // much, and one read of them all keeps the statement small: embedded PGlite's memory grows to
  // its largest statement (7 MiB more after the README tour with the terms read apart). The same
  // documents and weights either way.
  const any = (qs: string[]) => (qs.length === 1 ? qs[0]! : `(${qs.join(' || ')})`);
  const together = (terms: { q: string; inBodies: boolean }[]) => {
    const head = any(terms.map((t) => t.q));
    const bodies = terms.filter((t) => t.inBodies).map((t) => t.q);
    return `SELECT d.entity_type, d.entity_id, d.language, d.sort_date, d.content_hash, NULL::uuid AS city,
                   CASE WHEN d.head @@ ${head} THEN ${CONCEPT_IN_HEAD} ELSE ${CONCEPT_IN_BODY} END::float8 AS weight
            FROM ${m.source} WHERE (d.head @@ ${head}${bodies.length > 0 ? ` OR d.body_vector @@ ${any(bodies)}` : ''})
              AND ${m.where}
            LIMIT ${wordCap} + 1`;
  };
  const read = m.statistics.common.size > 0 ? apart : together;
  return [...readers.values()].map(
    ({ terms, numbers }) =>
      `(SELECT u.i, r.* FROM (${read(terms)}) r
        CROSS JOIN unnest('{${numbers.join(',')}}'::int[]) AS u(i))`,
  );
}

/**
 * Each word's idf (BM25's), weighted for names (`nameWeights`: NAME_WEIGHT for a word typed as a
 * name, else 1). A town's name keeps at least NAME_SHARE of the other words' weight: a name whose
 * documents are mostly one town's, or a place the directory knows by that name (`knownPlaces`),
 * whose documents include others that merely mention it.
 */
function weightSteps(
  wordCap: string,
  nameWeights: string,
  knownPlaces: string,
  ownDocuments: string,
  bodyOnlyWeight: number,
): string {
  return `rarity AS MATERIALIZED (
      -- BM25's idf, over all documents or over the query language's, whichever is lower (a
      -- name's over all: a town's name is in many of its own language's documents).
      SELECT f.i, f.df > ${wordCap} AS common, (${nameWeights})[f.i] AS name_weight,
             CASE WHEN f.in_heads OR (${nameWeights})[f.i] <> 1 THEN 1 ELSE ${bodyOnlyWeight} END * least(ln(1 + (greatest(c.n, f.df) - f.df + 0.5) / (f.df + 0.5)),
                   CASE WHEN ${ownDocuments} >= ${OWN_LANGUAGE_MIN_DOCUMENTS} AND f.own_df > 0
                             AND (${nameWeights})[f.i] = 1
                        THEN ln(1 + (greatest(${ownDocuments}, f.own_df) - f.own_df + 0.5) / (f.own_df + 0.5)) END) AS idf
      FROM frequencies f, corpus c
    ),
    -- The share of a name's documents in its most frequent city: a town's name is mostly in that
    -- town's records, a country's or a region's in many towns'.
    places AS MATERIALIZED (
      SELECT c.i, coalesce(max(c.n) FILTER (WHERE c.city IS NOT NULL), 0)::float8 / sum(c.n) AS concentration
      -- Only from a name's complete read: a read stopped at the cap holds whichever documents
      -- the import's row order gave.
      FROM (SELECT r.i, r.city, count(*) AS n FROM word_reads r JOIN frequencies f ON f.i = r.i AND f.df <= ${wordCap}
            WHERE (${nameWeights})[r.i] <> 1 GROUP BY r.i, r.city) c
      GROUP BY c.i
    ),
    weights AS MATERIALIZED (
      SELECT r.i, r.common,
             CASE WHEN r.name_weight = 1 THEN r.idf
                  WHEN NOT (${knownPlaces})[r.i]
                       AND coalesce((SELECT pl.concentration FROM places pl WHERE pl.i = r.i), 0) <= ${PLACE_CONCENTRATION}
                    THEN r.name_weight * r.idf
                  ELSE greatest(r.name_weight * r.idf,
                                ${NAME_SHARE} * (SELECT coalesce(sum(o.idf), 0) FROM rarity o WHERE o.name_weight = 1)) END AS idf
      FROM rarity r
    ),`;
}

/**
 * Step 3: candidate_keys and candidates. Every word, when some word is common (its documents
 * were not all read): in the title, summary or labels first, then anywhere. Skipped at run time
 * when no word is common. A broad word (in a quarter of all titles) is left out of the test: its
 * index entries alone cost ~20 ms to read at 100,000 records, and it narrows nothing.
 */
function candidateSteps(m: MatchContext): string {
  const { groups, cap, any } = m;
  const broad = m.plan.groupLexemes.map((lexemes) => lexemes.some((l) => m.statistics.broad.has(l)));
  const narrowing = groups.filter((_, i) => !broad[i]);
  // Each tier reads only what the ones before left of the cap (LIMIT 0 never touches an index);
  // what is left is not even counted when no word is common (counting the hits cost ~0.7 ms).
  // A tier holding more than it may take gives its newest records (then by content hash): the
  // same ones on every import, where the order the index yielded them depended on the import's
  // physical row order (two imports of one collection had different top 10s).
  // The every-word tiers gather all their matches from the indexes, then sort (the fence): walking
  // the date index instead, PostgreSQL tested ~15,000 titles to find 250 of a Finnish word's
  // (70 ms at 100,000 records, against ~7 ms this way). The fill, a common word's many records,
  // walks the date index: its newest documents hold enough of them.
  const tier = (name: string, test: string, left: string, fenced = true) =>
    `${name} AS MATERIALIZED (
       SELECT * FROM (
         SELECT d.entity_type, d.entity_id, d.language, d.sort_date, d.content_hash FROM ${m.source}
         WHERE (SELECT bool_or(common) FROM weights) AND ${test} AND ${m.where} ${fenced ? 'OFFSET 0' : ''}) d
       ORDER BY d.sort_date DESC, d.entity_type DESC, d.content_hash, d.language
       LIMIT CASE WHEN (SELECT bool_or(common) FROM weights) THEN greatest(0, ${cap} - (${left})) ELSE 0 END),`;
  const counted = (ctes: string[]) => ctes.map((c) => `(SELECT count(*) FROM ${c})`).join(' + ') || '0';
  const inTitle = `d.head @@ (${narrowing.join(' && ')})`;
  const inHead = narrowing.map((g) => `(d.head @@ ${g} OR d.keywords @@ ${g})`).join(' AND ');
  // Title and summary first: a topic label can hold every word of a query ("levy on empty
  // shops"), and then hundreds of records of that topic would compete for the cap with the few
  // whose own title says it.
  const tiers =
    narrowing.length === 0
      ? ''
      : tier('every_word_in_title', inTitle, '0') +
        tier('every_word_in_head', `${inHead} AND NOT ${inTitle}`, counted(['every_word_in_title'])) +
        tier(
          'every_word',
          `${narrowing.map(m.anywhere).join(' AND ')} AND NOT (${inHead})`,
          counted(['every_word_in_title', 'every_word_in_head']),
        );
  const tierNames = narrowing.length === 0 ? [] : ['every_word_in_title', 'every_word_in_head', 'every_word'];
  // What is left of the cap when common words were not all read: records holding any word in
  // the title, summary or labels, the newest first (walking the date index: the newest
  // documents hold enough of them).
  const fill = tier(
    'any_word_in_head',
    `(d.head @@ ${any} OR d.keywords @@ ${any})`,
    `${counted(tierNames)} + (SELECT count(DISTINCT (h.entity_type, h.entity_id, h.language)) FROM word_hits h)`,
    false,
  );
  const noHits = groups.map((_, i) => `NULL::float8 AS h${i + 1}`).join(', ');
  const fromTier = (name: string, prior: string) =>
    `UNION ALL SELECT e.*, ${noHits}, ${prior}::float8 AS prior FROM ${name} e`;
  // A word's best evidence: as itself (positive) above any other way (negative, strongest lowest).
  const hitColumns = groups
    .map(
      (_, i) => `CASE WHEN max(k.h${i + 1}) > 0 THEN max(k.h${i + 1}) ELSE min(k.h${i + 1}) END AS h${i + 1}`,
    )
    .join(', ');
  const hitPivot = groups.map((_, i) => `CASE WHEN h.i = ${i + 1} THEN h.weight END AS h${i + 1}`).join(', ');
  return `${tiers}
    ${fill}
    candidate_keys AS MATERIALIZED (
      SELECT k.entity_type, k.entity_id, k.language, ${hitColumns} FROM (
        SELECT h.entity_type, h.entity_id, h.language, h.sort_date, h.content_hash, ${hitPivot},
               w.idf * CASE WHEN h.weight < 0 THEN ${CONCEPT_COVERAGE} * (1 - h.weight) ELSE 1 + h.weight END AS prior
        FROM word_hits h JOIN weights w ON w.i = h.i
        ${tierNames.map((name, i) => fromTier(name, `${3 - i}e9`)).join('\n        ')}
        ${fromTier('any_word_in_head', '0')}
      ) k
      GROUP BY 1, 2, 3
      -- Ties (records holding the same words in the same fields) go to the newer record, as in
      -- the ranking, then by content: never to whichever random id an import drew.
      ORDER BY sum(k.prior) DESC, max(k.sort_date) DESC, min(k.content_hash), 1, 2, 3
      LIMIT ${cap}
    ),
    ${candidatesStep(m)}`;
}

/**
 * The candidates' rows, materialized with the labels decompressed once (strip copies them): each
 * test of the next steps would otherwise decompress them again. An excluded word in any of a
 * record's languages excludes the record (its English translation says "jazz", its Lithuanian
 * one "džiazo").
 */
function candidatesStep(m: MatchContext): string {
  const exclusions = m.plan.excluded.map((q) => m.p.add(q, '::tsquery'));
  const excluded =
    exclusions.length === 0
      ? ''
      : `WHERE NOT EXISTS (
           SELECT 1 FROM search_document x
           WHERE x.entity_type = d.entity_type AND x.entity_id = d.entity_id
             AND (${exclusions.map((q) => `x.head @@ ${q} OR x.keywords @@ ${q} OR x.body_vector @@ ${q}`).join(' OR ')}))`;
  return `candidates AS MATERIALIZED (
      SELECT d.entity_type, d.entity_id, d.language, d.is_original, d.title, d.country_codes, d.city_ids,
             d.topic_ids, d.network_ids, d.year, d.sort_date, d.content_hash, d.head, strip(d.keywords) AS keywords, ${m.groups.map((_, i) => `k.h${i + 1}`).join(', ')}
      FROM candidate_keys k JOIN search_document d USING (entity_type, entity_id, language)
      ${excluded}
    ),`;
}

/**
 * Step 4: evidence and scored. Per word its field weight (from word_hits; a common word is
 * looked up in the candidate's title, summary and labels; a year in the query also matches the
 * record's year). Hits, the count and the facets all come from here: a record the index is
 * behind on is judged by its live row (`live`: a practice just made private is not counted).
 */
function scoringSteps(m: MatchContext, live: string): string {
  const { p, plan, groups, idf } = m;
  const evidence = groups.map((_, i) => {
    const year = plan.groupYears[i];
    const fromHits = `coalesce(c.h${i + 1}, 0)`;
    // A common word is looked up in the candidate; its vocabulary terms may still be among its hits.
    const found = `CASE WHEN ${m.common(i)} THEN coalesce(nullif(${m.ladder(i, 'c.head', 'c.keywords', 0)}, 0), c.h${i + 1}, 0) ELSE ${fromHits} END`;
    return year == null
      ? `${found} AS f${i + 1}`
      : `greatest(${found}, CASE WHEN c.year = ${p.add(year, '::int')} THEN ${FIELD_WEIGHT.year} ELSE 0 END) AS f${i + 1}`;
  });
  // The body is the lowest field weight: above it, the word is in a title, summary or label.
  const bodyCoverage = (i: number) =>
    plan.groupPlaces[i]
      ? PLACE_IN_BODY_COVERAGE
      : groups.length >= LONG_QUERY_WORDS
        ? BODY_COVERAGE_IN_LONG_QUERIES
        : 1;
  const coverage = groups
    .map(
      (_, i) =>
        `${idf(i)} * CASE WHEN e.f${i + 1} > ${FIELD_WEIGHT.body} THEN 1 WHEN e.f${i + 1} > 0 THEN ${bodyCoverage(i)} WHEN e.f${i + 1} < ${CONCEPT_IN_BODY} THEN 1 WHEN e.f${i + 1} < ${TAIL_IN_HEAD} THEN ${CONCEPT_COVERAGE} WHEN e.f${i + 1} = ${TAIL_IN_HEAD} THEN ${TAIL_IN_HEAD_COVERAGE} WHEN e.f${i + 1} < 0 THEN ${TAIL_IN_BODY_COVERAGE} ELSE 0 END`,
    )
    .join(' + ');
  const field = groups.map((_, i) => `${idf(i)} * abs(e.f${i + 1})`).join(' + ');
  const pairs = plan.pairs.map((q) => p.add(q, '::tsquery'));
  // The share of the query's word pairs a title or summary holds as written: the concept, not
  // only its words ("naktinė ekonomika" rather than a night market and the economy of a town).
  const together =
    pairs.length === 0
      ? '0'
      : `(${pairs.map((q) => `CASE WHEN c.head @@ ${q} THEN 1 ELSE 0 END`).join(' + ')})::float8 / ${pairs.length}`;
  const typed = p.add(plan.asTyped, '::tsquery');
  return `evidence AS (
      SELECT c.entity_type, c.entity_id, c.language, c.is_original, c.title, c.country_codes, c.city_ids,
             c.topic_ids, c.network_ids, c.year, c.sort_date, c.content_hash,
             (c.head @@ ${m.any} OR c.keywords @@ ${m.any}) AS in_head,
             ts_rank('{0.05, 0.1, 0.3, 1.0}', c.head, ${m.exact}) AS proximity,
             (c.head @@ ${typed} OR c.keywords @@ ${typed}) AS as_typed,
             ${together} AS together,
             ${evidence.join(',\n             ')}
      FROM candidates c
      WHERE ${live}
    ),
    scored AS (
      SELECT e.entity_type, e.entity_id, e.language, e.is_original, e.title, e.country_codes, e.city_ids,
             e.topic_ids, e.network_ids, e.year, e.sort_date, e.content_hash, e.in_head,
             round((
               (${COVERAGE_WEIGHT} * (${coverage}) + (${field})) / nullif(${groups.map((_, i) => idf(i)).join(' + ')}, 0)
               + 0.3 * e.proximity
               + ${PAIR_WEIGHT} * e.together
               + CASE WHEN e.as_typed THEN 0.1 ELSE 0 END
               + CASE WHEN e.language = ${m.locale} THEN 0.05 ELSE 0 END)::numeric, 6) AS score
      FROM evidence e
    ),`;
}

/** Step 5: ranked, records and page — one hit per record (its best language version). */
function pageSteps(m: MatchContext, after: MatchCursor | null, first: number): string {
  const { p } = m;
  const page = after
    ? `WHERE (r.entity_score, r.entity_type, r.entity_id) < (${p.add(after.k, '::numeric')}, ${p.add(after.t, '::text')}, ${p.add(after.i, '::uuid')})`
    : '';
  const limit = p.add(first + 1, '::int');
  return `ranked AS (
      SELECT s.*,
             -- The date breaks ties (newest first), in the key itself so that pages follow it.
             -- Then 52 bits of its content's hash, below the date's last second (and the key
             -- within a cursor's 40 characters): the same order on every import (never the random
             -- ids), even for two records of one name and date.
             max(s.score) OVER w + round(extract(epoch FROM max(s.sort_date) OVER w)::numeric / 1e16, 16)
               + ((min(s.content_hash) OVER w) & 4503599627370495)::numeric / 1e32 AS entity_score,
             row_number() OVER (w ORDER BY s.language = ${m.locale} DESC, s.score DESC, s.is_original DESC, s.language) AS pick
      FROM scored s WINDOW w AS (PARTITION BY s.entity_type, s.entity_id)
    ),
    records AS (SELECT * FROM ranked WHERE pick = 1),
    page AS (
      SELECT r.* FROM records r ${page}
      ORDER BY r.entity_score DESC, r.entity_type DESC, r.entity_id DESC LIMIT ${limit}
    )`;
}

/** The one row returned: the count, whether it is capped, the facets and the page's hits. */
function resultSelect(m: MatchContext): string {
  const { p } = m;
  const headline = p.add(HEADLINE_OPTIONS, '::text');
  const phraseCap = m.phrases
    ? ` OR (SELECT count(*) >= ${p.add(PHRASE_POOL, '::int')} FROM phrase_pool)`
    : '';
  return `SELECT (SELECT count(*)::int FROM records) AS total,
           (SELECT bool_or(common) FROM weights) OR (SELECT count(*) >= ${m.cap} FROM candidate_keys)${phraseCap} AS capped,
           ${facetsSql('records', 'scored', m.facets)} AS facets,
           (SELECT json_agg(json_build_object(
               'type', pg.entity_type, 'id', pg.entity_id, 'language', pg.language, 'title', pg.title,
               'score', pg.entity_score::text, 'key', pg.entity_score::text,
               -- From the summary when the record matched in its title or summary (a fifth of
               -- the text to highlight), else the body.
               'snippet', ts_headline(px_search_config(pg.language),
                                      CASE WHEN pg.in_head AND t.summary <> '' THEN t.summary
                                           ELSE left(t.summary || E'\\n' || t.body, 4000) END,
                                      ${[m.exact, m.any, ...new Set(m.concepts.flat().map((t) => t.q))].join(' || ')}, ${headline}))
             ORDER BY pg.entity_score DESC, pg.entity_type DESC, pg.entity_id DESC)
            FROM page pg JOIN search_document t
              ON t.entity_type = pg.entity_type AND t.entity_id = pg.entity_id AND t.language = pg.language) AS hits`;
}

/**
 * Where word `i` of the query is found in a document (alias `d`): the best field's weight, the
 * word as typed above its stems; `otherwise` when in none of the title, summary and labels.
 */
function fieldLadder(
  plan: QueryPlan,
  p: Params,
  anyField: readonly string[],
): (i: number, head: string, keywords: string, otherwise: number) => string {
  const title = plan.titleGroups.map((g) => p.add(g, '::tsquery'));
  const typed = plan.typedGroups.map((g) => p.add(g, '::tsquery'));
  const typedTitle = plan.typedTitleGroups.map((g) => p.add(g, '::tsquery'));
  // Most documents hold a word in one field only: the title/summary test comes first, so a body
  // match costs two tests, not five. A known place's label is the record's own place, as sure as
  // its title naming it, whatever its text says: "drsališče Nova Gorica" ranks Nova Gorica's rink
  // (its summary says "v Novi Gorici") above a Nova Gorica record on rents that mentions the rink.
  return (
    i,
    head,
    keywords,
    otherwise,
  ) => `CASE ${plan.groupPlaces[i] ? `WHEN ${keywords} @@ ${anyField[i]} THEN ${FIELD_WEIGHT.title}` : ''}
                 WHEN NOT ${head} @@ ${anyField[i]}
                   THEN CASE WHEN ${keywords} @@ ${anyField[i]} THEN ${FIELD_WEIGHT.keywords} ELSE ${otherwise} END
                 WHEN ${head} @@ ${typedTitle[i]} THEN ${FIELD_WEIGHT.title}
                 WHEN ${head} @@ ${title[i]} THEN ${FIELD_WEIGHT.title * STEMMED}
                 WHEN ${head} @@ ${typed[i]} THEN ${FIELD_WEIGHT.summary}
                 ELSE ${FIELD_WEIGHT.summary * STEMMED} END`;
}

/**
 * Phrases: the documents holding all their words come from the indexes, filtered, and only the
 * first PHRASE_POOL of them (those with the words in the title or summary first) are checked for
 * the phrase itself, so a phrase of common words costs a bounded amount and the result says it
 * is an estimate. A record whose labels (topic, place, organization) hold every word of the
 * phrase matches too: it is tagged with that very thing, in whatever language its text is
 * ("town centre management" finds a Swedish record on centrumutveckling). English text must hold
 * the phrase as typed as well (see englishPhrasePattern), read from the stored text only for the
 * few records the index check lets through. Exclusions are checked there too. Null without
 * phrases.
 */
function phraseSteps(plan: QueryPlan, filters: string[], p: Params): string | null {
  if (plan.required.length === 0) return null;
  const columns = `d.entity_type, d.entity_id, d.language, d.is_original, d.title, d.country_codes,
    d.city_ids, d.topic_ids, d.network_ids, d.year, d.sort_date, d.content_hash, d.head, d.keywords, d.body_vector`;
  const poolWords = plan.requiredWords.map((w) => p.add(w, '::tsquery'));
  const checks = plan.required.map((q, i) => {
    const r = p.add(q, '::tsquery');
    const pattern = p.add(plan.requiredInEnglish[i]!, '::text');
    const asTyped = `(d.language <> ALL(${p.add(EXACT_PHRASE_LANGUAGES, '::text[]')}) OR EXISTS (
        SELECT 1 FROM search_document t
        WHERE (t.entity_type, t.entity_id, t.language) = (d.entity_type, d.entity_id, d.language)
          AND px_unaccent(concat_ws(' ', t.title, t.summary, t.body)) ~* ${pattern}))`;
    return `(((d.head @@ ${r} OR d.body_vector @@ ${r}) AND ${asTyped}) OR d.keywords @@ ${poolWords[i]})`;
  });
  const inHead = poolWords.map((w) => `d.head @@ ${w}`).join(' AND ');
  const anywhere = poolWords
    .map((w) => `(d.head @@ ${w} OR d.body_vector @@ ${w} OR d.keywords @@ ${w})`)
    .join(' AND ');
  const pool = p.add(PHRASE_POOL, '::int');
  const where = filters.join(' AND ') || 'TRUE';
  return `phrase_pool AS MATERIALIZED (
      SELECT * FROM (
        (SELECT * FROM (SELECT ${columns} FROM search_document d WHERE ${inHead} AND ${where} OFFSET 0) in_head
         LIMIT ${pool})
        UNION ALL
        (SELECT * FROM (SELECT ${columns} FROM search_document d
                        WHERE ${anywhere} AND NOT (${inHead}) AND ${where} OFFSET 0) in_body
         LIMIT ${pool})) pooled
      LIMIT ${pool}),
    phrase_matches AS MATERIALIZED (SELECT * FROM phrase_pool d WHERE ${checks.join(' AND ')}),`;
}

/**
 * Facet counts per record (language: records matching in that language), for the facets asked
 * for: one pass over the ranked records, one grouping, the top FACET_VALUES of each kept. Seven
 * separate counts cost ~1.8 ms a search at 100,000 records, most of it per-count overhead.
 */
export function facetsSql(records: string, documents: string, names: readonly FacetName[]): string {
  const values: Record<FacetName, string> = {
    type: `SELECT 'type', entity_type::text, entity_type, entity_id FROM ${records}`,
    country: `SELECT 'country', unnest(country_codes)::text, entity_type, entity_id FROM ${records}`,
    city: `SELECT 'city', unnest(city_ids)::text, entity_type, entity_id FROM ${records}`,
    // A record in three languages counts once in each of them.
    language: `SELECT DISTINCT 'language', language::text, entity_type, entity_id FROM ${documents}`,
    topic: `SELECT 'topic', unnest(topic_ids)::text, entity_type, entity_id FROM ${records}`,
    network: `SELECT 'network', unnest(network_ids)::text, entity_type, entity_id FROM ${records}`,
    year: `SELECT 'year', year::text, entity_type, entity_id FROM ${records} WHERE year IS NOT NULL`,
  };
  const wanted = FACET_NAMES.filter((name) => names.includes(name));
  if (wanted.length === 0) return `'{}'::json`;
  // No records, no groups: an empty object, not null.
  return `(SELECT coalesce(json_object_agg(f.name, f.counts), '{}'::json) FROM (
      SELECT c.name, json_agg(json_build_object('value', c.value, 'count', c.count) ORDER BY c.count DESC, c.value) AS counts
      FROM (SELECT v.name, v.value, count(*)::int AS count,
                   row_number() OVER (PARTITION BY v.name ORDER BY count(*) DESC, v.value) AS rank
            FROM (${wanted.map((name) => values[name]).join(' UNION ALL ')}) v(name, value, entity_type, entity_id)
            GROUP BY v.name, v.value) c
      WHERE c.rank <= ${FACET_VALUES}
      GROUP BY c.name) f)`;
}
