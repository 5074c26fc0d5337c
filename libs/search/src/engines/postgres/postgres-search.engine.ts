import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestDeadline } from '#core';
import {
  FACET_NAMES,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  InvalidSearchCursorError,
  type EngineHealth,
  type FacetCount,
  type IndexEntry,
  type ReindexSource,
  type SearchDocument,
  type SearchEngine,
  type SearchFacets,
  type SearchHit,
  type SearchPage,
  type SearchRequest,
  type SearchableType,
} from '../../engine/search-engine.js';
import { buildQueryPlan, type QueryPlan, type WordAnalysis } from './build-tsquery.js';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parse-query.js';
import { Params, accessCondition, filterConditions, liveAccessCondition } from './sql-conditions.js';
import { LIGHTLY_STEMMED_LANGUAGES, slovenianStems } from './slovenian-stems.js';

/**
 * Each step works on at most this many documents: ranking, facets and the count of a broad query
 * come from the first CANDIDATE_CAP title/summary matches the index yields (then body-only
 * matches up to the same cap), and the result says so with totalCountIsEstimate. Ranking every
 * hit of a common word, or reading them in date order, is what made the naive design an order
 * of magnitude slower (see DESIGN.md, Performance).
 */
export const CANDIDATE_CAP = 500;
/** A lexeme in at least this share of documents makes a query broad (see isBroad). */
const BROAD_FREQUENCY = 0.25;
const COMMON_LEXEMES_TTL_MS = 5 * 60_000;
/** Documents whose word positions a phrase search checks at most. */
export const PHRASE_POOL = 1000;
const FACET_VALUES = 50;
/**
 * Configurations a query word is stemmed with (the documents' own; others fall back to simple).
 * Bodies in these languages are indexed stemmed only (see insertDocuments).
 */
const QUERY_CONFIGS = ['english', 'lithuanian', 'swedish', 'finnish', 'german', 'simple'];
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

interface Cursor {
  /** Hash of everything but `after`: a cursor only continues the search it came from. */
  h: string;
  /** Sort key: score (query) or ISO date (listing), then type and id. */
  k: string;
  t: SearchableType;
  i: string;
}

interface RawResult {
  total: number;
  capped: boolean;
  facets: Record<string, FacetCount[] | null>;
  hits:
    | {
        type: SearchableType;
        id: string;
        language: string;
        title: string;
        snippet: string;
        score: string;
        key: string;
      }[]
    | null;
}

