/**
 * Text analysis as Meilisearch's tokenizer (charabia, Latin pipeline) does it, for the fake's
 * computed search. Documented behaviour (meilisearch.com/docs: "Data types", "Language",
 * "Known limitations"; charabia's separator list and normalizers):
 * - words are split on whitespace, punctuation and math symbols (Unicode Pc Pd Pe Pf Pi Po Ps Sm
 *   Zl Zp Zs, plus ` and control characters); there is no stemming and no camelCase split;
 * - a word is compatibility-decomposed (NFKD), lowercased, æ/œ become ae/oe and nonspacing marks
 *   (diacritics) are removed — except that in Swedish text (a Swedish locale) å, ä and ö are
 *   recomposed first and kept, so "Växjö" is `växjö` in Swedish and `vaxjo` in any other language;
 * - positions: the next word is 1 further after a soft separator, 8 after a hard one
 *   ("!", "?", ";", "¡", "¿", "§", "¶", and "." or "," followed by a space).
 */

export interface WordToken {
  /** The word as Meilisearch indexes it. */
  word: string;
  /** Position in its attribute value (soft separator +1, hard separator +8). */
  position: number;
  /** UTF-16 offsets of the word in the original text. */
  start: number;
  end: number;
}

export type TextToken =
  | { kind: 'word'; word: string; start: number; end: number }
  | { kind: 'separator'; text: string; hard: boolean };

/** Charabia's hard ("context") separators for Latin text; every other separator is soft. */
const HARD_SEPARATORS = new Set(['!', '?', ';', '¡', '¿', '§', '¶', '\u037e', '\0', '. ', ', ']);
const SEPARATOR = /[\p{Pc}\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}\p{Sm}\p{Zl}\p{Zp}\p{Zs}\p{Cc}`]/u;
const NONSPACING_MARK = /\p{Mn}/gu;
/** Words longer than this many UTF-8 bytes are not indexed (an LMDB key limit). */
export const MAX_WORD_BYTES = 250;
/** "Meilisearch can index a maximum of 65535 positions per attribute." */
export const MAX_POSITION = 65_535;
/** Between two values of one attribute (array items), as after a hard separator. */
export const VALUE_GAP = 8;

/** The normalized form of one word; `swedish` when the text is tokenized as Swedish. */
export function normalizeWord(raw: string, swedish: boolean): string {
  let text = raw.normalize('NFKD');
  if (swedish) text = text.replace(/([aAoO])\u0308|([aA])\u030a/g, (m) => m.normalize('NFC'));
  text = text.toLowerCase().replace(/[æ]/g, 'ae').replace(/[œ]/g, 'oe');
  return text.replace(NONSPACING_MARK, '');
}

/** Words and separators in text order; separators one character each, but ". " and ", " whole. */
export function textTokens(text: string, swedish: boolean): TextToken[] {
  const tokens: TextToken[] = [];
  let wordStart = -1;
  const closeWord = (end: number) => {
    if (wordStart < 0) return;
    const word = normalizeWord(text.slice(wordStart, end), swedish);
    if (word !== '' && Buffer.byteLength(word) <= MAX_WORD_BYTES) {
      tokens.push({ kind: 'word', word, start: wordStart, end });
    }
    wordStart = -1;
  };
  let i = 0;
  while (i < text.length) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    if (SEPARATOR.test(char)) {
      closeWord(i);
      const pair = text.slice(i, i + 2);
      const separator = pair === '. ' || pair === ', ' ? pair : char;
      tokens.push({ kind: 'separator', text: separator, hard: HARD_SEPARATORS.has(separator) });
      i += separator.length;
    } else {
      if (wordStart < 0) wordStart = i;
      i += char.length;
    }
  }
  closeWord(text.length);
  return tokens;
}

/**
 * The indexed words of one attribute value with their positions, the first at `firstPosition`
 * (0, or the previous value's last position + 8 for the next item of an array).
 */
export function indexedWords(text: string, swedish: boolean, firstPosition = 0): WordToken[] {
  const words: WordToken[] = [];
  let position = firstPosition;
  let previous: 'none' | 'word' | 'soft' | 'hard' = 'none';
  for (const token of textTokens(text, swedish)) {
    if (token.kind === 'separator') {
      if (previous === 'none') continue;
      if (token.hard) previous = 'hard';
      else if (previous !== 'hard') previous = 'soft';
      continue;
    }
    position += previous === 'hard' ? VALUE_GAP : previous === 'none' ? 0 : 1;
    previous = 'word';
    if (position > MAX_POSITION) break;
    words.push({ word: token.word, position, start: token.start, end: token.end });
  }
  return words;
}

/** Meilisearch's `bucketed_position`: exact up to 15, then 24, then the next power of two. */
export function bucketedPosition(position: number): number {
  if (position < 16) return position;
  if (position < 24) return 24;
  return 2 ** Math.ceil(Math.log2(position));
}
