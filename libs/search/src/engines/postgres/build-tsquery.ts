import { termQuery, type IndexedTerm } from './concept-terms.js';
import type { ParsedQuery } from './parse-query.js';
import { englishPhrasePattern } from './phrase-pattern.js';

/** How PostgreSQL analysed one query word (see analyseWords). */
export interface WordAnalysis {
  word: string;
  /** Unaccented, lower-cased: the form in the documents' `simple` variant. */
  plain: string;
  /** Its lexemes under every stemming configuration, as written and unaccented. */
  lexemes: string[];
  /** A stop word in the query's language (none when the language is unknown). */
  stop: boolean;
  /** Close words from the index's word list when the word itself is not in it (typos). */
  fuzzy: string[];
  /** The close word to offer instead (unaccented, as the word list holds it), or null: "did you mean". */
  closeWord: string | null;
  /**
   * Other forms of the same word the index holds, with their lexemes: compounds that contain it
   * (Swedish, Finnish, German), a Finnish -nen/-se- stem alternation.
   */
  related: string[];
  /**
   * Compounds the index holds of this word and the next one, typed apart ("centrum utveckling" →
   * centrumutvecklingen), with their lexemes: found in a text, the two words are found together.
   */
  joined?: readonly { next: string; lexemes: readonly string[] }[];
  /**
   * A compound split into parts the index knows, each part's lexemes ([] when not split; the
   * middle [] too when it splits in two).
   */
  headPart: string[];
  middlePart: string[];
  tailPart: string[];
  /** Matched as a prefix too: the word without its case ending (see inflectionPrefix). */
  stemPrefix?: string | null;
  /**
   * The field vocabulary's other terms for a concept the word is (part of) a term of, in every
   * language: "pedestrian street" also finds "pėsčiųjų gatvė" (see conceptAlternatives).
   */
  concepts?: readonly IndexedTerm[];
  /** Those of them searched in bodies too (see affordableTerms); all of them when absent. */
  bodyConcepts?: readonly IndexedTerm[];
}

/** A vocabulary term as a query searches it (see QueryPlan.conceptTerms). */
export interface ConceptTerm {
  /** tsquery text: the term's words in order (termQuery). */
  query: string;
  /** Searched in bodies too, not only in titles and summaries (see affordableTerms). */
  inBodies: boolean;
}

/** A word the database did not analyse: itself as its only lexeme, no other forms. */
export function unanalysedWord(word: string): WordAnalysis {
  return {
    word,
    plain: word,
    lexemes: [word],
    stop: false,
    fuzzy: [],
    closeWord: null,
    related: [],
    headPart: [],
    middlePart: [],
    tailPart: [],
  };
}

/** The tsqueries one search runs with (as tsquery text; lexemes are quoted, never interpreted). */
export interface QueryPlan {
  /** Matches a candidate: any word group (typo and prefix alternatives included). */
  any: string;
  /** Ranks: exact lexemes only, so a typo match never outranks an exact one. */
  exact: string;
  /** One group per word that counts towards coverage. */
  groups: string[];
  /**
   * Per group, the field vocabulary's other terms for its word ([] when it has none), each as
   * tsquery text and whether it is searched in bodies too (WordAnalysis.bodyConcepts; titles and
   * summaries always): found apart from the word, so that they neither change how rare the word
   * is nor make it common, and weighed as lesser evidence of it (see matchQuery).
   */
  conceptTerms: ConceptTerm[][];
  /**
   * Per group, the last part of a compound the word split into (tsquery text), else null: what a
   * compound names is a kind of its last part ("katupiano" is a piano), found as lesser evidence
   * of the word (see matchQuery).
   */
  compoundTails: ({ query: string; lexemes: string[] } | null)[];
  /** The same groups restricted to titles (weight A). */
  titleGroups: string[];
  /** Each group's word as typed (unaccented, no stemming), in any field of the title or summary. */
  typedGroups: string[];
  /** The same, in titles only. */
  typedTitleGroups: string[];
  /**
   * Each group's own lexemes (as typed and stemmed; no typo or compound alternatives). None for a
   * place named in several words: all of its words together are never broad.
   */
  groupLexemes: string[][];
  /**
   * Each group's lexemes with its alternatives' (typo fixes, other forms, compounds): a group
   * matches every document any of them is in, so one common alternative makes the group common.
   * None for a place named in several words: its documents are always read (see placeRuns).
   */
  groupAlternatives: string[][];
  /** For each group, the year it names (a four-digit year in the query), else null. */
  groupYears: (number | null)[];
  /** For each group, whether its word was typed as a name (see ParsedQuery.names) or is a place's. */
  groupNames: boolean[];
  /** For each group, whether it is a place the directory knows by a name of several words (PlaceNames). */
  groupPlaces: boolean[];
  /** Neighbouring query words next to each other (or one word apart): "night economy". */
  pairs: string[];
  /** Any counted word as typed (unaccented): records holding such a form rank above stem-only ones. */
  asTyped: string;
  /** Must all match (quoted phrases). */
  required: string[];
  /** For each phrase, the words English text must hold as typed (see englishPhrasePattern). */
  requiredInEnglish: string[];
  /** For each phrase, all of its words in any order: what an index can find. */
  requiredWords: string[];
  /** Must not match. */
  excluded: string[];
}

