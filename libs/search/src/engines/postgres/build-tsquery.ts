import type { ParsedQuery } from './parse-query.js';

/** How PostgreSQL analysed one query word (see PostgresSearchEngine.analyse). */
export interface WordAnalysis {
  word: string;
  /** Unaccented, lower-cased: the form in the documents' `simple` variant. */
  plain: string;
  /** Its lexemes under every stemming configuration, as written and unaccented. */
  lexemes: string[];
  /** A stop word in the caller's language or English: it neither finds nor ranks on its own. */
  stop: boolean;
  /** Close words from the index's word list when the word itself is not in it (typos). */
  fuzzy: string[];
}

/** The tsqueries one search runs with (as tsquery text; lexemes are quoted, never interpreted). */
export interface QueryPlan {
  /** Matches a candidate: any word group (typo and prefix alternatives included). */
  any: string;
  /** Ranks: exact lexemes only, so a typo match never outranks an exact one. */
  exact: string;
  /** One group per word that counts towards coverage. */
  groups: string[];
  /** Any counted word as typed (unaccented): records holding such a form rank above stem-only ones. */
  asTyped: string;
  /** Must all match (quoted phrases). */
  required: string[];
  /** For each phrase, all of its words in any order: what an index can find. */
  requiredWords: string[];
  /** Must not match. */
  excluded: string[];
}

/** Words a query searches with at most, after stop words: "how did … in Klaipėda" keeps its last. */
export const MAX_CONTENT_WORDS = 12;

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

export function buildQueryPlan(parsed: ParsedQuery, analysis: Map<string, WordAnalysis>): QueryPlan {
  const info = (word: string): WordAnalysis =>
    analysis.get(word) ?? { word, plain: word, lexemes: [word], stop: false, fuzzy: [] };
  const exactGroup = (word: string) => {
    const a = info(word);
    return `(${[...new Set([...a.lexemes, a.plain])].map(quote).join(' | ')})`;
  };
  const anyGroup = (word: string) => {
    const a = info(word);
    const alternatives = [...new Set([...a.lexemes, a.plain, ...a.fuzzy])].map(quote);
    if (parsed.prefix === word && a.plain.length >= 2) alternatives.push(`${quote(a.plain)}:*`);
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
  const unique = [...new Set(counted)].slice(0, MAX_CONTENT_WORDS);
  return {
    any: unique.map(anyGroup).join(' | '),
    exact: unique.map(exactGroup).join(' | '),
    groups: unique.map(anyGroup),
    asTyped: [...new Set(unique.map((word) => quote(info(word).plain)))].join(' | '),
    required: parsed.phrases.map(phrase),
    requiredWords: parsed.phrases.map((words) =>
      words
        .filter((w) => !info(w).stop || words.length === 1)
        .map(exactGroup)
        .join(' & '),
    ),
    excluded: parsed.excluded.map(phrase),
  };
}
