import { indexedWords, MAX_POSITION, VALUE_GAP } from './fake-meili-text.js';

/**
 * The word index the fake's computed search reads, built from an index's documents and settings
 * as Meilisearch's indexer does (documented in "Data types" and "Attribute ranking order"):
 * objects are flattened to dotted fields (`title.lt`), each such field is its own attribute with
 * the weight of the searchable attribute it is under (its position in `searchableAttributes`;
 * all alike when that is `*`), array items are tokenized one after the other 8 positions apart,
 * numbers and booleans are searchable as text, `null` is not. A field matching a
 * `localizedAttributes` rule whose locales are all Swedish is tokenized as Swedish.
 */

type Json = Record<string, unknown>;

export interface IndexedField {
  /** The flattened attribute: `title.lt`, `keywords.en`. */
  path: string;
  /** Position in searchableAttributes of the attribute it is under (lower ranks first). */
  weight: number;
  /** Words in the field, all its values counted. */
  wordCount: number;
}

export interface IndexedDocument {
  key: string;
  /** Meilisearch's internal document id: ties after every ranking rule go in this order. */
  internalId: number;
  document: Json;
  fields: IndexedField[];
}

/**
 * An occurrence of a word, encoded as one number: field index × 65,536 + position (positions stop
 * at 65,535), so two occurrences are in the same field when their quotients are equal.
 */
export const POSITIONS_PER_FIELD = MAX_POSITION + 1;

export interface WordIndex {
  documents: Map<number, IndexedDocument>;
  /** word → internal id → occurrences, ascending. */
  postings: Map<string, Map<number, number[]>>;
  /** Every indexed word in byte order (for prefix ranges and typo scans, as an FST). */
  vocabulary: string[];
  /** The vocabulary's words as arrays of characters (code points), same order. */
  vocabularyLetters: string[][];
  /** The highest attribute weight, for the ranking score. */
  maxWeight: number;
  /** Searchable attributes as configured (`null` = every attribute). */
  searchable: string[] | null;
}

export interface LocalizedRule {
  attributePatterns: string[];
  locales: string[];
}

/** Whether `path` (a flattened field) is `attribute` or nested under it. */
export function isUnder(path: string, attribute: string): boolean {
  return path === attribute || path.startsWith(`${attribute}.`);
}

function patternMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`);
  return regex.test(path);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The locales of the first rule naming the field; Swedish only when every locale is Swedish. */
export function isSwedishField(path: string, rules: LocalizedRule[]): boolean {
  const rule = rules.find((r) => r.attributePatterns.some((pattern) => patternMatches(pattern, path)));
  return rule !== undefined && rule.locales.length > 0 && rule.locales.every(isSwedishLocale);
}

export function isSwedishLocale(locale: string): boolean {
  return locale === 'swe' || locale === 'sv';
}

/** Leaf values of a document, flattened to dotted paths in document order (arrays keep order). */
export function leafValues(value: unknown, path: string, out: { path: string; value: unknown }[] = []) {
  if (Array.isArray(value)) {
    for (const item of value) leafValues(item, path, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value))
      leafValues(inner, path === '' ? key : `${path}.${key}`, out);
  } else if (value !== null && value !== undefined) {
    out.push({ path, value });
  }
  return out;
}

function searchableWeight(path: string, searchable: string[] | null): number | null {
  if (searchable === null) return 0;
  let weight: number | null = null;
  searchable.forEach((attribute, i) => {
    if (weight === null && isUnder(path, attribute)) weight = i;
  });
  return weight;
}

export function buildWordIndex(
  documents: Iterable<{ key: string; internalId: number; document: Json }>,
  settings: Json,
): WordIndex {
  const configured = settings.searchableAttributes;
  const searchable = Array.isArray(configured) && !configured.includes('*') ? (configured as string[]) : null;
  const rules = Array.isArray(settings.localizedAttributes)
    ? (settings.localizedAttributes as LocalizedRule[])
    : [];
  const index: WordIndex = {
    documents: new Map(),
    postings: new Map(),
    vocabulary: [],
    vocabularyLetters: [],
    maxWeight: searchable === null ? 0 : searchable.length - 1,
    searchable,
  };
  for (const { key, internalId, document } of documents) {
    const fields: IndexedField[] = [];
    const fieldIndex = new Map<string, number>();
    const nextPosition = new Map<number, number>();
    for (const { path, value } of leafValues(document, '')) {
      const weight = searchableWeight(path, searchable);
      if (weight === null) continue;
      let f = fieldIndex.get(path);
      if (f === undefined) {
        f = fields.push({ path, weight, wordCount: 0 }) - 1;
        fieldIndex.set(path, f);
      }
      const first = nextPosition.get(f) ?? 0;
      if (first > MAX_POSITION) continue;
      const words = indexedWords(String(value), isSwedishField(path, rules), first);
      for (const { word, position } of words) {
        let byDocument = index.postings.get(word);
        if (byDocument === undefined) index.postings.set(word, (byDocument = new Map()));
        let occurrences = byDocument.get(internalId);
        if (occurrences === undefined) byDocument.set(internalId, (occurrences = []));
        occurrences.push(f * POSITIONS_PER_FIELD + position);
      }
      fields[f]!.wordCount += words.length;
      if (words.length > 0) nextPosition.set(f, words[words.length - 1]!.position + VALUE_GAP);
    }
    index.documents.set(internalId, { key, internalId, document, fields });
  }
  for (const byDocument of index.postings.values()) {
    for (const occurrences of byDocument.values()) occurrences.sort((a, b) => a - b);
  }
  index.vocabulary = [...index.postings.keys()].sort(compareBytes);
  index.vocabularyLetters = index.vocabulary.map((word) => [...word]);
  return index;
}

/** UTF-8 byte order (code point order), the order of Meilisearch's word FST. */
export function compareBytes(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // UTF-16 order differs from code point order only between a surrogate and U+E000–U+FFFF.
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate !== ySurrogate && (x >= 0xe000 || y >= 0xe000)) return xSurrogate ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** Vocabulary words starting with `prefix` (the word itself included), in byte order. */
export function wordsWithPrefix(index: WordIndex, prefix: string): string[] {
  let low = 0;
  let high = index.vocabulary.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareBytes(index.vocabulary[mid]!, prefix) < 0) low = mid + 1;
    else high = mid;
  }
  const words: string[] = [];
  for (let i = low; i < index.vocabulary.length && index.vocabulary[i]!.startsWith(prefix); i++) {
    words.push(index.vocabulary[i]!);
  }
  return words;
}
