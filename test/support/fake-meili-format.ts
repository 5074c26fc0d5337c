import { isSwedishField, isUnder, type LocalizedRule } from './fake-meili-index.js';
import type { ParsedQuery } from './fake-meili-query.js';
import { textTokens } from './fake-meili-text.js';

/**
 * What a hit shows (documented under the search parameters attributesToRetrieve,
 * attributesToHighlight, attributesToCrop, cropLength, cropMarker, highlightPreTag/PostTag and
 * showMatchesPosition): the displayed attributes asked for; `_formatted` with every retrieved
 * attribute, query words wrapped in the highlight tags (a prefix match only as far as the query
 * word goes), and attributes to crop cut to `cropLength` words around the best group of matches
 * with the crop marker where text was cut; `_matchesPosition` with the byte offsets of matches.
 */

type Json = Record<string, unknown>;

export interface FormatOptions {
  retrieve: string[];
  displayed: string[] | null;
  highlight: string[] | null;
  crop: { attribute: string; length: number | null }[] | null;
  cropLength: number;
  cropMarker: string;
  preTag: string;
  postTag: string;
  showMatchesPosition: boolean;
  localized: LocalizedRule[];
}

interface WordMatch {
  /** Token index in the value. */
  token: number;
  /** Characters of the token to highlight (prefix matches), or null for the whole token. */
  chars: number | null;
  /** The query term it matches (for choosing where to crop). */
  term: number;
}

interface Matcher {
  words: Map<string, number>;
  prefixes: { word: string; term: number }[];
  phrases: { words: string[]; term: number }[];
}

/** Everything the query matches: its words, typo and synonym derivations, prefixes, phrases. */
function matcherFor(query: ParsedQuery): Matcher {
  const matcher: Matcher = { words: new Map(), prefixes: [], phrases: [] };
  for (const node of query.nodes) {
    for (const [typos, level] of node.levels.entries()) {
      for (const derivation of level) {
        // Prefixes of the typed word highlight as far as it goes; mistyped prefixes whole.
        if (derivation.words.length > 1) matcher.phrases.push({ words: derivation.words, term: node.first });
        else if ((!derivation.prefix || typos > 0) && !matcher.words.has(derivation.words[0]!)) {
          matcher.words.set(derivation.words[0]!, node.first);
        }
      }
    }
    if (node.first === node.last && !node.phrase && node.levels.some((l) => l.some((d) => d.prefix))) {
      matcher.prefixes.push({ word: node.words[0]!, term: node.first });
    }
  }
  return matcher;
}

function matchesIn(text: string, swedish: boolean, matcher: Matcher) {
  const words = textTokens(text, swedish).filter((t) => t.kind === 'word');
  const found = new Map<number, WordMatch>();
  words.forEach((token, i) => {
    const term = matcher.words.get(token.word);
    if (term !== undefined) {
      found.set(i, { token: i, chars: null, term });
      return;
    }
    const prefix = matcher.prefixes.find((p) => p.word !== '' && token.word.startsWith(p.word));
    if (prefix !== undefined) {
      const chars = [...prefix.word].length;
      const original = [...text.slice(token.start, token.end)].length;
      // Highlight as many characters as the query word has, when the word kept its length.
      found.set(i, {
        token: i,
        chars: original === [...token.word].length && chars < original ? chars : null,
        term: prefix.term,
      });
    }
  });
  for (const phrase of matcher.phrases) {
    for (let i = 0; i + phrase.words.length <= words.length; i++) {
      if (phrase.words.every((word, k) => words[i + k]!.word === word)) {
        for (let k = 0; k < phrase.words.length; k++) {
          if (!found.has(i + k)) found.set(i + k, { token: i + k, chars: null, term: phrase.term });
        }
      }
    }
  }
  return { words, matches: [...found.values()].sort((a, b) => a.token - b.token) };
}

