import { POSITIONS_PER_FIELD, wordsWithPrefix, type WordIndex } from './fake-meili-index.js';
import { MAX_WORD_BYTES, normalizeWord, textTokens } from './fake-meili-text.js';

/**
 * A search query as Meilisearch reads it (documented in "Known limitations", "Prefix search",
 * "Typo tolerance", "Concatenated and split queries", "Phrase search", "Negative search"):
 * - at most 10 terms; a quoted phrase is one term; `-word` and `-"phrase"` exclude documents;
 * - the last word is a prefix when nothing follows it (not even punctuation);
 * - a word of `oneTypo` characters or more matches with one typo, of `twoTypos` or more with two
 *   (Damerau-Levenshtein); a typo on the first letter counts as two;
 * - two or three adjacent words are also searched concatenated (an n-word concatenation costs n
 *   typos plus its own), and a word is also searched split in two (the split whose halves stand
 *   next to each other in the most documents), which counts as one typo;
 * - synonyms of a word (or of 2–3 adjacent words) match as that word, with no typo.
 */

export const MAX_QUERY_TERMS = 10;
const MAX_ONE_TYPO_WORDS = 150;
const MAX_TWO_TYPO_WORDS = 50;
const MAX_SYNONYM_PHRASES = 50;
const MAX_SYNONYM_WORDS = 100;

/** A word or a run of adjacent words (a phrase: quoted, a split word, a multi-word synonym). */
export interface Derivation {
  words: string[];
  /** A prefix derivation of the last query word (highlighted as a prefix). */
  prefix: boolean;
}

/** A node of the query graph: one term, or a concatenation of 2–3 adjacent terms. */
export interface QueryNode {
  /** Term ids covered (an n-gram covers 2 or 3). */
  first: number;
  last: number;
  /** Query positions (a hard separator in the query counts 8). */
  start: number;
  end: number;
  /** The query words it stands for, normalized (2–3 for an n-gram, the phrase's words). */
  words: string[];
  /** Quoted phrases are never dropped by the matching strategy. */
  phrase: boolean;
  /** What exactness counts as exact: the word as typed (when indexed) or the quoted phrase. */
  exact: string[] | null;
  /** Derivations by typo cost: [0] the word, its prefixes, synonyms; [1] one typo, split; [2] two typos. */
  levels: [Derivation[], Derivation[], Derivation[]];
  /** The highest typo cost the node can have (for the ranking score). */
  maxTypo: number;
}

export interface ParsedQuery {
  /** Number of terms (words and phrases, not n-grams). */
  termCount: number;
  nodes: QueryNode[];
  negativeWords: string[];
  negativePhrases: string[][];
}

export interface TypoSettings {
  enabled: boolean;
  oneTypo: number;
  twoTypos: number;
  disableOnWords: Set<string>;
  disableOnNumbers: boolean;
}

export interface QueryContext {
  index: WordIndex;
  typo: TypoSettings;
  /** Normalized synonyms: key words joined by a space → phrases. */
  synonyms: Map<string, string[][]>;
  prefixSearch: boolean;
  /** The query is tokenized as Swedish (its `locales` are all Swedish). */
  swedish: boolean;
}

interface LocatedTerm {
  words: string[];
  phrase: boolean;
  prefix: boolean;
  start: number;
  end: number;
}

class PhraseBuilder {
  words: string[] = [];
  start = -1;
  end = -1;
  push(word: string, position: number): void {
    if (this.words.length === 0) this.start = position;
    this.end = position;
    this.words.push(word);
  }
  build(): LocatedTerm | null {
    return this.words.length === 0
      ? null
      : { words: this.words, phrase: true, prefix: false, start: this.start, end: this.end };
  }
}

/** Terms, phrases and negations in query order, as Meilisearch's query parser reads them. */
function locatedTerms(query: string, context: QueryContext) {
  const tokens = textTokens(query, context.swedish);
  const terms: LocatedTerm[] = [];
  const negativeWords: string[] = [];
  const negativePhrases: string[][] = [];
  let position = -1;
  let phrase: PhraseBuilder | null = null;
  let negativePhrase = false;
  let negativeNext = false;
  let afterWhitespace = true;
  const endPhrase = (built: LocatedTerm | null) => {
    if (built === null) return;
    if (negativePhrase) negativePhrases.push(built.words);
    else terms.push(built);
  };
  for (const [i, token] of tokens.entries()) {
    if (terms.length >= MAX_QUERY_TERMS) return { terms, negativeWords, negativePhrases };
    if (token.kind === 'word') {
      position++;
      if (phrase !== null) {
        phrase.push(token.word, position);
      } else if (negativeNext) {
        negativeWords.push(token.word);
        negativeNext = false;
      } else {
        const last = i === tokens.length - 1;
        terms.push({
          words: [token.word],
          phrase: false,
          prefix: last && context.prefixSearch,
          start: position,
          end: position,
        });
      }
      afterWhitespace = false;
      continue;
    }
    if (token.hard) position += 7;
    let current: PhraseBuilder | null = phrase;
    if (token.hard && current !== null) {
      // A hard separator inside quotes ends the phrase and starts another.
      endPhrase(current.build());
      current = new PhraseBuilder();
    }
    let quotes = [...token.text].filter((c) => c === '"').length;
    if (quotes > 0) {
      if (current !== null) {
        quotes -= 1;
        endPhrase(current.build());
        negativePhrase = false;
      }
      if (quotes % 2 === 1) {
        negativePhrase = negativeNext;
        current = new PhraseBuilder();
      } else {
        current = null;
      }
    }
    phrase = current;
    negativeNext = phrase === null && token.text === '-' && afterWhitespace;
    afterWhitespace = /\s$/u.test(token.text);
  }
  // A quote never closed makes a phrase of the rest of the query.
  if (phrase !== null) endPhrase(phrase.build());
  return { terms, negativeWords, negativePhrases };
}