/** Words a query searches with at most, after stop words: "how did … in Klaipėda" keeps its last. */
export const MAX_CONTENT_WORDS = 12;

/** A year people put in a query ("christmas market 2019"): matched against the record's date too. */
const YEAR = /^(19[5-9]\d|20\d\d)$/;

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

export function buildQueryPlan(
  parsed: ParsedQuery,
  analysis: Map<string, WordAnalysis>,
  /** Runs of the query's words that name a place ("novo", "mesto"): see PlaceNames. */
  places: readonly (readonly string[])[] = [],
  /** Words that name a place in one word ("kranj", "görlitz"): weighed as names (see PlaceNames). */
  placeWords: ReadonlySet<string> = new Set(),
): QueryPlan {
  const info = (word: string): WordAnalysis => analysis.get(word) ?? unanalysedWord(word);
  const { exactGroup, anyGroup, phrase } = wordGroups(parsed, info);

  const phraseWords = parsed.phrases.flat();
  const contentWords = [...parsed.words, ...phraseWords].filter((w) => !info(w).stop);
  // A query of stop words only ("the") still searches for them.
  const counted = contentWords.length > 0 ? contentWords : [...parsed.words, ...phraseWords];
  const words = mostTelling([...new Set(counted)]);
  // A place named in several words is one group, which its first word stands for.
  const runs = placeRuns(places, words);
  const unique = words.filter((w) => runs.has(w) || ![...runs.values()].some((run) => run.includes(w)));
  const ownForms = (weight: string) => (w: string) =>
    `(${alternativesOf([...info(w).lexemes, info(w).plain], weight).join(' | ')})`;
  const typed = (weight: string) => (w: string) => `${quote(info(w).plain)}${weight ? `:${weight}` : ''}`;
  /** The word's group, or its place's, each of the place's words as `form` gives it; titles only with `title`. */
  const each = (word: string, group: (w: string) => string, form = ownForms, title = false) => {
    const run = runs.get(word);
    return run ? placeGroup(run, form, title) : group(word);
  };
  return {
    any: unique.map((w) => each(w, anyGroup)).join(' | '),
    exact: unique.map((w) => each(w, exactGroup)).join(' | '),
    groups: unique.map((w) => each(w, anyGroup)),
    conceptTerms: unique.map((w) => {
      if (runs.has(w)) return [];
      const { concepts = [], bodyConcepts } = info(w);
      return concepts.map((t) => ({
        query: termQuery(t),
        inBodies: !bodyConcepts || bodyConcepts.includes(t),
      }));
    }),
    compoundTails: unique.map((w) => {
      const a = info(w);
      return runs.has(w) || a.headPart.length === 0 || a.tailPart.length === 0
        ? null
        : { query: `(${alternativesOf(a.tailPart).join(' | ')})`, lexemes: a.tailPart };
    }),
    titleGroups: unique.map((w) => each(w, (x) => anyGroup(x, 'A'), ownForms, true)),
    typedGroups: unique.map((w) => each(w, typed(''), typed)),
    typedTitleGroups: unique.map((w) => each(w, typed('A'), typed, true)),
    groupLexemes: unique.map((w) => (runs.has(w) ? [] : [...new Set([...info(w).lexemes, info(w).plain])])),
    groupAlternatives: unique.map((w) => {
      if (runs.has(w)) return [];
      const a = info(w);
      return [...new Set([...a.lexemes, a.plain, ...a.fuzzy, ...a.related])];
    }),
    groupYears: unique.map((w) => (YEAR.test(w) && !runs.has(w) ? Number(w) : null)),
    groupNames: unique.map((w) => runs.has(w) || placeWords.has(w) || parsed.names.has(w)),
    groupPlaces: unique.map((w) => runs.has(w) || placeWords.has(w)),
    pairs: unique.slice(1).map((word, i) => {
      const [a, b] = [each(unique[i]!, anyGroup), each(word, anyGroup)];
      // Written as one compound, the two words are as together as can be.
      const joined = info(unique[i]!).joined?.find((j) => j.next === word);
      const compound = joined ? ` | (${alternativesOf([...joined.lexemes]).join(' | ')})` : '';
      return `(${a} <-> ${b}) | (${a} <2> ${b})${compound}`;
    }),
    asTyped: [...new Set(unique.map((word) => quote(info(word).plain)))].join(' | '),
    required: parsed.phrases.map(phrase),
    requiredInEnglish: parsed.phrases.map((words) => englishPhrasePattern(words.map((w) => info(w).plain))),
    requiredWords: parsed.phrases.map((words) =>
      words
        .filter((w) => !info(w).stop || words.length === 1)
        .map(exactGroup)
        .join(' & '),
    ),
    excluded: parsed.excluded.map(phrase),
  };
}

