/**
 * What a user typed, in websearch syntax: plain words (any may match; records covering more of
 * them rank higher), "quoted phrases" (required), -excluded words or phrases, and `or` (accepted
 * and ignored: plain words already match any). Words are lower-cased; punctuation separates them,
 * except inside numbers ("4.0").
 */
export interface ParsedQuery {
  words: string[];
  phrases: string[][];
  excluded: string[][];
  /** The last plain word was still being typed (no space after it): match it as a prefix too. */
  prefix: string | null;
  /**
   * Words typed with a capital where the rest of the query is not capitalized: names of places,
   * organizations, programmes ("cycle lanes Kranj", "Kako so v Kopru …"). See namesOf.
   */
  names: Set<string>;
}

/** A word of a query: letters and digits, a number with its decimal or thousands separators. */
export const WORD = /[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu;
/**
 * Bounds the work one query can cause: words analysed (a whole question, its stop words
 * included). At most MAX_CONTENT_WORDS of them then search (see buildQueryPlan).
 */
const MAX_WORDS = 40;

export function parseQuery(raw: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], phrases: [], excluded: [], prefix: null, names: new Set() };
  const text = raw.normalize('NFC');
  // Tokens: optional "-", then a quoted phrase or a bare run of non-space characters.
  const token = /(-?)(?:"([^"]*)"?|(\S+))/gu;
  let lastPlain: string | null = null;
  for (const match of text.matchAll(token)) {
    const [, minus, quoted, bare] = match;
    const words = wordsOf(quoted ?? bare ?? '');
    if (words.length === 0) continue;
    const total = parsed.words.length + parsed.phrases.flat().length + parsed.excluded.flat().length;
    if (total + words.length > MAX_WORDS) break;
    if (minus) {
      parsed.excluded.push(words);
      lastPlain = null;
    } else if (quoted !== undefined) {
      if (words.length === 1) parsed.words.push(words[0]!);
      else parsed.phrases.push(words);
      lastPlain = null;
    } else if (words.length === 1 && words[0] === 'or') {
      lastPlain = null;
    } else {
      parsed.words.push(...words);
      lastPlain = words.at(-1) ?? null;
    }
  }
  if (lastPlain !== null && !/\s$/u.test(text) && /[\p{L}\p{N}]$/u.test(text)) parsed.prefix = lastPlain;
  parsed.words = [...new Set(parsed.words)];
  parsed.names = namesOf(text);
  return parsed;
}

/**
 * Capitalized words that are not capitalized only because they begin the query or because every
 * word is (title case, all caps). A name is what people add to narrow a query to a place or a
 * body, so the engine weighs it more; a false one only weighs a word more, never filters.
 */
function namesOf(text: string): Set<string> {
  const words = [...text.matchAll(WORD)].map((m) => m[0]).filter((w) => /\p{L}/u.test(w));
  // Two letters are too few for a name ("Wi-Fi", "EU", "TV"): as two names, the halves of "Wi-Fi"
  // outweighed the town of "free public Wi-Fi Nova Gorica". They still count as capitals for the
  // rest of the query (a query in title case has no names).
  const capitalized = (w: string) => /^\p{Lu}/u.test(w);
  const nameLike = (w: string) => capitalized(w) && [...w].length > 2;
  const flagged = words.map(capitalized);
  const count = flagged.filter(Boolean).length;
  if (count === 0 || count === words.length) return new Set();
  const names = new Set<string>();
  words.forEach((word, i) => {
    // The first word: a name only when no other word is capitalized ("Kranj parking").
    if (flagged[i] && nameLike(word) && (i > 0 || count === 1)) names.add(word.toLocaleLowerCase());
  });
  return names;
}

function wordsOf(text: string): string[] {
  return [...text.toLocaleLowerCase().matchAll(WORD)].map((m) => m[0]).filter((w) => w.length <= 60);
}

export function isEmptyQuery(parsed: ParsedQuery): boolean {
  return parsed.words.length === 0 && parsed.phrases.length === 0;
}