export function typosAllowed(word: string, typo: TypoSettings): number {
  const length = [...word].length;
  if (!typo.enabled || length < typo.oneTypo || typo.disableOnWords.has(word)) return 0;
  if (typo.disableOnNumbers && /^\p{Nd}+$/u.test(word)) return 0;
  return length < typo.twoTypos ? 1 : 2;
}

/**
 * Restricted Damerau-Levenshtein distance (a transposition of neighbours is one edit), as
 * Meilisearch's Levenshtein automata count; with `prefix`, the distance to the closest prefix of
 * `word`. Returns max + 1 when over `max`.
 */
export function editDistance(query: string[], word: string[], max: number, prefix: boolean): number {
  const m = query.length;
  const n = word.length;
  if (!prefix && Math.abs(m - n) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let best = prefix ? previous[0]! + m : Infinity;
  for (let i = 1; i <= m; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = query[i - 1] === word[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && query[i - 1] === word[j - 2] && query[i - 2] === word[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = row;
  }
  if (prefix) best = Math.min(best, ...previous);
  else best = previous[n]!;
  return best > max ? max + 1 : best;
}

/** Words one and two typos away, as Meilisearch derives them (first-letter typo = two; capped). */
function typoWords(word: string, maxTypo: number, prefix: boolean, index: WordIndex) {
  const one: string[] = [];
  const two: string[] = [];
  if (maxTypo === 0) return { one, two };
  const query = [...word];
  const first = query[0];
  const tooFar = (letters: string[]) =>
    prefix ? letters.length < query.length - maxTypo : Math.abs(letters.length - query.length) > maxTypo;
  for (const [i, letters] of index.vocabularyLetters.entries()) {
    const oneFull = one.length >= MAX_ONE_TYPO_WORDS;
    const twoFull = two.length >= MAX_TWO_TYPO_WORDS;
    if (oneFull && (maxTypo === 1 || twoFull)) break;
    if (tooFar(letters)) continue;
    const candidate = index.vocabulary[i]!;
    const sameFirst = letters[0] === first;
    if (maxTypo === 1) {
      if (sameFirst && editDistance(query, letters, 1, prefix) === 1) one.push(candidate);
    } else if (!sameFirst) {
      if (!twoFull && editDistance(query, letters, 1, prefix) <= 1) two.push(candidate);
    } else {
      const distance = editDistance(query, letters, 2, prefix);
      if (distance === 1 && !oneFull) one.push(candidate);
      else if (distance === 2 && !twoFull) two.push(candidate);
    }
  }
  return { one, two };
}

/** Documents where `left` is immediately followed by `right` (same attribute). */
function adjacentCount(index: WordIndex, left: string, right: string): number {
  const lefts = index.postings.get(left);
  const rights = index.postings.get(right);
  if (lefts === undefined || rights === undefined) return 0;
  let count = 0;
  for (const [doc, occurrences] of lefts) {
    const after = rights.get(doc);
    if (after === undefined) continue;
    const following = new Set(after);
    if (occurrences.some((o) => o % POSITIONS_PER_FIELD < POSITIONS_PER_FIELD - 1 && following.has(o + 1))) {
      count++;
    }
  }
  return count;
}

/** The split of `word` into two indexed words standing next to each other in the most documents. */
function bestSplit(word: string, index: WordIndex): string[] | null {
  const letters = [...word];
  let best: { count: number; words: string[] } | null = null;
  for (let i = 1; i < letters.length; i++) {
    const left = letters.slice(0, i).join('');
    const right = letters.slice(i).join('');
    if (!index.postings.has(left) || !index.postings.has(right)) continue;
    const count = adjacentCount(index, left, right);
    if (count > 0 && (best === null || count > best.count)) best = { count, words: [left, right] };
  }
  return best?.words ?? null;
}

function synonymPhrases(key: string[], context: QueryContext): Derivation[] {
  const phrases = context.synonyms.get(key.join(' ')) ?? [];
  const result: Derivation[] = [];
  let words = 0;
  for (const phrase of phrases.slice(0, MAX_SYNONYM_PHRASES)) {
    if (words + phrase.length > MAX_SYNONYM_WORDS) continue;
    words += phrase.length;
    result.push({ words: phrase, prefix: false });
  }
  return result;
}

function wordNode(parts: LocatedTerm[], first: number, context: QueryContext): QueryNode | null {
  const { index } = context;
  const ngram = parts.length > 1;
  const word = parts.map((p) => p.words[0]!).join('');
  if (Buffer.byteLength(word) > MAX_WORD_BYTES) return null;
  const prefix = parts[parts.length - 1]!.prefix;
  const maxTypo = Math.max(0, typosAllowed(word, context.typo) - (parts.length - 1));
  const zero: Derivation[] = [];
  const exactIndexed = index.postings.has(word);
  if (exactIndexed) zero.push({ words: [word], prefix: false });
  if (prefix) {
    for (const other of wordsWithPrefix(index, word))
      if (other !== word) zero.push({ words: [other], prefix: true });
  }
  zero.push(...synonymPhrases(ngram ? parts.map((p) => p.words[0]!) : [word], context));
  const { one, two } = typoWords(word, maxTypo, prefix, index);
  const oneTypo: Derivation[] = one.map((w) => ({ words: [w], prefix }));
  const split = bestSplit(word, index);
  const splitIsTheParts =
    ngram && split !== null && split.join(' ') === parts.map((p) => p.words[0]).join(' ');
  if (split !== null && !splitIsTheParts) oneTypo.push({ words: split, prefix: false });
  return {
    first,
    last: first + parts.length - 1,
    start: parts[0]!.start,
    end: parts[parts.length - 1]!.end,
    words: parts.map((p) => p.words[0]!),
    phrase: false,
    exact: !ngram && exactIndexed ? [word] : null,
    levels: [zero, oneTypo, two.map((w) => ({ words: [w], prefix }))],
    maxTypo: maxTypo === 0 ? 1 : maxTypo,
  };
}

/** The query graph's nodes: every term, and every concatenation of 2–3 adjacent word terms. */
export function parseQuery(query: string, context: QueryContext): ParsedQuery {
  const { terms, negativeWords, negativePhrases } = locatedTerms(query, context);
  const nodes: QueryNode[] = [];
  for (const [i, term] of terms.entries()) {
    if (term.phrase) {
      nodes.push({
        first: i,
        last: i,
        start: term.start,
        end: term.end,
        words: term.words,
        phrase: true,
        exact: term.words,
        levels: [[{ words: term.words, prefix: false }], [], []],
        maxTypo: 0,
      });
      continue;
    }
    const single = wordNode([term], i, context);
    if (single !== null) nodes.push(single);
    for (const size of [2, 3]) {
      const parts = terms.slice(i - size + 1, i + 1);
      if (i - size + 1 < 0 || parts.some((p) => p.phrase)) continue;
      // Only words next to each other in the query (no hard separator between them).
      if (parts.some((p, k) => k > 0 && parts[k - 1]!.end + 1 !== p.start)) continue;
      const node = wordNode(parts, i - size + 1, context);
      if (node !== null) nodes.push(node);
    }
  }
  return { termCount: terms.length, nodes, negativeWords, negativePhrases };
}

/** Settings.synonyms normalized as Meilisearch stores them (tokenized keys and values). */
export function normalizedSynonyms(synonyms: unknown): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  if (typeof synonyms !== 'object' || synonyms === null) return map;
  const words = (text: string) => textTokens(text, false).flatMap((t) => (t.kind === 'word' ? [t.word] : []));
  for (const [key, values] of Object.entries(synonyms as Record<string, string[]>)) {
    const keyWords = words(key);
    if (keyWords.length === 0) continue;
    const phrases = values.map(words).filter((phrase) => phrase.length > 0);
    const existing = map.get(keyWords.join(' ')) ?? [];
    map.set(keyWords.join(' '), [...existing, ...phrases]);
  }
  return map;
}

export function typoSettings(settings: Record<string, unknown>): TypoSettings {
  const typo = (settings.typoTolerance ?? {}) as {
    enabled?: boolean | null;
    minWordSizeForTypos?: { oneTypo?: number; twoTypos?: number };
    disableOnWords?: string[] | null;
    disableOnNumbers?: boolean | null;
  };
  return {
    enabled: typo.enabled ?? true,
    oneTypo: typo.minWordSizeForTypos?.oneTypo ?? 5,
    twoTypos: typo.minWordSizeForTypos?.twoTypos ?? 9,
    disableOnWords: new Set((typo.disableOnWords ?? []).map((w) => normalizeWord(w, false))),
    disableOnNumbers: typo.disableOnNumbers ?? false,
  };
}