/** The default engine: PostgreSQL full-text search (also on embedded PGlite). */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  private common: { readAt: number; lexemes: Set<string> } | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async index(entries: IndexEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.dataSource.transaction(async (em) => {
      await this.deleteRecords(em, entries);
      await this.insertDocuments(
        em,
        entries.flatMap((e) => e.documents),
      );
    });
    await this.mergePendingEntries();
  }

  /**
   * Folds the GIN pending lists (fastupdate) into the indexes now, in bulk, so writes stay cheap
   * and searches never scan a long pending list. The word list's trigram index too: left alone,
   * its whole vocabulary sat in the pending list and every typo lookup read all of it (16 ms for
   * 22,000 words, 1.8 ms merged).
   */
  private async mergePendingEntries(): Promise<void> {
    await this.dataSource.query(
      `SELECT gin_clean_pending_list(i.indexrelid)
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
       WHERE i.indrelid IN ('search_document'::regclass, 'search_word'::regclass) AND a.amname = 'gin'`,
    );
  }

  async remove(records: { type: SearchableType; entityId: string }[]): Promise<void> {
    if (records.length === 0) return;
    await this.dataSource.transaction((em) => this.deleteRecords(em, records));
  }

  /**
   * Record by record (each replaced atomically, so searches keep working), then whatever was not
   * rewritten is gone from the database and leaves the index. The word list is swept the same
   * way: every word written meanwhile is touched, and words no document uses any more (typo
   * tolerance would suggest them, and find nothing) are deleted. Works on a single connection.
   */
  async reindex(source: ReindexSource): Promise<{ documents: number }> {
    const [{ started }] = (await this.dataSource.query(
      `INSERT INTO search_word_sweep (id, started_at) VALUES (1, clock_timestamp())
       ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at RETURNING started_at::text AS started`,
    )) as [{ started: string }]; // as text: a JavaScript Date would drop the microseconds
    let documents = 0;
    try {
      for await (const batch of source.batches) {
        await this.index(batch);
        documents += batch.reduce((n, e) => n + e.documents.length, 0);
      }
      await this.dataSource.query(`DELETE FROM search_document WHERE indexed_at < $1::timestamptz`, [
        started,
      ]);
      await this.dataSource.query(`DELETE FROM search_word WHERE seen_at < $1::timestamptz`, [started]);
    } finally {
      await this.dataSource.query(`DELETE FROM search_word_sweep WHERE started_at = $1::timestamptz`, [
        started,
      ]);
    }
    await this.dataSource.query(`ANALYZE search_document`);
    await this.dataSource.query(`ANALYZE search_word`);
    return { documents };
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.dataSource.query(`SELECT 1 FROM search_document LIMIT 1`);
      return { up: true };
    } catch (error) {
      return { up: false, detail: error instanceof Error ? error.message : 'unavailable' };
    }
  }

  async search(request: SearchRequest): Promise<SearchPage> {
    const parsed = parseQuery(request.query);
    const hash = searchHash(request, parsed);
    const after = request.after === null ? null : decodeCursor(request.after, hash);
    const raw = await this.readOnly(request.deadline, async (em) => {
      if (isEmptyQuery(parsed)) return this.list(em, request, after);
      const analysis = await this.analyse(em, parsed, request.locale);
      // Filters make a walk in date order read proportionally more rows; their indexes serve better.
      const broad = Object.keys(request.filter).length === 0 && (await this.isBroad(em, analysis));
      return this.match(em, request, buildQueryPlan(parsed, analysis), after, broad);
    });
    const rows = raw.hits ?? [];
    const hits: SearchHit[] = rows.slice(0, request.first).map((h) => ({
      type: h.type,
      entityId: h.id,
      language: h.language,
      title: h.title,
      snippet: h.snippet,
      score: Number(h.score),
      cursor: encodeCursor({ h: hash, k: h.key, t: h.type, i: h.id }),
    }));
    const facets = Object.fromEntries(
      FACET_NAMES.map((name) => [name, raw.facets[name] ?? []]),
    ) as SearchFacets;
    return {
      hits,
      totalCount: raw.total,
      totalCountIsEstimate: raw.capped,
      hasNextPage: rows.length > request.first,
      facets,
    };
  }

  /** One round trip: each word's lexemes under every configuration, stop words, typo fixes. */
  /**
   * Searches run with sequential scans discouraged: the planner prices `@@` as cheap and may read
   * the whole table, unpacking every compressed body vector, to find a few rows the GIN index
   * would have pointed to directly. One transaction, so the setting stays with this search.
   */
  private readOnly<T>(
    deadline: RequestDeadline | undefined,
    work: (em: EntityManager) => Promise<T>,
  ): Promise<T> {
    const search = () =>
      this.dataSource.transaction(async (em) => {
        // One round trip (no parameters: the simple protocol runs several statements). Parallel
        // workers cost more to start than these small, capped reads. The request's time budget
        // left once a connection is free bounds every statement (checked here, not before waiting).
        const timeout = deadline?.statementTimeoutSql();
        await em.query(
          `SET TRANSACTION READ ONLY; SET LOCAL enable_seqscan = off; SET LOCAL max_parallel_workers_per_gather = 0${timeout ? `; ${timeout}` : ''}`,
        );
        return work(em);
      });
    return deadline ? deadline.run(search) : search();
  }

  /**
   * Whether a query word is among the most common lexemes of titles and summaries (PostgreSQL's
   * own statistics, read every few minutes): at least BROAD_FREQUENCY of all documents.
   */
  private async isBroad(em: EntityManager, analysis: Map<string, WordAnalysis>): Promise<boolean> {
    if (!this.common || Date.now() - this.common.readAt > COMMON_LEXEMES_TTL_MS) {
      const [stats] = (await em.query(
        `SELECT most_common_elems::text::text[] AS lexemes, most_common_elem_freqs AS frequencies
         FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'search_document' AND attname = 'head'`,
      )) as { lexemes: string[] | null; frequencies: number[] | null }[];
      const common = new Set<string>();
      stats?.lexemes?.forEach((lexeme, i) => {
        if ((stats.frequencies?.[i] ?? 0) >= BROAD_FREQUENCY) common.add(lexeme);
      });
      this.common = { readAt: Date.now(), lexemes: common };
    }
    const common = this.common.lexemes;
    return [...analysis.values()].some((a) => !a.stop && a.lexemes.some((l) => common.has(l)));
  }

  private async analyse(
    em: EntityManager,
    parsed: ParsedQuery,
    locale: string | null,
  ): Promise<Map<string, WordAnalysis>> {
    const words = [...new Set([...parsed.words, ...parsed.phrases.flat(), ...parsed.excluded.flat()])];
    const rows = (await em.query(
      `SELECT w.word, px_unaccent(w.word) AS plain,
         ARRAY(SELECT DISTINCT l FROM unnest($2::regconfig[]) AS c(cfg),
               unnest(tsvector_to_array(to_tsvector(c.cfg, w.word) || to_tsvector(c.cfg, px_unaccent(w.word))
                                        -- Slovenian documents also hold their words' light stems.
                                        || to_tsvector('pg_catalog.simple', px_unaccent(w.stem)))) AS l
               ORDER BY l) AS lexemes,
         (numnode(plainto_tsquery(px_search_config($3), w.word)) = 0
           OR numnode(plainto_tsquery('pg_catalog.english', w.word)) = 0) AS stop,
         -- Close words, and their stems: bodies keep only the stemmed form of their words.
         ARRAY(SELECT DISTINCT f FROM unnest(close.words) AS cw(word), unnest($2::regconfig[]) AS c(cfg),
               unnest(array_append(tsvector_to_array(to_tsvector(c.cfg, cw.word)), cw.word)) AS f
               ORDER BY f) AS fuzzy
       FROM unnest($1::text[], $4::text[]) AS w(word, stem),
         LATERAL (SELECT CASE
           WHEN length(w.word) < 4 OR EXISTS (SELECT 1 FROM search_word k WHERE k.word = px_unaccent(w.word))
           THEN ARRAY[]::text[]
           -- Close words: trigram-similar (the index finds them), sharing the first letter (people
           -- rarely mistype it; it also keeps nonsense from matching), and either one edit away
           -- (two from six letters on), or the same word with another ending — the last three
           -- letters of a word of eight or more ("prireditvami" → "prireditve": Slovenian has no
           -- stemmer). A made-up word on a real stem ("festivalinskas") is neither.
           ELSE ARRAY(SELECT s.word FROM search_word s, LATERAL (SELECT px_unaccent(w.word) AS q) typed
                      WHERE s.word % typed.q AND left(s.word, 1) = left(typed.q, 1)
                        AND (levenshtein_less_equal(s.word, typed.q, 2) <= CASE WHEN length(typed.q) >= 6 THEN 2 ELSE 1 END
                             OR (length(typed.q) >= 8 AND length(s.word) <= length(typed.q) + 3
                                 AND left(s.word, length(typed.q) - 3) = left(typed.q, length(typed.q) - 3)))
                      ORDER BY levenshtein_less_equal(s.word, typed.q, 4), similarity(s.word, typed.q) DESC, s.word
                      LIMIT 3)
         END AS words) AS close`,
      [words, QUERY_CONFIGS, locale ?? 'en', words.map(slovenianStems)],
    )) as WordAnalysis[];
    return new Map(rows.map((r) => [r.word, r]));
  }

  /** A query: candidates from the GIN indexes, capped; ranked; one hit per record. */
  private async match(
    em: EntityManager,
    request: SearchRequest,
    plan: QueryPlan,
    after: Cursor | null,
    broad: boolean,
  ): Promise<RawResult> {
    const p = new Params();
    const any = p.add(plan.any, '::tsquery');
    const filters = [...filterConditions(request.filter, p), accessCondition(request.reader, p)];
    // Bodies are read only where needed: body-only candidates, and the snippets of one page.
    const columns = `d.entity_type, d.entity_id, d.language, d.is_original, d.title,
      d.country_codes, d.city_ids, d.topic_ids, d.network_ids, d.year, d.sort_date, d.head, d.keywords`;
    // Phrases: the documents holding all their words come from the indexes, filtered, and only
    // the first PHRASE_POOL of them are candidates, so a phrase of common words costs a bounded
    // amount (and the result says it is an estimate). Candidates then come from that pool, read
    // once: its body vectors stay compressed and unread unless a check needs them.
    const fromPool = plan.required.length > 0;
    const exclusions = plan.excluded.map((q) => p.add(q, '::tsquery'));
    const checks = [
      // Title/summary first: a phrase found there never reads the body.
      ...plan.required.map((q) => {
        const r = p.add(q, '::tsquery');
        return `(d.head @@ ${r} OR d.body_vector @@ ${r})`;
      }),
      ...exclusions.map((x) => `NOT (d.head @@ ${x} OR d.keywords @@ ${x} OR d.body_vector @@ ${x})`),
    ];
    // Documents holding every word of the phrases, those with them in the title or summary first:
    // for common words these fill the pool, and the body index (the largest) is not read.
    const poolWords = plan.requiredWords.map((w) => p.add(w, '::tsquery'));
    const inHead = poolWords.map((w) => `d.head @@ ${w}`).join(' AND ');
    const anywhere = poolWords.map((w) => `(d.head @@ ${w} OR d.body_vector @@ ${w})`).join(' AND ');
    const pool = fromPool ? p.add(PHRASE_POOL, '::int') : '';
    const phrasePool = fromPool
      ? `phrase_pool AS MATERIALIZED (
           SELECT * FROM (
             (SELECT * FROM (
                SELECT ${columns}, d.body_vector FROM search_document d
                WHERE ${inHead} AND ${filters.join(' AND ')} OFFSET 0) in_head
              LIMIT ${pool})
             UNION ALL
             (SELECT * FROM (
                SELECT ${columns}, d.body_vector FROM search_document d
                WHERE ${anywhere} AND NOT (${inHead}) AND ${filters.join(' AND ')} OFFSET 0) in_body
              LIMIT ${pool})) pooled
           LIMIT ${pool}),
         -- The phrase and exclusion checks run once per pooled document: each may unpack a body
         -- vector, and the candidate steps would otherwise repeat them.
         phrase_matches AS MATERIALIZED (SELECT * FROM phrase_pool d WHERE ${checks.join(' AND ')}),`
      : '';
    const source = fromPool ? 'phrase_matches d' : 'search_document d';
    const where = fromPool ? 'TRUE' : [...filters, ...checks].join(' AND ') || 'TRUE';
    const exact = p.add(plan.exact, '::tsquery');
    // Coverage as plain expressions (one per word), not a subquery per candidate.
    const groups = plan.groups.length > 1 ? plan.groups.map((g) => p.add(g, '::tsquery')) : [];
    const covered = (test: (g: string) => string) =>
      groups.length === 0
        ? '1'
        : `((${groups.map((g) => `CASE WHEN ${test(g)} THEN 1 ELSE 0 END`).join(' + ')})::numeric / ${groups.length})`;
    // A word as typed, not only its stem, in the title, summary or keywords (a topic's synonym):
    // "parking" ranks a car park above a science park (English stems both to "park"). One match
    // for all the words: counting them one by one cost a fifth more time on a whole question.
    const typed = p.add(plan.asTyped, '::tsquery');
    const asTyped = `CASE WHEN c.head @@ ${typed} OR c.keywords @@ ${typed} THEN 0.25 ELSE 0 END`;
    const locale = p.add(request.locale ?? '', '::text');
    const cap = p.add(CANDIDATE_CAP, '::int');
    const limit = p.add(request.first + 1, '::int');
    const live = liveAccessCondition(request.reader, p, 'c');
    const headline = p.add(HEADLINE_OPTIONS, '::text');
    const page = after
      ? `WHERE (r.entity_score, r.entity_type, r.entity_id) < (${p.add(after.k, '::numeric')}, ${p.add(after.t, '::text')}, ${p.add(after.i, '::uuid')})`
      : '';
    // Records holding every word come first, whatever the cap cuts off of the rest: the GIN
    // index finds them cheaply (it walks the rarest word's entries and skips in the others').
    const allWords = groups.length > 1 ? p.add(plan.groups.join(' & '), '::tsquery') : null;
    const headAll = allWords
      ? `(SELECT * FROM (
           SELECT ${columns}, NULL::tsvector AS body_vector, true AS in_head FROM ${source}
           WHERE (d.head @@ ${allWords} OR d.keywords @@ ${allWords}) AND ${where}
           OFFSET 0) every_word
         LIMIT ${cap}) UNION ALL `
      : '';
    const notAll = allWords ? `AND NOT (d.head @@ ${allWords} OR d.keywords @@ ${allWords})` : '';
    // A word in many documents: its index entries alone cost ~20 ms to read at 100,000 records,
    // while the newest documents hold enough matches; walk them in date order instead.
    const anyWord =
      broad && !fromPool
        ? `SELECT ${columns}, NULL::tsvector AS body_vector, true AS in_head FROM search_document d
         WHERE (d.head @@ ${any} OR d.keywords @@ ${any}) ${notAll} AND ${where}
         ORDER BY d.sort_date DESC, d.entity_type DESC, d.entity_id DESC LIMIT ${cap}`
        : `SELECT * FROM (
           SELECT ${columns}, NULL::tsvector AS body_vector, true AS in_head FROM ${source}
           WHERE (d.head @@ ${any} OR d.keywords @@ ${any}) ${notAll} AND ${where}
           OFFSET 0) matches
         LIMIT ${cap}`;
    // An Append runs its parts in order, so the LIMIT keeps every-word matches first.
    const headMatches = `SELECT * FROM (${headAll}(${anyWord})) candidates LIMIT ${cap}`;
    const [row] = (await em.query(
      `WITH ${phrasePool} head_candidates AS (${headMatches}),
       -- Body-only matches fill what title/summary matches left of the cap: a broad query never
       -- reads bodies at all. (OFFSET 0 keeps the LIMIT out of the planner's choice: matches are
       -- found through the GIN index, never by reading the table until enough turned up.)
       body_candidates AS (
         SELECT * FROM (
           SELECT ${columns}, d.body_vector, false AS in_head FROM ${source}
           WHERE d.body_vector @@ ${any} AND NOT (d.head @@ ${any} OR d.keywords @@ ${any}) AND ${where}
           OFFSET 0) matches
         LIMIT greatest(0, ${cap} - (SELECT count(*) FROM head_candidates))
       ),
       candidates AS (${
         // An excluded word in any of a record's languages excludes the record (its English
         // translation says "jazz", its Lithuanian one "džiazo").
         exclusions.length === 0
           ? `SELECT * FROM head_candidates UNION ALL SELECT * FROM body_candidates`
           : `SELECT * FROM (SELECT * FROM head_candidates UNION ALL SELECT * FROM body_candidates) c
              WHERE NOT EXISTS (
                SELECT 1 FROM search_document x
                WHERE x.entity_type = c.entity_type AND x.entity_id = c.entity_id AND x.language <> c.language
                  AND (${exclusions.map((q) => `x.head @@ ${q} OR x.keywords @@ ${q} OR x.body_vector @@ ${q}`).join(' OR ')}))`
       }),
       scored AS (
         -- Only light columns from here on: the vectors are not carried through sorts.
         SELECT c.entity_type, c.entity_id, c.language, c.is_original, c.title, c.country_codes, c.city_ids,
                c.topic_ids, c.network_ids, c.year, c.in_head, round((
             -- Coverage: the share of the query's words the record has. Title/summary matches are
             -- judged on title/summary alone, so their (large, compressed) bodies stay unread.
             CASE WHEN c.in_head THEN ${covered((g) => `c.head @@ ${g} OR c.keywords @@ ${g}`)}
                  ELSE ${covered((g) => `c.body_vector @@ ${g}`)} END
             + CASE WHEN c.in_head THEN 0.5 + ${asTyped} ELSE 0 END
             + ts_rank('{0.05, 0.1, 0.3, 1.0}', c.head, ${exact})
             + CASE WHEN c.language = ${locale} THEN 0.05 ELSE 0 END)::numeric, 6) AS score
         FROM candidates c
         -- Hits, the count and the facets all come from here: a record the index is behind on
         -- is judged by its live row (a practice just made private is not counted).
         WHERE ${live}
       ),
       ranked AS (
         SELECT s.*, max(s.score) OVER w AS entity_score,
                row_number() OVER (w ORDER BY s.language = ${locale} DESC, s.score DESC, s.is_original DESC, s.language) AS pick
         FROM scored s WINDOW w AS (PARTITION BY s.entity_type, s.entity_id)
       ),
       records AS (SELECT * FROM ranked WHERE pick = 1),
       page AS (
         SELECT r.* FROM records r ${page}
         ORDER BY r.entity_score DESC, r.entity_type DESC, r.entity_id DESC LIMIT ${limit}
       )
       SELECT (SELECT count(*)::int FROM records) AS total,
              (SELECT count(*) >= ${cap} FROM candidates)${plan.required.length > 0 ? ` OR (SELECT count(*) >= ${pool} FROM phrase_pool)` : ''} AS capped,
              ${facetsSql('records', 'scored')} AS facets,
              (SELECT json_agg(json_build_object(
                  'type', pg.entity_type, 'id', pg.entity_id, 'language', pg.language, 'title', pg.title,
                  'score', pg.entity_score::text, 'key', pg.entity_score::text,
                  -- From the summary when the record matched in its title or summary (a fifth of
                  -- the text to highlight: ~1.7 instead of ~7 ms for a page of 21), else the body.
                  'snippet', ts_headline(px_search_config(pg.language),
                                         CASE WHEN pg.in_head AND t.summary <> '' THEN t.summary
                                              ELSE left(t.summary || E'\\n' || t.body, 4000) END,
                                         ${exact} || ${any}, ${headline}))
                ORDER BY pg.entity_score DESC, pg.entity_type DESC, pg.entity_id DESC)
               FROM page pg JOIN search_document t
                 ON t.entity_type = pg.entity_type AND t.entity_id = pg.entity_id AND t.language = pg.language) AS hits`,
      p.values,
    )) as [RawResult];
    return row;
  }

  /** No words: the newest records matching the filters, in the caller's language where it exists. */
  private async list(em: EntityManager, request: SearchRequest, after: Cursor | null): Promise<RawResult> {
    const p = new Params();
    // The live rule as in match: what the sample counts is what the caller may read now.
    const where = [
      ...filterConditions(request.filter, p),
      accessCondition(request.reader, p),
      liveAccessCondition(request.reader, p, 'd'),
    ].join(' AND ');
    const locale = p.add(request.locale ?? '', '::text');
    const cap = p.add(CANDIDATE_CAP, '::int');
    const limit = p.add(request.first + 1, '::int');
    // A selective filter (a city, topic or network) or one tied to dates (years, an end date) is
    // found through its index and then sorted: walking the date index from the newest and
    // filtering row by row read 40,000 rows for "Slovenia, 2020–21" at 100,000 records. Broad
    // filters (a country, a language, a type) keep the walk, which stops after CANDIDATE_CAP.
    const f = request.filter;
    const selective =
      [f.cityIds, f.topicIds, f.networkIds, f.years].some((values) => (values?.length ?? 0) > 0) ||
      f.dateTo !== undefined;
    const fence = selective ? 'OFFSET 0' : '';
    // The first page is a prefix of the sample (both newest first); later ones continue by keyset.
    const page = after
      ? `SELECT DISTINCT ON (d.sort_date, d.entity_type, d.entity_id)
                d.entity_type, d.entity_id, d.language, d.title, d.summary, d.sort_date
         FROM search_document d
         WHERE ${where} AND (d.sort_date, d.entity_type, d.entity_id)
               < (${p.add(after.k, '::timestamptz')}, ${p.add(after.t, '::text')}, ${p.add(after.i, '::uuid')})
         ORDER BY d.sort_date DESC, d.entity_type DESC, d.entity_id DESC,
                  d.language = ${locale} DESC, d.is_original DESC, d.language
         LIMIT ${limit}`
      : `SELECT r.entity_type, r.entity_id, r.language, d.title, d.summary, r.sort_date
         FROM records r JOIN search_document d
           ON d.entity_type = r.entity_type AND d.entity_id = r.entity_id AND d.language = r.language
         ORDER BY r.sort_date DESC, r.entity_type DESC, r.entity_id DESC LIMIT ${limit}`;
    const [row] = (await em.query(
      `WITH sample AS (
         SELECT * FROM (
           SELECT d.entity_type, d.entity_id, d.language, d.is_original, d.country_codes, d.city_ids,
                  d.topic_ids, d.network_ids, d.year, d.sort_date
           FROM search_document d WHERE ${where} ${fence}) filtered
         ORDER BY sort_date DESC, entity_type DESC, entity_id DESC LIMIT ${cap}
       ),
       records AS (
         SELECT DISTINCT ON (s.entity_type, s.entity_id) s.* FROM sample s
         ORDER BY s.entity_type, s.entity_id, s.language = ${locale} DESC, s.is_original DESC, s.language
       ),
       page AS (${page})
       SELECT (SELECT count(*)::int FROM records) AS total,
              (SELECT count(*) >= ${cap} FROM sample) AS capped,
              ${facetsSql('records', 'sample')} AS facets,
              (SELECT json_agg(json_build_object(
                  'type', pg.entity_type, 'id', pg.entity_id, 'language', pg.language, 'title', pg.title,
                  'score', '0', 'key', to_char(pg.sort_date AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                  'snippet', left(pg.summary, 240))
                ORDER BY pg.sort_date DESC, pg.entity_type DESC, pg.entity_id DESC) FROM page pg) AS hits`,
      p.values,
    )) as [RawResult];
    return row;
  }

  private async deleteRecords(
    em: EntityManager,
    records: { type: SearchableType; entityId: string }[],
  ): Promise<void> {
    await em.query(
      `DELETE FROM search_document d USING unnest($1::text[], $2::uuid[]) AS r(entity_type, entity_id)
       WHERE d.entity_type = r.entity_type AND d.entity_id = r.entity_id`,
      [records.map((r) => r.type), records.map((r) => r.entityId)],
    );
  }

  /**
   * Vectors are computed here, once, and stored: computing them at query time cost 10×. Keyword
   * texts (topic labels, place and organization names) repeat across a batch, so each distinct
   * one is analysed once.
   */
  private async insertDocuments(em: EntityManager, docs: SearchDocument[]): Promise<void> {
    if (docs.length === 0) return;
    const rows = JSON.stringify(docs.map(toRow));
    await em.query(
      `WITH docs AS MATERIALIZED (
         SELECT row_number() OVER () AS n, d.*, px_search_config(d.language) AS config
         FROM jsonb_to_recordset($1::jsonb) AS d(type text, entity_id uuid, language text, is_original boolean,
           title text, summary text, body text, title_stems text, summary_stems text, body_stems text,
           country_codes varchar[], city_ids uuid[], topic_ids uuid[],
           network_ids uuid[], year smallint, sort_date timestamptz, is_public boolean, member_network_ids uuid[],
           coordinator_network_ids uuid[], organization_ids uuid[], keywords jsonb)
       ),
       -- Parsing long text and indexing its words is most of the cost. A body is unaccented and
       -- indexed in one form: stemmed where queries are stemmed the same way (QUERY_CONFIGS: a
       -- plain variant next to it doubled the body index's entries, its costliest part), plain
       -- where the language has no stemmer, both where queries are not stemmed in the language.
       -- Its plain words feed the word list.
       -- Slovenian: plain and light-stemmed (the stems come with the document, see toRow).
       bodies AS MATERIALIZED (
         SELECT n, simple,
                CASE WHEN stems IS NOT NULL THEN simple || to_tsvector('pg_catalog.simple', px_unaccent(stems))
                     WHEN config = 'pg_catalog.simple'::regconfig THEN simple
                     WHEN config = ANY($2::regconfig[]) THEN to_tsvector(config, plain)
                     ELSE to_tsvector(config, plain) || simple END AS indexed
         FROM (SELECT n, config, plain, stems, to_tsvector('pg_catalog.simple', plain) AS simple
               FROM (SELECT n, config, px_unaccent(body) AS plain, body_stems AS stems FROM docs) unaccented) parsed
       ),
       doc_keywords AS (
         SELECT d.n, k.language, k.text, k.stems
         FROM docs d, jsonb_to_recordset(d.keywords) AS k(language text, text text, stems text)
       ),
       keyword_vectors AS (
         -- Without positions: keywords are matched, never ranked or read as phrases.
         SELECT language, text,
                strip(px_search_body_vector(language, text)
                      || coalesce(to_tsvector('pg_catalog.simple', px_unaccent(stems)), '')) AS vector
         FROM (SELECT DISTINCT language, text, stems FROM doc_keywords) distinct_keywords
       ),
       keywords AS (
         SELECT dk.n, strip(px_tsvector_agg(kv.vector)) AS vector
         FROM doc_keywords dk JOIN keyword_vectors kv USING (language, text) GROUP BY dk.n
       ),
       inserted AS (
         INSERT INTO search_document (entity_type, entity_id, language, is_original, title, summary, body,
           country_codes, city_ids, topic_ids, network_ids, year, sort_date, is_public, member_network_ids,
           coordinator_network_ids, organization_ids, head, keywords, body_vector)
         SELECT d.type, d.entity_id, d.language, d.is_original, d.title, d.summary, d.body,
           d.country_codes, d.city_ids, d.topic_ids, d.network_ids, d.year, d.sort_date, d.is_public,
           d.member_network_ids, d.coordinator_network_ids, d.organization_ids,
           px_search_vector(d.language, d.title, 'A') || px_search_vector(d.language, d.summary, 'B')
             || CASE WHEN d.title_stems IS NULL THEN ''::tsvector
                     ELSE setweight(to_tsvector('pg_catalog.simple', px_unaccent(d.title_stems)), 'A')
                          || setweight(to_tsvector('pg_catalog.simple', px_unaccent(d.summary_stems)), 'B') END,
           coalesce(k.vector, ''),
           setweight(b.indexed, 'D')
         FROM docs d JOIN bodies b USING (n) LEFT JOIN keywords k USING (n)
       ),
       -- The word list typo tolerance draws on: every word of every text, unaccented. A batch
       -- repeats each word about ten times and the list already has most of them, so words are
       -- made distinct first (hashed bytewise: sorting 160,000 words under the database's
       -- collation took ~200 ms a batch), then checked, and only new ones are inserted.
       -- While a reindex sweeps the list, words in use are touched once (see reindex).
       sweep AS (SELECT coalesce(max(started_at), '-infinity') AS started_at FROM search_word_sweep),
       new_words AS (
         SELECT w FROM (
           SELECT DISTINCT w COLLATE "C" AS w
           FROM (SELECT unnest(tsvector_to_array(simple)) AS w FROM bodies
                 UNION ALL
                 SELECT unnest(tsvector_to_array(to_tsvector('pg_catalog.simple', px_unaccent(t.text))))
                 FROM (SELECT concat_ws(' ', title, summary) AS text FROM docs
                       UNION ALL SELECT text FROM keyword_vectors) t) words
           OFFSET 0) batch_words
         WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9.,-]+$'
           AND NOT EXISTS (SELECT 1 FROM search_word k WHERE k.word = (batch_words.w COLLATE "default")
                             AND k.seen_at >= (SELECT started_at FROM sweep))
       )
       -- In one order, so that concurrent indexers inserting the same new words cannot deadlock.
       INSERT INTO search_word (word)
       SELECT w FROM new_words ORDER BY w
       ON CONFLICT (word) DO UPDATE SET seen_at = excluded.seen_at`,
      [rows, QUERY_CONFIGS],
    );
  }
}

