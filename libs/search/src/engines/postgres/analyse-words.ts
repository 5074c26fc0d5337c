import type { EntityManager } from 'typeorm';
import { genericPlanQuery } from '#core';
import type { WordAnalysis } from './build-tsquery.js';
import { conceptAlternatives, termsFor } from './concept-terms.js';
import type { ParsedQuery } from './parse-query.js';
import { LIGHTLY_STEMMED_LANGUAGES, slovenianStems } from './slovenian-stems.js';
import { isListedStopWord } from './stop-words.js';
import {
  COMPOUNDING_LANGUAGES,
  alternateForms,
  finnishStemPrefix,
  inflectionPrefix,
  swedishPluralStem,
} from './word-forms.js';

/** Compounds holding a query word that one search looks for at most. */
const COMPOUNDS_PER_WORD = 25;

/** The word a part is in the index, or it without a linking "s" ("stads|kärnan"); null if neither. */
const WORD_OR_LINKED = (part: string) =>
  `coalesce((SELECT s.word FROM search_word s WHERE s.word = ${part} LIMIT 1),
            CASE WHEN right(${part}, 1) = 's'
                 THEN (SELECT s.word FROM search_word s WHERE s.word = left(${part}, -1) LIMIT 1) END)`;

/**
 * The first `length` letters of the query word if the index has them only inflected: a word that
 * is they plus one to four letters, of which the first is not the compound's next letter
 * ("söndag" from "söndagar" in "söndagsöppettider"); null otherwise.
 */
const INFLECTED_STEM = (length: string) =>
  `(SELECT left(w.plain, ${length}) FROM search_word s
    WHERE s.word LIKE left(w.plain, ${length}) || '_%' AND length(s.word) <= ${length} + 4
      AND substr(s.word, ${length} + 1, 1) <> substr(w.plain, ${length} + 1, 1) LIMIT 1)`;

/**
 * Per query word ($1, with its light stems $2 and alternate forms $3; $4 the query's language, $5
 * whether it compounds): its lexemes, whether it is a stop word, typo fixes (close words of the
 * index), other forms the index holds, and a compound's two parts.
 */