/** The tsquery groups of single words: as typed and stemmed, with alternatives, and phrases. */
function wordGroups(parsed: ParsedQuery, info: (word: string) => WordAnalysis) {
  const exactGroup = (word: string) => {
    const a = info(word);
    return `(${alternativesOf([...a.lexemes, a.plain]).join(' | ')})`;
  };
  const anyGroup = (word: string, weight = '') => {
    const a = info(word);
    const alternatives = alternativesOf([...a.lexemes, a.plain, ...a.fuzzy, ...a.related], weight);
    if (parsed.prefix === word && a.plain.length >= 2) alternatives.push(`${quote(a.plain)}:*${weight}`);
    if (a.stemPrefix) alternatives.push(`${quote(a.stemPrefix)}:*${weight}`);
    // A compound typed whole matches a text that has its parts ("stadskärnan" → stadens kärna).
    if (a.headPart.length > 0 && a.tailPart.length > 0) {
      const parts = [a.headPart, a.middlePart, a.tailPart].filter((part) => part.length > 0);
      alternatives.push(
        `(${parts.map((part) => `(${alternativesOf(part, weight).join(' | ')})`).join(' & ')})`,
      );
    }
    return `(${alternatives.join(' | ')})`;
  };
  // A phrase keeps its stop words' places: "town centre of Velenje" → centre <2> velenje.
  const phrase = (words: string[]) => {
    let out = '';
    let gap = 0;
    for (const word of words) {
      gap += 1;
      if (info(word).stop && words.length > 1) continue;
      out = out ? `${out} <${gap}> ${exactGroup(word)}` : exactGroup(word);
      gap = 0;
    }
    return out || exactGroup(words[0]!);
  };
  return { exactGroup, anyGroup, phrase };
}

const alternativesOf = (lexemes: string[], weight = '') =>
  [...new Set(lexemes)].map((l) => `${quote(l)}${weight ? `:${weight}` : ''}`);

/**
 * A place named in several words, as one group: "novo" and "mesto" apart are a common word and
 * one that Nova Gorica shares. Its words in their own forms (`form`; no prefix: "mest" would find
 * "Mestna občina Nova Gorica"), side by side in a text ("Znamka mesta v Novi Gorici" holds "nov"
 * and "mest" too), or anywhere among a record's labels, which have no word positions. Labels are
 * told apart by weight C, which no text has (titles A, summaries B, bodies D), while a vector
 * without positions matches whatever the weight. In titles (A) only the text side applies.
 */
function placeGroup(
  run: readonly string[],
  form: (weight: string) => (word: string) => string,
  title: boolean,
): string {
  const inText = run.map(form(title ? 'A' : '')).join(' <-> ');
  return title ? `(${inText})` : `((${inText}) | (${run.map(form('C')).join(' & ')}))`;
}

/**
 * The place runs whose words all search, next to each other in the query (none was dropped as a
 * stop word or as one too many), by their first word.
 */
function placeRuns(
  places: readonly (readonly string[])[],
  words: readonly string[],
): Map<string, readonly string[]> {
  const runs = new Map<string, readonly string[]>();
  for (const run of places) {
    const start = words.indexOf(run[0]!);
    if (start >= 0 && run.every((w, j) => words[start + j] === w)) runs.set(run[0]!, run);
  }
  return runs;
}

/**
 * At most MAX_CONTENT_WORDS words, in the query's order: when there are more (a long question in
 * a language without stop words), the longest ones, which tell the most ("…brought young
 * designers to Piotrkowska" keeps its last word).
 */
function mostTelling(words: string[]): string[] {
  if (words.length <= MAX_CONTENT_WORDS) return words;
  const kept = new Set(
    words
      .map((word, position) => ({ word, position }))
      .sort((a, b) => b.word.length - a.word.length || b.position - a.position)
      .slice(0, MAX_CONTENT_WORDS)
      .map((w) => w.word),
  );
  return words.filter((w) => kept.has(w));
}
