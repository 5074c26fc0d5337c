import type { EntityManager } from 'typeorm';
import type { FieldConcept } from '../../vocabulary/concept.js';
import { WORD, type ParsedQuery } from './parse-query.js';
import { inflectionPrefix } from './word-forms.js';

/** One word of a term as the index holds it. */
interface TermWord {
  /** Unaccented and lower-cased (documents' `simple` variant, and what query words are matched to). */
  plain: string;
  /** Its lexemes under the language's configuration, accented (titles) and unaccented (bodies). */
  stems: string[];
  /** Matched as a prefix too, in inflecting languages (see inflectionPrefix), or null. */
  prefix: string | null;
  /** Distance from the previous word kept (a stop word between them is skipped). */
  gap: number;
}

/** A term of the field vocabulary, analysed once as the documents of its language are. */
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
 * diacritics ("gatvėje" → "gatvej", "gatvė" → "gatv").
 */
const PREFIXED_LANGUAGES: ReadonlySet<string> = new Set(['fi', 'lt', 'sl', 'lv', 'et', 'pl']);

/**
 * Every term's words with their positions: plain (`simple`, unaccented), and stemmed under the
 * language's configuration as written and unaccented, as px_search_vector and
 * px_search_body_vector index a document's text.
 */
const TERMS_SQL = `SELECT to_tsvector('pg_catalog.simple', px_unaccent(t.term))::text AS plain,
     to_tsvector(px_search_config(t.language), px_unaccent(t.term))::text AS stemmed,
     to_tsvector(px_search_config(t.language), t.term)::text AS accented
   FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(language, term, n) ORDER BY t.n`;

/** A tsvector's text form ('gatv':2 'pėst':1), as lexemes with their positions. */
const VECTOR_ENTRY = /'((?:[^']|'')*)':([\d,A-D]+)/g;

function vectorEntries(vector: string): { lexeme: string; positions: number[] }[] {
  return [...vector.matchAll(VECTOR_ENTRY)].map((m) => ({
    lexeme: m[1]!.replace(/''/g, "'").replace(/\\\\/g, '\\'),
    positions: m[2]!.split(',').map((p) => Number.parseInt(p, 10)),
  }));
}

/** Analyses the vocabulary's terms in one statement (run once per engine). */
export async function indexTerms(
  em: EntityManager,
  concepts: readonly FieldConcept[],
): Promise<IndexedTerm[]> {
  const terms = concepts.flatMap((concept, c) =>
    Object.entries(concept.terms).flatMap(([language, list]) =>
      // Split as a query is ("pop-up shop" is pop, up, shop), so that its words meet a query's.
      (list ?? []).map((term) => ({
        concept: c,
        language,
        term: [...term.toLocaleLowerCase().matchAll(WORD)].join(' '),
      })),
    ),
  );
  if (terms.length === 0) return [];
  // As text, one row per term: 5,000 terms' lexemes as rows took ~0.7 s to receive and parse.
  const rows = (await em.query(TERMS_SQL, [terms.map((t) => t.language), terms.map((t) => t.term)])) as {
    plain: string;
    stemmed: string;
    accented: string;
  }[];
  const byTerm = new Map<number, Map<number, { plain: string; stems: Set<string> }>>();
  rows.forEach((row, n) => {
    const positions = new Map<number, { plain: string; stems: Set<string> }>();
    byTerm.set(n, positions);
    for (const [kind, vector] of [
      ['plain', row.plain],
      ['stem', row.stemmed],
      ['stem', row.accented],
    ] as const) {
      for (const { lexeme, positions: at } of vectorEntries(vector)) {
        for (const position of at) {
          const word = positions.get(position) ?? { plain: '', stems: new Set<string>() };
          if (kind === 'plain') word.plain = lexeme;
          else word.stems.add(lexeme);
          positions.set(position, word);
        }
      }
    }
  });
  return terms.flatMap((t, n) => {
    const positions = byTerm.get(n);
    if (!positions) return [];
    let previous: number | null = null;
    const words = [...positions.entries()]
      .sort(([a], [b]) => a - b)
      .flatMap(([position, w]) => {
        if (w.plain === '') return [];
        const gap = previous === null ? 0 : position - previous;
        if (w.stems.size > 0) previous = position;
        return [
          {
            plain: w.plain,
            stems: [...w.stems],
            prefix: PREFIXED_LANGUAGES.has(t.language) ? inflectionPrefix(w.plain, t.language) : null,
            gap,
          },
        ];
      });
    return words.length === 0 ? [] : [{ concept: t.concept, language: t.language, words }];
  });
}