const ANALYSE_SQL = `WITH query_words AS (
     SELECT w.word, w.stem, string_to_array(w.forms, ' ') AS forms, px_unaccent(w.word) AS plain
     FROM unnest($1::text[], $2::text[], $3::text[]) AS w(word, stem, forms)
   )
   SELECT w.word, w.plain,
     px_query_lexemes(ARRAY[w.word]) || ARRAY(SELECT DISTINCT px_unaccent(w.stem) WHERE w.stem <> w.word) AS lexemes,
     -- Stop words only in the query's own language: English ones dropped from a Slovenian query
     -- took short parts of names with them.
     ($4::text IS NOT NULL AND numnode(plainto_tsquery(px_search_config($4), w.word)) = 0) AS stop,
     -- Finnish queries: the Snowball stem, unaccented, from which finnishStemPrefix takes a
     -- prefix that bridges consonant gradation.
     CASE WHEN $4::text = 'fi' THEN (SELECT min(l) FROM unnest(tsvector_to_array(
       to_tsvector('pg_catalog.finnish', px_unaccent(w.word)))) l) END AS "finnishStem",
     px_query_lexemes(close.words) AS fuzzy,
     close.words AS "closeWords",
     px_query_lexemes(related.words) AS related,
     px_query_lexemes(ARRAY[split.head]) AS "headPart",
     px_query_lexemes(ARRAY[split.tail]) AS "tailPart"
   FROM query_words w
   CROSS JOIN LATERAL (SELECT CASE
       WHEN length(w.word) < 4 OR EXISTS (SELECT 1 FROM search_word k WHERE k.word = w.plain)
       THEN ARRAY[]::text[]
       -- Close words: trigram-similar (the index finds them), sharing the first letter (people
       -- rarely mistype it; it also keeps nonsense from matching), and either one edit away
       -- (two from six letters on), or the same word with another ending — the last three
       -- letters of a word of eight or more ("prireditvami" → "prireditve": Slovenian has no
       -- stemmer). A made-up word on a real stem ("festivalinskas") is neither. Never a
       -- hyphenated word: it would stand for each of its parts (see related, below).
       ELSE ARRAY(SELECT s.word FROM search_word s
                  WHERE s.word % w.plain AND left(s.word, 1) = left(w.plain, 1) AND strpos(s.word, '-') = 0
                    AND (levenshtein_less_equal(s.word, w.plain, 2) <= CASE WHEN length(w.plain) >= 6 THEN 2 ELSE 1 END
                         OR (length(w.plain) >= 8 AND length(s.word) <= length(w.plain) + 3
                             AND left(s.word, length(w.plain) - 3) = left(w.plain, length(w.plain) - 3)))
                  ORDER BY levenshtein_less_equal(s.word, w.plain, 4), similarity(s.word, w.plain) DESC, s.word
                  LIMIT 3)
     END AS words) AS close
   -- Other forms the index holds: the word's alternation (Finnish -nen/-se-), and in compounding
   -- languages the compounds that contain it ("kärnan" → "stadskärnan"), shortest first. Not
   -- hyphenated ones: their parts are words of their own, so "Kaunas-Turku-Växjö" would have made
   -- "Turku" find every record on Kaunas and Växjö.
   CROSS JOIN LATERAL (SELECT ARRAY(
       SELECT s.word FROM search_word s WHERE s.word = ANY (SELECT px_unaccent(f) FROM unnest(w.forms) f)
       UNION ALL
       (SELECT s.word FROM search_word s
        WHERE $5::boolean AND length(w.plain) >= 5 AND s.word LIKE '%' || w.plain || '%' AND s.word <> w.plain
          AND strpos(s.word, '-') = 0
        ORDER BY length(s.word), s.word LIMIT ${COMPOUNDS_PER_WORD})) AS words) AS related
   -- A compound typed whole, split where the first part is a word of the index (or is one with
   -- a linking "s": "stads|kärnan") and the rest begins one; a rest that is a word itself first
   -- ("paket|skåp", not "pakets|kåp" because some word begins with "kap"), then the longest
   -- first part. When the rest is a word, the first part may also be a stem the index has only
   -- inflected (a word is it plus at most four letters, not the compound's next ones):
   -- "söndags|öppettider" where the texts say "söndagar". Each test is a scalar lookup, not
   -- EXISTS: PostgreSQL turned those into hashing the whole word list for every query word (~33
   -- ms of a two-word Finnish search at 100,000 records, growing with the vocabulary; ~2.5 ms as
   -- index lookups).
   LEFT JOIN LATERAL (
     SELECT c.head, c.tail FROM (
       SELECT k, tail, whole_tail, coalesce(word_head,
              CASE WHEN whole_tail AND k >= 4 THEN ${INFLECTED_STEM('k')} END,
              CASE WHEN whole_tail AND k >= 5 AND substr(w.plain, k, 1) = 's' THEN ${INFLECTED_STEM('(k - 1)')} END) AS head
       FROM (
         SELECT k, substr(w.plain, k + 1) AS tail,
                (SELECT 1 FROM search_word s WHERE s.word = substr(w.plain, k + 1)) IS NOT NULL AS whole_tail,
                ${WORD_OR_LINKED('left(w.plain, k)')} AS word_head
         FROM generate_series(length(w.plain) - 3, 3, -1) AS k
         WHERE $5::boolean AND length(w.plain) >= 8) parts) c
     WHERE c.head IS NOT NULL AND (c.whole_tail OR (SELECT 1 FROM search_word s WHERE s.word LIKE c.tail || '%' LIMIT 1) IS NOT NULL)
     ORDER BY c.whole_tail DESC, c.k DESC LIMIT 1) split ON true`;

/**
 * One round trip: each word's lexemes under every configuration, whether it is a stop word in
 * the query's language, typo fixes, and — in compounding languages — the compounds that contain
 * it and the parts a compound splits into.
 */
