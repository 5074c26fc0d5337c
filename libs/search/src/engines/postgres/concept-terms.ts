import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AnalysedVocabulary } from '../../vocabulary/analysed-vocabulary.js';
import type { FieldConcept } from '../../vocabulary/concept.js';
import { WORD, type ParsedQuery } from './parse-query.js';
import { LIGHTLY_STEMMED_LANGUAGES, slovenianStems } from './slovenian-stems.js';

/**
 * The field vocabulary in the database (table search_vocabulary, migration
 * SearchVocabulary1765900100000): each term analysed once by PostgreSQL as a document of its
 * language is, and looked up per search by its first words' forms. Kept there, not in the
 * process: ~5,000 analysed terms held ~7 MiB of heap, and the embedded default has a memory limit.
 */

/** One word of a term as the index holds it. */
interface TermWord {
  /** Unaccented and lower-cased (documents' `simple` variant, and what query words are matched to). */
  plain: string;
  /** Its lexemes under the language's configuration, accented (titles) and unaccented (bodies); none for a stop word. */
  stems: string[];
  /** Matched as a prefix too, in inflecting languages (see inflectionPrefix), or null. */
  prefix: string | null;
  /** Its position in the term (a stop word keeps its place). */
  position: number;
}

/** A term of the field vocabulary, as the index holds it. */
export interface IndexedTerm {
  concept: number;
  language: string;
  /** Every word, stop words included, in order: what a query's words are matched to. */
  words: TermWord[];
}

/**
 * Languages whose case endings no stemmer here bridges: Slovenian, Latvian, Estonian and Polish
 * have none in PostgreSQL; Finnish consonant gradation ("katu", "kadulla") defeats Snowball; and
 * Lithuanian bodies are stemmed unaccented, where the stemmer misses endings written with
 * diacritics ("gatvėje" → "gatvej", "gatvė" → "gatv"). A word of five letters or more matches by
 * all but its last two letters (at least four), as inflectionPrefix does for query words.
 */
const PREFIXED_LANGUAGES = ['fi', 'lt', 'sl', 'lv', 'et', 'pl'];

/** Changes whenever the analysis below does, so that a stored vocabulary is analysed again. */
const ANALYSIS_VERSION = 2;

/** Terms analysed per statement when the table is filled. */
const TERMS_PER_STATEMENT = 500;
/** Pre-analysed rows inserted per statement (embedded PGlite's memory grows with a statement's). */
const ROWS_PER_INSERT = 250;

/** Vocabularies kept in the table (an upgrade's, and tests' engines with vocabularies of their own). */
const VERSIONS_KEPT = 3;

/**
 * Each term's words with their positions: plain (`simple`, unaccented), and stemmed under the
 * language's configuration as written and unaccented, as px_search_vector and
 * px_search_body_vector index a document's text, with a Slovenian term's light stems ($7), as
 * its documents carry them: "peš cona" finds "s peš cono" (a word of four letters gets no
 * prefix); the first two words' forms, for the lookup.
 */