/** What one query word is known as: its lexemes under every configuration, and its plain form. */
export interface QueryWordForms {
  plain: string;
  lexemes: readonly string[];
}

/** The analysed terms, looked up by concept and by their first word. */
export interface Vocabulary {
  byConcept: ReadonlyMap<number, readonly IndexedTerm[]>;
  /** By every form of a term's first word: its plain form and its stems. */
  byForm: ReadonlyMap<string, readonly IndexedTerm[]>;
  /** By the prefix of a term's first word, where it has one (inflecting languages). */
  byPrefix: ReadonlyMap<string, readonly IndexedTerm[]>;
}

export function vocabularyOf(terms: readonly IndexedTerm[]): Vocabulary {
  const add = (map: Map<string | number, IndexedTerm[]>, key: string | number, term: IndexedTerm) => {
    const list = map.get(key) ?? [];
    if (!list.includes(term)) list.push(term);
    map.set(key, list);
  };
  const byConcept = new Map<number, IndexedTerm[]>();
  const byForm = new Map<string, IndexedTerm[]>();
  const byPrefix = new Map<string, IndexedTerm[]>();
  for (const term of terms) {
    const first = term.words[0]!;
    add(byConcept as Map<string | number, IndexedTerm[]>, term.concept, term);
    for (const form of [first.plain, ...first.stems])
      add(byForm as Map<string | number, IndexedTerm[]>, form, term);
    if (first.prefix) add(byPrefix as Map<string | number, IndexedTerm[]>, first.prefix, term);
  }
  return { byConcept, byForm, byPrefix };
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
  vocabulary: Vocabulary,
): Map<string, IndexedTerm[]> {
  const words = parsed.words.map(forms);
  const found = new Map<string, IndexedTerm[]>();
  const typed = new Set<IndexedTerm>();
  words.forEach((word, start) => {
    for (const term of startingWith(word, vocabulary)) {
      if (start + term.words.length > words.length) continue;
      if (!term.words.every((w, j) => wordIsTermWord(words[start + j]!, w))) continue;
      typed.add(term);
      for (let j = 0; j < term.words.length; j += 1) {
        const key = parsed.words[start + j]!;
        const list = found.get(key) ?? [];
        for (const other of vocabulary.byConcept.get(term.concept) ?? [])
          if (!list.includes(other)) list.push(other);
        found.set(key, list);
      }
    }
  });
  // The terms a word was typed as need no alternative of their own: it already finds them.
  for (const [word, list] of found)
    found.set(
      word,
      list.filter((t) => !typed.has(t)),
    );
  return found;
}

/** Terms whose first word the query word may be: by its forms, and by its prefixes. */
function startingWith(word: QueryWordForms, vocabulary: Vocabulary): Set<IndexedTerm> {
  const candidates = new Set<IndexedTerm>();
  for (const form of [word.plain, ...word.lexemes])
    for (const t of vocabulary.byForm.get(form) ?? []) candidates.add(t);
  for (let k = 4; k <= word.plain.length; k += 1) {
    for (const t of vocabulary.byPrefix.get(word.plain.slice(0, k)) ?? []) candidates.add(t);
  }
  return candidates;
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
 * A term as tsquery text: its words in order (a stop word its configuration drops only keeps its
 * place), each as written, stemmed, or in inflecting languages by its prefix.
 */
export function termQuery(term: IndexedTerm, weight = ''): string {
  const suffix = weight ? `:${weight}` : '';
  const kept = term.words.filter((w) => w.stems.length > 0 || term.words.length === 1);
  const phrase = kept
    .map((w, i) => {
      const forms = [...new Set([w.plain, ...w.stems])].map((l) => `${quote(l)}${suffix}`);
      if (w.prefix) forms.push(`${quote(w.prefix)}:*${weight}`);
      const word = forms.length === 1 ? forms[0]! : `(${forms.join(' | ')})`;
      return i === 0 ? word : ` <${w.gap}> ${word}`;
    })
    .join('');
  return `(${phrase})`;
}