export async function analyseWords(
  em: EntityManager,
  parsed: ParsedQuery,
  locale: string | null,
  /** The stored field vocabulary's version (see storeVocabulary). */
  vocabulary: string,
): Promise<Map<string, WordAnalysis>> {
  const words = [...new Set([...parsed.words, ...parsed.phrases.flat(), ...parsed.excluded.flat()])];
  // Slovenian documents also hold their words' light stems; so may a query of unknown language.
  const lightStems = locale === null || LIGHTLY_STEMMED_LANGUAGES.has(locale);
  // Planned once per connection (~2 ms a search): its text never changes, and its generic plan
  // runs as fast as one made for the words.
  const rows = (await genericPlanQuery(em, ANALYSE_SQL, [
    words,
    words.map((w) => (lightStems ? slovenianStems(w) : w)),
    words.map((w) => alternateForms(w, locale).join(' ')),
    locale,
    locale !== null && COMPOUNDING_LANGUAGES.has(locale),
  ])) as (Omit<WordAnalysis, 'closeWord' | 'middlePart'> & {
    closeWords: string[];
    finnishStem: string | null;
  })[];
  const suggested = await closestInUse(em, rows);
  const inThree =
    locale !== null && COMPOUNDING_LANGUAGES.has(locale) ? await splitInThree(em, rows) : NOT_SPLIT;
  const analysis = new Map<string, WordAnalysis>(
    rows.map(({ closeWords, finnishStem, ...r }) => {
      const parts = inThree.get(r.plain) ?? { headPart: r.headPart, middlePart: [], tailPart: r.tailPart };
      return [
        r.word,
        {
          ...r,
          ...parts,
          // A compound's first part in the plural too: "cykelparkering" is "parkering för cyklar".
          headPart: locale === 'sv' ? withPluralStems(parts.headPart) : parts.headPart,
          stop: r.stop || isListedStopWord(r.word, locale),
          stemPrefix: shorter(
            finnishStem && finnishStemPrefix(finnishStem),
            inflectionPrefix(r.word, locale),
          ),
          closeWord: suggested.get(r.plain) ?? closeWords[0] ?? null,
        },
      ];
    }),
  );
  const forms = (word: string) => analysis.get(word) ?? { plain: word, lexemes: [word] };
  const terms = await termsFor(em, vocabulary, parsed.words.map(forms));
  const concepts = conceptAlternatives(parsed, forms, terms);
  for (const [word, terms] of concepts) {
    const entry = analysis.get(word);
    if (entry && terms.length > 0) entry.concepts = terms;
  }
  if (locale !== null && COMPOUNDING_LANGUAGES.has(locale)) await addJoinedCompounds(em, parsed, analysis);
  return analysis;
}

/** Swedish lexemes with the stems of their plurals where those drop an e (see swedishPluralStem). */
function withPluralStems(lexemes: string[]): string[] {
  const plurals = lexemes.map(swedishPluralStem).filter((l): l is string => l !== null);
  return [...new Set([...lexemes, ...plurals])];
}

/** The shorter of two prefixes of a word (the one that finds more of its forms), or the one there is. */
function shorter(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return a.length < b.length ? a : b;
}

/**
 * The close word to suggest for each typo with more than one ("did you mean"): of the fewest
 * edits, one as long as the word typed (a slip of one letter is likelier than a letter too many or
 * too few: "panevezis" is "panevezys" rather than the accusative "panevezi"), then the one in the
 * most titles, summaries and labels (counted up to 50). A statement of its own, run only for
 * typos: planning it with every search cost a millisecond each.
 */
async function closestInUse(
  em: EntityManager,
  rows: readonly { plain: string; closeWords: string[] }[],
): Promise<Map<string, string>> {
  const typos = rows.filter((r) => r.closeWords.length > 1);
  if (typos.length === 0) return new Map();
  const chosen = (await em.query(
    `SELECT t.plain, (
       SELECT c.word FROM unnest(t.words) WITH ORDINALITY AS c(word, n)
       CROSS JOIN LATERAL (SELECT string_agg('''' || replace(replace(l, '\\', '\\\\'), '''', '''''') || '''', ' | ')::tsquery AS q
                           FROM unnest(px_query_lexemes(ARRAY[c.word])) l) forms
       ORDER BY levenshtein_less_equal(c.word, t.plain, 4), abs(length(c.word) - length(t.plain)),
                (SELECT count(*) FROM (SELECT 1 FROM search_document d
                                       WHERE d.head @@ forms.q OR d.keywords @@ forms.q LIMIT 50) used) DESC,
                c.n
       LIMIT 1) AS word
     FROM jsonb_to_recordset($1::jsonb) AS t(plain text, words text[])`,
    [JSON.stringify(typos.map((t) => ({ plain: t.plain, words: t.closeWords })))],
  )) as { plain: string; word: string | null }[];
  return new Map(chosen.flatMap((c) => (c.word ? [[c.plain, c.word] as const] : [])));
}