const FILL_SQL = `WITH terms AS (
     SELECT * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $7::text[]) AS t(term, concept, language, text, light_stems)
   ),
   words AS (
     SELECT t.term, p.position, pl.lexeme AS plain,
            ARRAY(SELECT DISTINCT s.lexeme
                  FROM (SELECT * FROM unnest(to_tsvector(px_search_config(t.language), px_unaccent(t.text)))
                        UNION ALL
                        SELECT * FROM unnest(to_tsvector(px_search_config(t.language), t.text))
                        UNION ALL
                        SELECT * FROM unnest(to_tsvector('pg_catalog.simple', px_unaccent(t.light_stems)))) s
                  WHERE p.position = ANY (s.positions)
                  ORDER BY s.lexeme) AS stems,
            CASE WHEN t.language = ANY ($6::text[]) AND length(pl.lexeme) >= 5 AND pl.lexeme !~ '[0-9]'
                 THEN left(pl.lexeme, greatest(4, length(pl.lexeme) - 2)) END AS prefix
     FROM terms t
     CROSS JOIN LATERAL unnest(to_tsvector('pg_catalog.simple', px_unaccent(t.text))) AS pl
     CROSS JOIN LATERAL unnest(pl.positions) AS p(position)
   ),
   ranked AS (SELECT w.*, row_number() OVER (PARTITION BY w.term ORDER BY w.position) AS n FROM words w)
   INSERT INTO search_vocabulary (version, term, concept, language, words, first_forms, next_forms)
   SELECT $1, t.term, t.concept, t.language,
          (SELECT jsonb_agg(jsonb_build_object('plain', r.plain, 'stems', r.stems, 'prefix', r.prefix, 'position', r.position)
                            ORDER BY r.position) FROM ranked r WHERE r.term = t.term),
          (SELECT ARRAY[r.plain] || r.stems || CASE WHEN r.prefix IS NULL THEN '{}'::text[] ELSE ARRAY[r.prefix] END FROM ranked r WHERE r.term = t.term AND r.n = 1),
          (SELECT ARRAY[r.plain] || r.stems || CASE WHEN r.prefix IS NULL THEN '{}'::text[] ELSE ARRAY[r.prefix] END FROM ranked r WHERE r.term = t.term AND r.n = 2)
   FROM terms t WHERE EXISTS (SELECT 1 FROM ranked r WHERE r.term = t.term)`;

/** The stored vocabulary a set of concepts is: its version key. */
export function vocabularyVersion(concepts: readonly FieldConcept[]): string {
  return createHash('sha256')
    .update(JSON.stringify({ ANALYSIS_VERSION, PREFIXED_LANGUAGES, concepts }))
    .digest('hex');
}

/**
 * Makes sure the table holds a vocabulary's terms, once per version: the pre-analysed rows
 * inserted, or the concepts analysed here (~0.15 s on a server, ~3 s in PGlite). Several processes may start at once: one stores them, under a lock, the others find
 * them stored.
 */