/** Light stems of a text in a language that has them (Slovenian), else null. */
function stemsOf(language: string, text: string): string | null {
  return LIGHTLY_STEMMED_LANGUAGES.has(language) ? slovenianStems(text) : null;
}

function toRow(d: SearchDocument) {
  return {
    type: d.type,
    entity_id: d.entityId,
    language: d.language,
    is_original: d.isOriginal,
    title: d.title,
    summary: d.summary,
    body: d.body,
    title_stems: stemsOf(d.language, d.title),
    summary_stems: stemsOf(d.language, d.summary),
    body_stems: stemsOf(d.language, d.body),
    country_codes: d.countryCodes,
    city_ids: d.cityIds,
    topic_ids: d.topicIds,
    network_ids: d.networkIds,
    year: d.year,
    sort_date: d.date,
    is_public: d.access.public,
    member_network_ids: d.access.memberNetworkIds,
    coordinator_network_ids: d.access.coordinatorNetworkIds,
    organization_ids: d.access.organizationIds,
    keywords: d.keywords.map((k) => ({ ...k, stems: stemsOf(k.language, k.text) })),
  };
}

/** Facet counts per record (language: records matching in that language). */
function facetsSql(records: string, documents: string): string {
  const top = (select: string) =>
    `(SELECT json_agg(json_build_object('value', f.value, 'count', f.count) ORDER BY f.count DESC, f.value)
      FROM (${select} ORDER BY count DESC, value LIMIT ${FACET_VALUES}) f)`;
  return `json_build_object(
    'type', ${top(`SELECT entity_type AS value, count(*)::int AS count FROM ${records} GROUP BY 1`)},
    'country', ${top(`SELECT v AS value, count(*)::int AS count FROM ${records}, unnest(country_codes) v GROUP BY 1`)},
    'city', ${top(`SELECT v::text AS value, count(*)::int AS count FROM ${records}, unnest(city_ids) v GROUP BY 1`)},
    'language', ${top(`SELECT language AS value, count(DISTINCT (entity_type, entity_id))::int AS count FROM ${documents} GROUP BY 1`)},
    'topic', ${top(`SELECT v::text AS value, count(*)::int AS count FROM ${records}, unnest(topic_ids) v GROUP BY 1`)},
    'network', ${top(`SELECT v::text AS value, count(*)::int AS count FROM ${records}, unnest(network_ids) v GROUP BY 1`)},
    'year', ${top(`SELECT year::text AS value, count(*)::int AS count FROM ${records} WHERE year IS NOT NULL GROUP BY 1`)})`;
}

function searchHash(request: SearchRequest, parsed: ParsedQuery): string {
  const reader = request.reader;
  return createHash('sha256')
    .update(JSON.stringify([parsed, request.locale, request.filter, reader]))
    .digest('base64url')
    .slice(0, 16);
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(text: string, hash: string): Cursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidSearchCursorError();
  }
  const c = value as Partial<Cursor> | null;
  if (
    !c ||
    c.h !== hash ||
    typeof c.k !== 'string' ||
    !/^[0-9TZ:.+-]{1,40}$/.test(c.k) ||
    typeof c.i !== 'string' ||
    !UUID.test(c.i) ||
    typeof c.t !== 'string'
  ) {
    throw new InvalidSearchCursorError();
  }
  return c as Cursor;
}