type CompoundParts = Pick<WordAnalysis, 'headPart' | 'middlePart' | 'tailPart'>;
const NOT_SPLIT = new Map<string, CompoundParts>();

/**
 * Long words no two parts make, split in three words of the index: "juoma|vesi|pisteet",
 * "torg|konst|festival" (a linking s allowed, the last part of four letters or more; the longest
 * last part, then the longest first). A statement of its own, run only for such words: in the
 * one above it cost every search in these languages a millisecond of planning.
 */
async function splitInThree(
  em: EntityManager,
  rows: readonly { plain: string; headPart: string[]; tailPart: string[] }[],
): Promise<Map<string, CompoundParts>> {
  const unsplit = rows.filter((r) => r.headPart.length === 0 && r.plain.length >= 10).map((r) => r.plain);
  if (unsplit.length === 0) return NOT_SPLIT;
  const found = (await em.query(
    `SELECT w.plain, px_query_lexemes(ARRAY[p.first]) AS "headPart",
            px_query_lexemes(ARRAY[p.middle]) AS "middlePart", px_query_lexemes(ARRAY[p.tail]) AS "tailPart"
     FROM unnest($1::text[]) AS w(plain)
     CROSS JOIN LATERAL (
       SELECT c.first, c.middle, c.tail FROM (
         SELECT k, j, substr(w.plain, k + 1) AS tail, ${WORD_OR_LINKED('left(w.plain, j)')} AS first,
                ${WORD_OR_LINKED('substr(w.plain, j + 1, k - j)')} AS middle
         -- The last part's lookup once per split point, not once per first part (OFFSET 0).
         FROM (SELECT k FROM generate_series(length(w.plain) - 4, 6, -1) AS k
               WHERE (SELECT 1 FROM search_word s WHERE s.word = substr(w.plain, k + 1)) IS NOT NULL
               OFFSET 0) whole_tails
         CROSS JOIN generate_series(k - 3, 3, -1) AS j) c
       WHERE c.first IS NOT NULL AND c.middle IS NOT NULL
       ORDER BY c.k DESC, c.j DESC LIMIT 1) p`,
    [unsplit],
  )) as (CompoundParts & { plain: string })[];
  return new Map(found.map(({ plain, ...parts }) => [plain, parts]));
}

/**
 * Neighbouring query words written apart that the index holds joined ("lähiruoka tori" →
 * "lähiruokatori", "centrum utveckling" → "centrumutveckling", also with a linking s): the
 * compounds, and their lexemes, become other forms of both words.
 */
async function addJoinedCompounds(
  em: EntityManager,
  parsed: ParsedQuery,
  analysis: Map<string, WordAnalysis>,
): Promise<void> {
  const pairs = parsed.words.slice(1).map((second, i) => [parsed.words[i]!, second] as const);
  if (pairs.length === 0) return;
  const rows = (await em.query(
    `SELECT p.first, p.second, px_query_lexemes(ARRAY(
         SELECT s.word FROM search_word s
         WHERE s.word LIKE px_unaccent(p.first) || px_unaccent(p.second) || '%'
            OR s.word LIKE px_unaccent(p.first) || 's' || px_unaccent(p.second) || '%'
         ORDER BY length(s.word), s.word LIMIT ${COMPOUNDS_PER_WORD})) AS lexemes
     FROM unnest($1::text[], $2::text[]) AS p(first, second)
     WHERE length(p.first) >= 3 AND length(p.second) >= 3`,
    [pairs.map(([first]) => first), pairs.map(([, second]) => second)],
  )) as { first: string; second: string; lexemes: string[] }[];
  for (const row of rows) {
    if (row.lexemes.length === 0) continue;
    for (const word of [row.first, row.second]) {
      const entry = analysis.get(word);
      if (entry) entry.related = [...entry.related, ...row.lexemes];
    }
    const first = analysis.get(row.first);
    if (first) first.joined = [...(first.joined ?? []), { next: row.second, lexemes: row.lexemes }];
  }
}