export async function storeVocabulary(
  dataSource: DataSource,
  version: string,
  /** Its rows as pre-analysed, or its concepts to analyse here. */
  source: { analysed: AnalysedVocabulary } | { concepts: readonly FieldConcept[] },
): Promise<void> {
  const stored = async (em: EntityManager) =>
    ((await em.query(`SELECT 1 FROM search_vocabulary_version WHERE version = $1`, [version])) as unknown[])
      .length > 0;
  if (await stored(dataSource.manager)) return;
  await dataSource.transaction(async (em) => {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('search_vocabulary'))`);
    if (await stored(em)) return;
    if ('analysed' in source) await insertAnalysed(em, source.analysed);
    else await analyseInto(em, version, source.concepts);
    await em.query(`INSERT INTO search_vocabulary_version (version) VALUES ($1)`, [version]);
    await em.query(
      `DELETE FROM search_vocabulary_version WHERE version NOT IN (
         SELECT version FROM search_vocabulary_version ORDER BY stored_at DESC, version LIMIT ${VERSIONS_KEPT})`,
    );
    await em.query(
      `DELETE FROM search_vocabulary v WHERE NOT EXISTS (SELECT 1 FROM search_vocabulary_version s WHERE s.version = v.version)`,
    );
    // Statistics now: without them the lookup filtered all the version's rows (4 ms a search at
    // ~5,000 terms) instead of asking the forms' index (0.05 ms). Embedded PGlite has no
    // autovacuum. A small sample of the columns the lookup tests is enough for its choices:
    // ANALYZE holds its whole sample of rows in memory, and in PGlite memory once grown stays
    // (the default 30,000-row sample, all ~15,000 terms, measured ~1.5 MiB more of its heap).
    await em.query(`SET LOCAL default_statistics_target = 10`);
    await em.query(`ANALYZE search_vocabulary (version, concept, first_forms)`);
  });
}

async function insertAnalysed(em: EntityManager, analysed: AnalysedVocabulary): Promise<void> {
  const insert = (rows: string[]) =>
    em.query(
      `INSERT INTO search_vocabulary (version, term, concept, language, words, first_forms, next_forms)
       SELECT $1, (r->>0)::int, (r->>1)::int, r->>2, r->3,
              ARRAY(SELECT jsonb_array_elements_text(r->4)),
              CASE WHEN jsonb_typeof(r->5) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(r->5)) END
       FROM jsonb_array_elements($2::jsonb) AS r`,
      [analysed.version, `[${rows.join(',')}]`],
    );
  let batch: string[] = [];
  for (const row of analysed.rows) {
    batch.push(row);
    if (batch.length === ROWS_PER_INSERT) {
      await insert(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await insert(batch);
}

async function analyseInto(
  em: EntityManager,
  version: string,
  concepts: readonly FieldConcept[],
): Promise<void> {
  const terms = concepts.flatMap((concept, c) =>
    Object.entries(concept.terms).flatMap(([language, list]) =>
      // Split as a query is ("pop-up shop" is pop, up, shop), so that its words meet a query's.
      (list ?? []).map((term) => ({
        concept: c,
        language,
        text: [...term.toLocaleLowerCase().matchAll(WORD)].join(' '),
      })),
    ),
  );
  for (let from = 0; from < terms.length; from += TERMS_PER_STATEMENT) {
    const batch = terms.slice(from, from + TERMS_PER_STATEMENT);
    await em.query(FILL_SQL, [
      version,
      batch.map((_, i) => from + i),
      batch.map((t) => t.concept),
      batch.map((t) => t.language),
      batch.map((t) => t.text),
      PREFIXED_LANGUAGES,
      batch.map((t) => (LIGHTLY_STEMMED_LANGUAGES.has(t.language) ? slovenianStems(t.text) : null)),
    ]);
  }
}

/**
 * The concepts' terms as this database analyses them, in the form AnalysedVocabulary keeps (for
 * `npm run vocabulary:analyse` and the test that the committed file is current). Analysed into
 * the table inside a transaction that is then rolled back: nothing is stored.
 */
export async function analyseVocabulary(
  dataSource: DataSource,
  concepts: readonly FieldConcept[],
): Promise<AnalysedVocabulary> {
  const version = vocabularyVersion(concepts);
  const rollback = new Error('analysis only');
  let result: AnalysedVocabulary | null = null;
  await dataSource
    .transaction(async (em) => {
      await analyseInto(em, SCRATCH_VERSION, concepts);
      const rows = (await em.query(
        `SELECT json_build_array(term, concept, language, words, first_forms, next_forms)::text AS row
         FROM search_vocabulary WHERE version = $1 ORDER BY term`,
        [SCRATCH_VERSION],
      )) as { row: string }[];
      result = { version, rows: rows.map((r) => r.row) };
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  return result!;
}

/** The version key analyseVocabulary's rolled-back rows carry (never a hash). */
const SCRATCH_VERSION = 'analysis';

/** What one query word is known as: its lexemes under every configuration, and its plain form. */
export interface QueryWordForms {
  plain: string;
  lexemes: readonly string[];
}

/**
 * The terms a query may contain, and every other term of their concepts: those whose first word
 * (and second, when they have one) is among the query words' forms — plain, stemmed, or a prefix
 * of an inflecting language's word. One indexed lookup per search.
 */
export async function termsFor(
  em: EntityManager,
  version: string,
  words: readonly QueryWordForms[],
): Promise<IndexedTerm[]> {
  const forms = new Set<string>();
  for (const word of words) {
    forms.add(word.plain);
    for (const lexeme of word.lexemes) forms.add(lexeme);
    // A term's prefix is all but two letters of its word (at least four), and a query word matches
    // it when at most four letters longer than that word: prefixes of six letters fewer or more.
    for (let k = Math.max(4, word.plain.length - 6); k < word.plain.length; k += 1)
      forms.add(word.plain.slice(0, k));
  }
  if (forms.size === 0) return [];
  // Of the other terms only each language's first ones: no word gets more (MAX_ALTERNATIVES, in
  // turn over at least five languages), and a concept has up to ~100.
  const rows = (await em.query(
    `SELECT v.concept, v.language, v.words FROM (
       SELECT v.term, v.concept, v.language, v.words,
              row_number() OVER (PARTITION BY v.concept, v.language ORDER BY v.term) AS rank,
              v.first_forms && $2::text[] AND (v.next_forms IS NULL OR v.next_forms && $2::text[]) AS may_be_typed
       FROM search_vocabulary v
       -- The concepts as an array: the planner then reads their terms through the concept index
       -- (estimating a join with them, it scanned the whole table, ~4 ms at 15,000 terms).
       WHERE v.version = $1 AND v.concept = ANY (ARRAY(
         SELECT c.concept FROM search_vocabulary c
         WHERE c.version = $1 AND c.first_forms && $2::text[] AND (c.next_forms IS NULL OR c.next_forms && $2::text[])))) v
     WHERE v.may_be_typed OR v.rank <= $3
     ORDER BY v.term`,
    [version, [...forms], TERMS_PER_LANGUAGE],
  )) as IndexedTerm[];
  return rows;
}

/**
 * The vocabulary's terms in a query: runs of neighbouring words that are a term (each word its
 * plain form or stem, or an inflected form of it in a language without a stemmer that bridges
 * its cases: "kävelykadulla" is "kävelykatu"). Each word of such a run gets the concept's other
 * terms, in every language (see termQuery). Quoted phrases are asked as typed and get none.
 */
export function conceptAlternatives(
  parsed: ParsedQuery,
  forms: (word: string) => QueryWordForms,
  terms: readonly IndexedTerm[],
): Map<string, IndexedTerm[]> {
  const words = parsed.words.map(forms);
  const found = new Map<string, IndexedTerm[]>();
  const typed = new Set<IndexedTerm>();
  words.forEach((_, start) => {
    for (const term of terms) {
      if (start + term.words.length > words.length) continue;
      if (!term.words.every((w, j) => wordIsTermWord(words[start + j]!, w))) continue;
      typed.add(term);
      for (let j = 0; j < term.words.length; j += 1) {
        const key = parsed.words[start + j]!;
        const list = found.get(key) ?? [];
        for (const other of terms)
          if (other.concept === term.concept && !list.includes(other)) list.push(other);
        found.set(key, list);
      }
    }
  });
  // The terms a word was typed as need no alternative of their own: it already finds them.
  for (const [word, list] of found) found.set(word, fewestPerLanguage(list.filter((t) => !typed.has(t))));
  return found;
}

/**
 * A word's alternatives at most. A concept has up to ~100 terms across nine languages, and each
 * becomes part of the word's tsquery, which the statement tests against three indexes and every
 * candidate: embedded PGlite's memory grows to the largest such statement and never shrinks (all
 * of them took the README tour's "city centre management festival" from 28.0 to 31.8 MiB of
 * PGlite's heap; 24 keeps it at 27.5). 24, 48 or all rank the same on the five relevance
 * collections (nDCG@10 within ±0.003).
 */
export const MAX_ALTERNATIVES = 24;

/**
 * Each language's terms a word may get at most: MAX_ALTERNATIVES taken in turn over a concept's
 * languages (at least the five main ones, which the shipped vocabulary's test requires), plus one
 * for the term typed.
 */
const TERMS_PER_LANGUAGE = Math.ceil(MAX_ALTERNATIVES / 5) + 1;

/**
 * Up to MAX_ALTERNATIVES terms, taken language by language in turn, each language's in the
 * vocabulary's order (its most usual terms first): every language keeps its best terms.
 */
function fewestPerLanguage(terms: IndexedTerm[]): IndexedTerm[] {
  if (terms.length <= MAX_ALTERNATIVES) return terms;
  const byLanguage = new Map<string, IndexedTerm[]>();
  for (const term of terms) byLanguage.set(term.language, [...(byLanguage.get(term.language) ?? []), term]);
  const kept: IndexedTerm[] = [];
  for (let rank = 0; kept.length < MAX_ALTERNATIVES; rank += 1)
    for (const list of byLanguage.values()) {
      const term = list[rank];
      if (term && kept.length < MAX_ALTERNATIVES) kept.push(term);
    }
  return terms.filter((term) => kept.includes(term));
}

function wordIsTermWord(word: QueryWordForms, term: TermWord): boolean {
  if (word.plain === term.plain || word.lexemes.includes(term.plain)) return true;
  if (term.stems.some((stem) => word.lexemes.includes(stem))) return true;
  return (
    term.prefix !== null && word.plain.startsWith(term.prefix) && word.plain.length <= term.plain.length + 4
  );
}

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The terms worth reading: those with a word that is not common in the index (by PostgreSQL's
 * statistics: in more than WORD_CAP documents, see matchQuery), neither as written, stemmed nor
 * through its prefix. A term of common words only ("empty shop", "tuščios parduotuvės" at 100,000
 * records) is found in thousands of documents: the index had to intersect their long lists of
 * entries and check word positions in every body that holds both words (2 s for "empty shops"),
 * only to learn that the concept was too general to count. With one rarer word, the lists meet
 * in a few documents.
 */
export function affordableTerms(terms: readonly IndexedTerm[], common: ReadonlySet<string>): IndexedTerm[] {
  if (common.size === 0) return [...terms];
  const commonPrefix = prefixTest(common);
  const isCommon = (w: TermWord) =>
    [w.plain, ...w.stems].some((l) => common.has(l)) || (w.prefix !== null && commonPrefix(w.prefix));
  return terms.filter((t) => !searchedWords(t).every(isCommon));
}

/** Whether a common lexeme begins with a prefix, each prefix looked up once. */
function prefixTest(common: ReadonlySet<string>): (prefix: string) => boolean {
  const lexemes = [...common];
  const known = new Map<string, boolean>();
  return (prefix) => {
    const found = known.get(prefix) ?? lexemes.some((l) => l.startsWith(prefix));
    known.set(prefix, found);
    return found;
  };
}

/**
 * The terms with no prefix for a word whose prefix begins a common lexeme (see affordableTerms;
 * its stems and plain form still match). The index reads a prefix's entries whole, however rare
 * the term's other words, and a common word's are its longest lists: at 100,000 records each
 * Lithuanian term beginning "miesto centro" (`mies:*`, `cent:*`) cost ~20 ms in titles and as
 * much in bodies. Terms whose prefixes are all rare are returned as they are.
 */
export function withoutCommonPrefixes(
  terms: readonly IndexedTerm[],
  common: ReadonlySet<string>,
): IndexedTerm[] {
  if (common.size === 0) return [...terms];
  const isCommon = prefixTest(common);
  return terms.map((term) =>
    term.words.some((w) => w.prefix !== null && isCommon(w.prefix))
      ? {
          ...term,
          words: term.words.map((w) =>
            w.prefix !== null && isCommon(w.prefix) ? { ...w, prefix: null } : w,
          ),
        }
      : term,
  );
}

/** A term's words that are searched: not the stop words its configuration drops (a lone word always). */
function searchedWords(term: IndexedTerm): TermWord[] {
  return term.words.filter((w) => w.stems.length > 0 || term.words.length === 1);
}

/**
 * A term as tsquery text: its words in order (a stop word its configuration drops only keeps its
 * place), each as written, stemmed, or in inflecting languages by its prefix.
 */
export function termQuery(term: IndexedTerm): string {
  const kept = searchedWords(term);
  let previous: number | null = null;
  const phrase = kept
    .map((w) => {
      const forms = [...new Set([w.plain, ...w.stems])].map(quote);
      if (w.prefix) forms.push(`${quote(w.prefix)}:*`);
      const word = forms.length === 1 ? forms[0]! : `(${forms.join(' | ')})`;
      const joined = previous === null ? word : ` <${w.position - previous}> ${word}`;
      previous = w.position;
      return joined;
    })
    .join('');
  return `(${phrase})`;
}