/** The window of `length` words holding the most distinct matched terms, centred on them. */
function cropWindow(count: number, matches: WordMatch[], length: number): [number, number] {
  if (count <= length) return [0, count];
  let best: { first: number; last: number; terms: number } | null = null;
  for (let i = 0; i < matches.length; i++) {
    const terms = new Set<number>();
    for (let j = i; j < matches.length && matches[j]!.token - matches[i]!.token < length; j++) {
      terms.add(matches[j]!.term);
      const span = matches[j]!.token - matches[i]!.token;
      if (
        best === null ||
        terms.size > best.terms ||
        (terms.size === best.terms && span < best.last - best.first)
      ) {
        best = { first: matches[i]!.token, last: matches[j]!.token, terms: terms.size };
      }
    }
  }
  if (best === null) return [0, length];
  const spare = length - (best.last - best.first + 1);
  let start = best.first - Math.floor(spare / 2);
  start = Math.max(0, Math.min(start, count - length));
  return [start, start + length];
}

function formatText(
  text: string,
  swedish: boolean,
  matcher: Matcher,
  highlight: boolean,
  cropLength: number | null,
  options: FormatOptions,
): string {
  const { words, matches } = matchesIn(text, swedish, matcher);
  let [from, to] = [0, words.length];
  if (cropLength !== null) [from, to] = cropWindow(words.length, matches, cropLength);
  const sliceStart = cropLength !== null && from > 0 ? words[from]!.start : 0;
  const sliceEnd = cropLength !== null && to < words.length ? words[to - 1]!.end : text.length;
  let out = '';
  let at = sliceStart;
  if (highlight) {
    for (const match of matches) {
      if (match.token < from || match.token >= to) continue;
      const token = words[match.token]!;
      const original = text.slice(token.start, token.end);
      const end =
        match.chars === null ? token.end : token.start + [...original].slice(0, match.chars).join('').length;
      out += text.slice(at, token.start) + options.preTag + text.slice(token.start, end) + options.postTag;
      at = end;
    }
  }
  out += text.slice(at, sliceEnd);
  if (cropLength !== null && from > 0) out = options.cropMarker + out;
  if (cropLength !== null && to < words.length) out += options.cropMarker;
  return out;
}

function selected(path: string, attributes: string[] | null): boolean {
  return attributes !== null && attributes.some((a) => a === '*' || isUnder(path, a) || isUnder(a, path));
}

function project(document: Json, attributes: string[]): Json {
  if (attributes.includes('*')) return structuredClone(document);
  const out: Json = {};
  for (const [key, value] of Object.entries(document)) {
    const wanted = attributes.filter((a) => isUnder(a, key));
    if (wanted.includes(key)) out[key] = structuredClone(value);
    else if (wanted.length > 0 && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const inner = project(
        value as Json,
        wanted.map((a) => a.slice(key.length + 1)),
      );
      if (Object.keys(inner).length > 0) out[key] = inner;
    }
  }
  return out;
}

/** The hit Meilisearch returns for a document. */
export function formatHit(document: Json, query: ParsedQuery | null, options: FormatOptions): Json {
  const shown = options.displayed === null ? document : project(document, options.displayed);
  const hit = project(shown, options.retrieve);
  const matcher = query === null ? { words: new Map(), prefixes: [], phrases: [] } : matcherFor(query);
  const wantsFormatted = options.highlight !== null || options.crop !== null;
  const positions: Record<string, { start: number; length: number; indices?: number[] }[]> = {};

  const visit = (value: unknown, path: string, index: number | null): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => visit(item, path, i));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, visit(v, path === '' ? k : `${path}.${k}`, index)]),
      );
    }
    if (typeof value !== 'string') return value;
    const swedish = isSwedishField(path, options.localized);
    if (options.showMatchesPosition) {
      const { words, matches } = matchesIn(value, swedish, matcher);
      for (const match of matches) {
        const token = words[match.token]!;
        const original = value.slice(token.start, token.end);
        const text = match.chars === null ? original : [...original].slice(0, match.chars).join('');
        (positions[path] ??= []).push({
          start: Buffer.byteLength(value.slice(0, token.start)),
          length: Buffer.byteLength(text),
          ...(index === null ? {} : { indices: [index] }),
        });
      }
    }
    if (!wantsFormatted) return value;
    const crop = options.crop?.find((c) => c.attribute === '*' || isUnder(path, c.attribute));
    return formatText(
      value,
      swedish,
      matcher,
      selected(path, options.highlight),
      crop === undefined ? null : (crop.length ?? options.cropLength),
      options,
    );
  };

  const formatted = visit(hit, '', null) as Json;
  return {
    ...hit,
    ...(wantsFormatted ? { _formatted: formatted } : {}),
    ...(options.showMatchesPosition ? { _matchesPosition: positions } : {}),
  };
}
