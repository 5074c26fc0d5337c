import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestDeadline } from '#core';
import {
  FACET_NAMES,
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
import { fieldConcepts, readAnalysedVocabulary } from '../../vocabulary/analysed-vocabulary.js';
import type { FieldConcept } from '../../vocabulary/concept.js';
import { analyseWords } from './analyse-words.js';
import {
  affordableTerms,
  storeVocabulary,
  vocabularyVersion,
  withoutCommonPrefixes,
} from './concept-terms.js';
import { buildQueryPlan, type QueryPlan } from './build-tsquery.js';
import { CANDIDATE_CAP, WORD_CAP, facetsSql, matchQuery, type WordStatistics } from './match-query.js';
import { contentHashSql } from './content-hash.js';
import { correctedQuery } from './corrected-query.js';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parse-query.js';
import {
  Params,
  accessCondition,
  filterConditions,
  liveAccessCondition,
  type LiveRecord,
} from './sql-conditions.js';
import { PlaceNames } from './place-names.js';
import { LIGHTLY_STEMMED_LANGUAGES, slovenianStems } from './slovenian-stems.js';

export { CANDIDATE_CAP, PHRASE_POOL, WORD_CAP } from './match-query.js';

/**
 * Configurations query words are stemmed with (the same list as the px_query_lexemes function of
 * migration SearchRelevance1764800000000): bodies in these languages are indexed stemmed only.
 */
const QUERY_CONFIGS = ['english', 'lithuanian', 'swedish', 'finnish', 'german', 'simple'];
/**
 * How often a process looks whether the index was analysed since it read the statistics (one
 * cheap read of pg_stat_user_tables): a new ANALYZE (after an import, by autovacuum or by the
 * indexer) is then in use within seconds everywhere, not minutes later in one process only.
 */
const STATISTICS_CHECK_MS = 5_000;
/** Changed documents (as PostgreSQL counts them) for which settled() analyses the index. */
const SETTLE_ANALYSE_CHANGES = 50;
/** A lexeme in at least this share of titles and summaries is broad (see matchQuery). */
const BROAD_FREQUENCY = 0.25;
/** How long the place names read from the directory are kept (a renamed city waits this long). */
const PLACE_NAMES_TTL_MS = 5 * 60_000;

/** What the engine reads from the modules (see SearchSources). */
export interface EngineSources {
  /** Each record kind's table and read rule, for records whose documents may be behind. */
  records: readonly LiveRecord[];
  /** Rows `{ name text }`: places' names (SearchSources.placeNames); none when absent. */
  placeNames?: string;
}

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

  private common: (WordStatistics & { analysedAt: string; checkedAt: number }) | null = null;
  /** Documents this instance wrote or removed since it last analysed the index (see settled). */
  private changedHere = 0;
  private places: { names: PlaceNames; readAt: number } | null = null;
  private vocabularyStored: Promise<string> | null = null;
  /** This release's vocabulary version once stored: searches stop looking for an earlier one. */
  private vocabularyReady: string | null = null;
  private readonly records: readonly LiveRecord[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: EngineSources,
    /**
     * The field's concepts, whose terms in one language find records in the others; by default
     * the shipped ones, as pre-analysed (see readAnalysedVocabulary).
     */
    private readonly vocabulary?: readonly FieldConcept[],
  ) {
    this.records = sources.records;
  }

  async index(entries: IndexEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.dataSource.transaction(async (em) => {
      await this.deleteRecords(em, entries);
      await this.insertDocuments(
        em,
        entries.flatMap((e) => e.documents),
      );
    });
    this.changedHere += entries.reduce((n, e) => n + e.documents.length, 0);
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
    this.changedHere += records.length;
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

  /**
   * Once the indexer's outbox has stayed empty after changes (an import is done): when 50 or more
   * documents changed since the index was last analysed, its statistics are gathered now rather
   * than whenever autovacuum next wakes, and are in use at once. Which words are common, and the
   * index's size, come from them: searches right after an import ranked by the statistics of
   * whatever part of it autovacuum had seen, differently from one import to the next.
   * Where autovacuum is off (as on embedded PGlite, and some servers) nothing else ever would.
   * The server counts a connection's changes only once it is idle (within about a second), and
   * PGlite not at all, so this instance's own writes count too.
   */
  async settled(): Promise<void> {
    const [table] = (await this.dataSource.query(
      `SELECT n_mod_since_analyze::float8 AS changed
       FROM pg_stat_user_tables WHERE relid = 'search_document'::regclass`,
    )) as { changed: number }[];
    if (Math.max(table?.changed ?? 0, this.changedHere) < SETTLE_ANALYSE_CHANGES) return;
    await this.dataSource.query(`ANALYZE search_document`);
    this.changedHere = 0;
    this.common = null;
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
    // German capitalizes every noun: a capital tells nothing about names there.
    if (request.locale === 'de') parsed.names.clear();
    const hash = searchHash(request, parsed);
    const after = request.after === null ? null : decodeCursor(request.after, hash);
    let didYouMean: string | null = null;
    const vocabulary = isEmptyQuery(parsed) ? null : await this.vocabularyToSearch();
    const raw = await this.readOnly(request.deadline, async (em) => {
      if (vocabulary === null) return this.list(em, request, after);
      const analysis = await analyseWords(em, parsed, request.locale, vocabulary);
      const statistics = await this.commonLexemes(em);
      // Vocabulary terms of common words only are searched in titles and summaries, not bodies;
      // a common word's prefix not at all.
      for (const entry of analysis.values()) {
        if (!entry.concepts) continue;
        const inBodies = new Set(affordableTerms(entry.concepts, statistics.common));
        const read = withoutCommonPrefixes(entry.concepts, statistics.common);
        entry.bodyConcepts = read.filter((_, i) => inBodies.has(entry.concepts![i]!));
        entry.concepts = read;
      }
      didYouMean = correctedQuery(request.query, parsed, analysis);
      const placeNames = await this.placeNames(em);
      const plan = buildQueryPlan(
        parsed,
        analysis,
        placeNames.runsIn(parsed.words),
        placeNames.singleWordPlaces(parsed.words),
      );
      return this.match(em, request, plan, after, statistics);
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
      didYouMean,
    };
  }

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
        // workers cost more to start than these small, capped reads, and so would JIT-compiling a
        // search's expressions (7.8 ms for a one-line query here): a large index's cost estimates
        // pass jit_above_cost (100,000 at 100,000 records) while the capped reads stay small. The
        // request's time budget
        // left once a connection is free bounds every statement (checked here, not before waiting).
        const timeout = deadline?.statementTimeoutSql();
        await em.query(
          `SET TRANSACTION READ ONLY; SET LOCAL enable_seqscan = off; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off${timeout ? `; ${timeout}` : ''}`,
        );
        return work(em);
      });
    return deadline ? deadline.run(search) : search();
  }

  /**
   * Stores the field vocabulary's terms now rather than on the first search (see
   * SearchEngines.prepare), then runs one search nobody sees: it reads the word statistics and
   * place names, and warms the database's and Node's caches, which made a fresh process's first
   * search three to ten times slower than the next (~200 ms vs ~60 ms embedded; ~640 ms vs
   * ~60 ms on a server with 3,000 records).
   */
  async prepare(): Promise<void> {
    this.vocabularyReady = await this.storedVocabulary();
    await this.search({
      query: 'town centre',
      locale: null,
      filter: {},
      first: 1,
      after: null,
      reader: { kind: 'scoped', memberNetworkIds: [], coordinatorNetworkIds: [], organizationIds: [] },
    });
  }

  /**
   * The vocabulary a search uses: this release's once stored; while it is being stored (a new
   * release's first start: ~19,000 terms, seconds on a busy server), the newest one stored before,
   * so that no search waits for it and runs out of its time budget. Only a database that never
   * held one (a first start) waits.
   */
  private async vocabularyToSearch(): Promise<string> {
    if (this.vocabularyReady) return this.vocabularyReady;
    const storing = this.storedVocabulary().then((version) => (this.vocabularyReady = version));
    const [earlier] = (await this.dataSource.query(
      `SELECT version FROM search_vocabulary_version ORDER BY stored_at DESC, version LIMIT 1`,
    )) as { version: string }[];
    if (!earlier) return storing;
    // Its failure is the next search's to retry (storedVocabulary forgets it), not this one's.
    storing.catch(() => undefined);
    return earlier.version;
  }

  /**
   * The field vocabulary's version, once the database holds its terms: stored by prepare() at
   * start-up, else started by the first search (see vocabularyToSearch), outside its transaction.
   */
  private storedVocabulary(): Promise<string> {
    this.vocabularyStored ??= this.storeVocabulary().catch((error: unknown) => {
      this.vocabularyStored = null; // the next search tries again
      throw error;
    });
    return this.vocabularyStored;
  }

  private async storeVocabulary(): Promise<string> {
    // The shipped vocabulary, pre-analysed: its file says its version (a test keeps it current).
    const shipped = this.vocabulary ? null : readAnalysedVocabulary();
    if (shipped) {
      await storeVocabulary(this.dataSource, shipped.version, { analysed: shipped });
      return shipped.version;
    }
    const concepts = this.vocabulary ?? (await fieldConcepts());
    const version = vocabularyVersion(concepts);
    await storeVocabulary(this.dataSource, version, { concepts });
    return version;
  }

  /**
   * Lexemes in more than WORD_CAP documents' titles/summaries, labels or bodies by the column
   * statistics ANALYZE keeps (autovacuum, reindex, settled), read again when the index was
   * analysed since (looked at every STATISTICS_CHECK_MS): their documents are
   * never read one by one (see matchQuery). Broad ones are in at least BROAD_FREQUENCY of all
   * titles and summaries. None before the first ANALYZE. Also how many documents each language
   * has (see OWN_LANGUAGE_MIN_DOCUMENTS).
   */
  private async commonLexemes(em: EntityManager): Promise<WordStatistics> {
    const cached = this.common;
    if (cached && Date.now() - cached.checkedAt < STATISTICS_CHECK_MS) return cached;
    const analysedAt = await lastAnalysed(em);
    if (cached && cached.analysedAt === analysedAt) {
      cached.checkedAt = Date.now();
      return cached;
    }
    const rows = (await em.query(
      // Summed over the three columns: a word in 1,500 titles and 1,500 bodies is common too.
      `SELECT e.lexeme, bool_or(s.attname = 'head' AND e.frequency >= $2) AS broad
       FROM pg_stats s JOIN pg_class t ON t.oid = 'search_document'::regclass,
            unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, frequency)
       WHERE s.schemaname = current_schema() AND s.tablename = 'search_document'
         AND s.attname IN ('head', 'keywords', 'body_vector') AND e.lexeme IS NOT NULL
       GROUP BY e.lexeme HAVING sum(e.frequency) * max(t.reltuples) > $1`,
      [WORD_CAP, BROAD_FREQUENCY],
    )) as { lexeme: string; broad: boolean }[];
    const languages = (await em.query(
      `SELECT v.language, v.share * t.reltuples AS documents
       FROM pg_stats s JOIN pg_class t ON t.oid = 'search_document'::regclass,
            unnest(s.most_common_vals::text::text[], s.most_common_freqs) AS v(language, share)
       WHERE s.schemaname = current_schema() AND s.tablename = 'search_document' AND s.attname = 'language'`,
    )) as { language: string; documents: number }[];
    this.common = {
      analysedAt,
      checkedAt: Date.now(),
      common: new Set(rows.map((r) => r.lexeme)),
      broad: new Set(rows.filter((r) => r.broad).map((r) => r.lexeme)),
      languageDocuments:
        languages.length === 0 ? null : new Map(languages.map((r) => [r.language, Number(r.documents)])),
    };
    return this.common;
  }

  /** The places' names, read every few minutes (none without a source). */
  private async placeNames(em: EntityManager): Promise<PlaceNames> {
    if (this.places && Date.now() - this.places.readAt < PLACE_NAMES_TTL_MS) return this.places.names;
    const sql = this.sources.placeNames;
    const rows = sql ? ((await em.query(sql)) as { name: string }[]) : [];
    this.places = { names: new PlaceNames(rows.map((r) => r.name)), readAt: Date.now() };
    return this.places.names;
  }

  /** A query: candidates chosen by relevance, ranked, one hit per record (see matchQuery). */
  private async match(
    em: EntityManager,
    request: SearchRequest,
    plan: QueryPlan,
    after: Cursor | null,
    statistics: WordStatistics,
  ): Promise<RawResult> {
    const { sql, values } = matchQuery(request, plan, after, statistics, this.records);
    const [row] = (await em.query(sql, values)) as [RawResult];
    return row;
  }

  /** No words: the newest records matching the filters, in the caller's language where it exists. */
  private async list(em: EntityManager, request: SearchRequest, after: Cursor | null): Promise<RawResult> {
    const p = new Params();
    // The live rule as in match: what the sample counts is what the caller may read now.
    const where = [
      ...filterConditions(request.filter, p),
      accessCondition(request.reader, p),
      liveAccessCondition(request.reader, p, 'd', this.records),
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
              ${facetsSql('records', 'sample', request.facets ?? FACET_NAMES)} AS facets,
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

  /** Vectors are computed at indexing, once, and stored (see INSERT_DOCUMENTS). */
  private async insertDocuments(em: EntityManager, docs: SearchDocument[]): Promise<void> {
    if (docs.length === 0) return;
    await em.query(INSERT_DOCUMENTS, [JSON.stringify(docs.map(toRow)), QUERY_CONFIGS]);
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

function searchHash(request: SearchRequest, parsed: ParsedQuery): string {
  const reader = request.reader;
  return createHash('sha256')
    .update(JSON.stringify([{ ...parsed, names: [...parsed.names] }, request.locale, request.filter, reader]))
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

/** The batch of documents as rows, numbered, with each one's text search configuration. */
const DOCUMENT_ROWS = `WITH docs AS MATERIALIZED (
     SELECT row_number() OVER () AS n, d.*, px_search_config(d.language) AS config
     FROM jsonb_to_recordset($1::jsonb) AS d(type text, entity_id uuid, language text, is_original boolean,
       title text, summary text, body text, title_stems text, summary_stems text, body_stems text,
       country_codes varchar[], city_ids uuid[], topic_ids uuid[],
       network_ids uuid[], year smallint, sort_date timestamptz, is_public boolean, member_network_ids uuid[],
       coordinator_network_ids uuid[], organization_ids uuid[], keywords jsonb)
   ),`;

/**
 * Parsing long text and indexing its words is most of the cost. A body is unaccented and
 * indexed in one form: stemmed where queries are stemmed the same way (QUERY_CONFIGS, $2: a
 * plain variant next to it doubled the body index's entries, its costliest part), plain where
 * the language has no stemmer, both where queries are not stemmed in the language. Its plain
 * words feed the word list. Slovenian: plain and light-stemmed (the stems come with the
 * document, see toRow).
 */
const BODY_VECTORS = `   bodies AS MATERIALIZED (
     SELECT n, simple,
            CASE WHEN stems IS NOT NULL THEN simple || to_tsvector('pg_catalog.simple', px_unaccent(stems))
                 WHEN config = 'pg_catalog.simple'::regconfig THEN simple
                 WHEN config = ANY($2::regconfig[]) THEN to_tsvector(config, plain)
                 ELSE to_tsvector(config, plain) || simple END AS indexed
     FROM (SELECT n, config, plain, stems, to_tsvector('pg_catalog.simple', plain) AS simple
           FROM (SELECT n, config, px_unaccent(body) AS plain, body_stems AS stems FROM docs) unaccented) parsed
   ),`;

/** Keyword texts repeat across a batch (topic labels, places): each distinct one is analysed once. */
const KEYWORD_VECTORS = `   doc_keywords AS (
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
   ),`;

const INSERT_ROWS = `   inserted AS (
     INSERT INTO search_document (entity_type, entity_id, language, is_original, title, summary, body,
       country_codes, city_ids, topic_ids, network_ids, year, sort_date, is_public, member_network_ids,
       coordinator_network_ids, organization_ids, head, keywords, body_vector, content_hash)
     SELECT d.type, d.entity_id, d.language, d.is_original, d.title, d.summary, d.body,
       d.country_codes, d.city_ids, d.topic_ids, d.network_ids, d.year, d.sort_date, d.is_public,
       d.member_network_ids, d.coordinator_network_ids, d.organization_ids,
       px_search_vector(d.language, d.title, 'A') || px_search_vector(d.language, d.summary, 'B')
         || CASE WHEN d.title_stems IS NULL THEN ''::tsvector
                 ELSE setweight(to_tsvector('pg_catalog.simple', px_unaccent(d.title_stems)), 'A')
                      || setweight(to_tsvector('pg_catalog.simple', px_unaccent(d.summary_stems)), 'B') END,
       coalesce(k.vector, ''),
       setweight(b.indexed, 'D'),
       ${contentHashSql('d.title', 'd.summary', 'd.body', "coalesce(k.vector, '')")}
     FROM docs d JOIN bodies b USING (n) LEFT JOIN keywords k USING (n)
   ),`;

/**
 * The word list typo tolerance draws on: every word of every text, unaccented. A batch repeats
 * each word about ten times and the list already has most of them, so words are made distinct
 * first (hashed bytewise: sorting 160,000 words under the database's collation took ~200 ms a
 * batch), then checked, and only new ones are inserted. While a reindex sweeps the list, words
 * in use are touched once (see reindex). In one order, so that concurrent indexers inserting the
 * same new words cannot deadlock.
 */
const NEW_WORDS = `   sweep AS (SELECT coalesce(max(started_at), '-infinity') AS started_at FROM search_word_sweep),
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
   INSERT INTO search_word (word)
   SELECT w FROM new_words ORDER BY w
   ON CONFLICT (word) DO UPDATE SET seen_at = excluded.seen_at`;

/**
 * One statement per batch ($1 the documents as JSON, $2 QUERY_CONFIGS). Vectors are computed
 * here, once, and stored: computing them at query time cost 10×.
 */
const INSERT_DOCUMENTS = [DOCUMENT_ROWS, BODY_VECTORS, KEYWORD_VECTORS, INSERT_ROWS, NEW_WORDS].join('\n');

/** When search_document was last analysed, by anyone ('' never): statistics change only then. */
async function lastAnalysed(em: EntityManager): Promise<string> {
  const [row] = (await em.query(
    `SELECT coalesce(greatest(last_analyze, last_autoanalyze)::text, '') AS analysed
     FROM pg_stat_user_tables WHERE relid = 'search_document'::regclass`,
  )) as { analysed: string }[];
  return row?.analysed ?? '';
}
