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
  /** A compound split into two parts the index knows, each part's lexemes ([] when not split). */
  headPart: string[];
  tailPart: string[];
  /** Matched as a prefix too: the word without its case ending (see inflectionPrefix). */
  stemPrefix?: string | null;
  /**
   * The field vocabulary's other terms for a concept the word is (part of) a term of, in every
   * language: "pedestrian street" also finds "pėsčiųjų gatvė" (see conceptAlternatives).
   */
  concepts?: readonly IndexedTerm[];
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
   * Per group, the field vocabulary's other terms for its word (null when it has none): found
   * apart from the word, so that they neither change how rare the word is nor make it common,
   * and weighed as lesser evidence of it (see matchQuery).
   */
  conceptGroups: (string | null)[];
  /** The same groups restricted to titles (weight A). */
  titleGroups: string[];
  /** Each group's word as typed (unaccented, no stemming), in any field of the title or summary. */
  typedGroups: string[];
  /** The same, in titles only. */
  typedTitleGroups: string[];
  /** Each group's own lexemes (as typed and stemmed; no typo or compound alternatives). */
  groupLexemes: string[][];
  /**
   * Each group's lexemes with its alternatives' (typo fixes, other forms, compounds): a group
   * matches every document any of them is in, so one common alternative makes the group common.
   */
  groupAlternatives: string[][];
  /** For each group, the year it names (a four-digit year in the query), else null. */
  groupYears: (number | null)[];
  /** For each group, whether its word was typed as a name (see ParsedQuery.names). */
  groupNames: boolean[];
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

export function buildQueryPlan(parsed: ParsedQuery, analysis: Map<string, WordAnalysis>): QueryPlan {
  const info = (word: string): WordAnalysis =>
    analysis.get(word) ?? {
      word,
      plain: word,
      lexemes: [word],
      stop: false,
      fuzzy: [],
      closeWord: null,
      related: [],
      headPart: [],
      tailPart: [],
    };
  const alternativesOf = (lexemes: string[], weight = '') =>
    [...new Set(lexemes)].map((l) => `${quote(l)}${weight ? `:${weight}` : ''}`);
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
      alternatives.push(
        `((${alternativesOf(a.headPart, weight).join(' | ')}) & (${alternativesOf(a.tailPart, weight).join(' | ')}))`,
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

  const phraseWords = parsed.phrases.flat();
  const contentWords = [...parsed.words, ...phraseWords].filter((w) => !info(w).stop);
  // A query of stop words only ("the") still searches for them.
  const counted = contentWords.length > 0 ? contentWords : [...parsed.words, ...phraseWords];
  const unique = mostTelling([...new Set(counted)]);
  return {
    any: unique.map((w) => anyGroup(w)).join(' | '),
    exact: unique.map(exactGroup).join(' | '),
    groups: unique.map((w) => anyGroup(w)),
    conceptGroups: unique.map((w) => {
      const terms = info(w).concepts ?? [];
      return terms.length === 0 ? null : terms.map((t) => termQuery(t)).join(' | ');
    }),
    titleGroups: unique.map((w) => anyGroup(w, 'A')),
    typedGroups: unique.map((w) => quote(info(w).plain)),
    typedTitleGroups: unique.map((w) => `${quote(info(w).plain)}:A`),
    groupLexemes: unique.map((w) => [...new Set([...info(w).lexemes, info(w).plain])]),
    groupAlternatives: unique.map((w) => {
      const a = info(w);
      return [...new Set([...a.lexemes, a.plain, ...a.fuzzy, ...a.related])];
    }),
    groupYears: unique.map((w) => (YEAR.test(w) ? Number(w) : null)),
    groupNames: unique.map((w) => parsed.names.has(w)),
    pairs: unique.slice(1).map((word, i) => {
      const [a, b] = [anyGroup(unique[i]!), anyGroup(word)];
      return `(${a} <-> ${b}) | (${a} <2> ${b})`;
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
