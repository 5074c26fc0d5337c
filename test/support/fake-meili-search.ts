import { formatHit, type FormatOptions } from './fake-meili-format.js';
import {
  buildWordIndex,
  isSwedishLocale,
  isUnder,
  POSITIONS_PER_FIELD,
  type IndexedDocument,
  type LocalizedRule,
  type WordIndex,
} from './fake-meili-index.js';
import { normalizedSynonyms, parseQuery, typoSettings, type ParsedQuery } from './fake-meili-query.js';
import {
  compareKeys,
  documentsWithNode,
  rankDocument,
  rankingPipeline,
  removalGroups,
  wordsBucket,
  type NodeMatch,
  type RankContext,
  type RankedDocument,
} from './fake-meili-rank.js';
import { matches, parseFilter } from './meili-filter.js';

/**
 * The fake's opt-in computed search: what a Meilisearch v1.x server would answer to
 * POST /indexes/{uid}/search over the documents the fake holds, following Meilisearch's documented
 * behaviour (tokenization in fake-meili-text.ts, the query in fake-meili-query.ts, ranking in
 * fake-meili-rank.ts, hits in fake-meili-format.ts): filter, then words/typo/proximity/attribute/
 * sort/exactness bucket sort, distinct, pagination (offset/limit or page/hitsPerPage, at most
 * `maxTotalHits`), facet distribution and stats, `_rankingScore`. It approximates Meilisearch:
 * settings and parameters it does not model are refused (NotModelledError) rather than ignored.
 */

type Json = Record<string, unknown>;

/** The part of the fake's index the computed search reads. */
export interface SearchableIndex {
  settings: Json;
  documents: Map<string, Json>;
  internalIds: Map<string, number>;
  /** Changes with every document or settings change (the word index is rebuilt then). */
  revision: number;
}

/** A request Meilisearch answers with a documented 400 error. */
export class SearchRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A setting or parameter whose effect the fake does not compute. */
export class NotModelledError extends Error {}

/** Meilisearch's default ranking rules (v1.36+ names; `attribute` is the older equivalent). */
const DEFAULT_RANKING_RULES = [
  'words',
  'typo',
  'proximity',
  'attributeRank',
  'sort',
  'wordPosition',
  'exactness',
];
const DEFAULT_MAX_TOTAL_HITS = 1000;
const DEFAULT_MAX_VALUES_PER_FACET = 100;

const built = new WeakMap<SearchableIndex, { revision: number; words: WordIndex }>();

/** Builds (or reuses) the word index the next search will read. */
export function wordIndexOf(index: SearchableIndex): WordIndex {
  const cached = built.get(index);
  if (cached !== undefined && cached.revision === index.revision) return cached.words;
  const documents = [...index.documents.entries()].map(([key, document]) => ({
    key,
    document,
    internalId: index.internalIds.get(key)!,
  }));
  const words = buildWordIndex(documents, index.settings);
  built.set(index, { revision: index.revision, words });
  return words;
}

const nonEmpty = (value: unknown) =>
  value !== undefined &&
  value !== null &&
  (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0);

function refuseUnmodelled(settings: Json, params: Json): void {
  for (const key of ['stopWords', 'separatorTokens', 'nonSeparatorTokens', 'dictionary', 'embedders']) {
    if (nonEmpty(settings[key])) throw new NotModelledError(`the computed search does not model ${key}`);
  }
  const typo = settings.typoTolerance as Json | null | undefined;
  if (nonEmpty(typo?.disableOnAttributes)) {
    throw new NotModelledError('the computed search does not model typoTolerance.disableOnAttributes');
  }
  if (settings.proximityPrecision === 'byAttribute') {
    throw new NotModelledError('the computed search does not model proximityPrecision byAttribute');
  }
  if (params.showRankingScoreDetails === true) {
    throw new NotModelledError('the computed search does not model showRankingScoreDetails');
  }
}

function strings(value: unknown): string[] | null {
  return Array.isArray(value) ? (value as string[]) : null;
}

function isFilterable(attribute: string, settings: Json): boolean {
  return (strings(settings.filterableAttributes) ?? []).some(
    (rule) => typeof rule === 'string' && (rule === attribute || isUnder(attribute, rule)),
  );
}

function valuesAt(document: Json, attribute: string): unknown[] {
  let values: unknown[] = [document];
  for (const part of attribute.split('.')) {
    values = values.flatMap((value) => {
      const inner = typeof value === 'object' && value !== null ? (value as Json)[part] : undefined;
      return Array.isArray(inner) ? inner : [inner];
    });
  }
  return values.flat(Infinity).filter((value) => value !== undefined && value !== null);
}

/** Facet counts (each document once per value) and numeric min/max, as Meilisearch reports them. */
function facetsOf(documents: IndexedDocument[], attributes: string[], settings: Json) {
  const faceting = (settings.faceting ?? {}) as {
    maxValuesPerFacet?: number;
    sortFacetValuesBy?: Record<string, 'alpha' | 'count'>;
  };
  const maxValues = faceting.maxValuesPerFacet ?? DEFAULT_MAX_VALUES_PER_FACET;
  const distribution: Record<string, Record<string, number>> = {};
  const stats: Record<string, { min: number; max: number }> = {};
  for (const attribute of attributes) {
    const counts = new Map<string, { shown: string; count: number; number: number | null }>();
    for (const { document } of documents) {
      const seen = new Set<string>();
      for (const value of valuesAt(document, attribute)) {
        if (typeof value === 'number') {
          const stat = (stats[attribute] ??= { min: value, max: value });
          stat.min = Math.min(stat.min, value);
          stat.max = Math.max(stat.max, value);
        }
        if (typeof value === 'object') continue;
        const shown = String(value);
        const key = typeof value === 'number' ? `n:${value}` : `s:${shown.trim().toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = counts.get(key) ?? {
          shown,
          count: 0,
          number: typeof value === 'number' ? value : null,
        };
        entry.count++;
        counts.set(key, entry);
      }
    }
    const by = faceting.sortFacetValuesBy?.[attribute] ?? faceting.sortFacetValuesBy?.['*'] ?? 'alpha';
    const alpha = (
      a: { shown: string; number: number | null },
      b: { shown: string; number: number | null },
    ) =>
      a.number !== null && b.number !== null
        ? a.number - b.number
        : a.number !== null
          ? -1
          : b.number !== null
            ? 1
            : a.shown.toLowerCase() < b.shown.toLowerCase()
              ? -1
              : 1;
    const ordered = [...counts.values()].sort((a, b) =>
      by === 'count' ? b.count - a.count || alpha(a, b) : alpha(a, b),
    );
    distribution[attribute] = Object.fromEntries(ordered.slice(0, maxValues).map((e) => [e.shown, e.count]));
  }
  return { distribution, stats };
}

function parseCrop(value: unknown): FormatOptions['crop'] {
  const list = strings(value);
  if (list === null) return null;
  return list.map((entry) => {
    const [, attribute, length] = /^(.*?)(?::(\d+))?$/.exec(entry) ?? [];
    return { attribute: attribute ?? entry, length: length === undefined ? null : Number(length) };
  });
}

export function computeSearch(index: SearchableIndex, params: Json): Json {
  const { settings } = index;
  refuseUnmodelled(settings, params);
  const words = wordIndexOf(index);
  const q = typeof params.q === 'string' ? params.q : '';
  const locales = strings(params.locales);
  const query = parseQuery(q, {
    index: words,
    typo: typoSettings(settings),
    synonyms: normalizedSynonyms(settings.synonyms),
    prefixSearch: settings.prefixSearch !== 'disabled',
    swedish: locales !== null && locales.length > 0 && locales.every(isSwedishLocale),
  });
  const placeholder = query.termCount === 0;
  const rankingRules = strings(settings.rankingRules) ?? DEFAULT_RANKING_RULES;
  const sort = strings(params.sort);
  if (sort !== null && sort.length > 0 && !rankingRules.includes('sort')) {
    throw new SearchRequestError(
      'invalid_search_sort',
      'You must specify where `sort` is listed in the rankingRules setting to use the sort parameter at search time.',
    );
  }
  const rules = rankingPipeline(rankingRules, sort, placeholder);

  const searchOn = strings(params.attributesToSearchOn);
  for (const attribute of searchOn ?? []) {
    if (
      words.searchable !== null &&
      !words.searchable.some((s) => isUnder(attribute, s) || isUnder(s, attribute))
    ) {
      throw new SearchRequestError(
        'invalid_search_attributes_to_search_on',
        `Attribute \`${attribute}\` is not searchable.`,
      );
    }
  }
  const allowedCache = new Map<number, Set<number> | null>();
  const context: RankContext = {
    index: words,
    query,
    allowedFields: (doc) => {
      if (searchOn === null || searchOn.includes('*')) return null;
      if (!allowedCache.has(doc.internalId)) {
        const allowed = new Set<number>();
        doc.fields.forEach((field, f) => {
          if (searchOn.some((a) => isUnder(field.path, a))) allowed.add(f);
        });
        allowedCache.set(doc.internalId, allowed);
      }
      return allowedCache.get(doc.internalId)!;
    },
  };

  // The universe: filtered documents without the negated words, in internal id order.
  const filter = params.filter === undefined || params.filter === null ? null : parseFilter(params.filter);
  const negated = excludedByNegation(query, words);
  let universe = [...words.documents.values()]
    .filter((doc) => !negated.has(doc.internalId) && (filter === null || matches(filter, doc.document)))
    .sort((a, b) => a.internalId - b.internalId);

  const matchCache = new Map<number, Map<string, NodeMatch | null>>();
  const matchesOf = (doc: IndexedDocument) => {
    let cache = matchCache.get(doc.internalId);
    if (cache === undefined) matchCache.set(doc.internalId, (cache = new Map()));
    return cache;
  };
  let groups: number[][] = [];
  const buckets: IndexedDocument[][] = [];
  if (placeholder) {
    buckets.push(universe);
  } else {
    const nodeDocuments = query.nodes.map((node) => documentsWithNode(node, words));
    groups = removalGroups(query, strategyOf(params), nodeDocuments);
    const matching = new Set(nodeDocuments.flatMap((set) => [...set]));
    universe = universe.filter((doc) => matching.has(doc.internalId));
    for (const doc of universe) {
      const bucket = wordsBucket(doc, groups, context, matchesOf(doc));
      if (bucket !== null) (buckets[bucket] ??= []).push(doc);
    }
  }
  const candidates = buckets.flat();

  // Bucket sort, lazily: words buckets in order until the page is full (when `words` leads).
  const maxTotalHits =
    ((settings.pagination as Json | null | undefined)?.maxTotalHits as number | undefined) ??
    DEFAULT_MAX_TOTAL_HITS;
  const paged = params.page !== undefined || params.hitsPerPage !== undefined;
  const hitsPerPage = (params.hitsPerPage as number | undefined) ?? 20;
  const page = (params.page as number | undefined) ?? 1;
  const offset = paged ? Math.max(0, page - 1) * hitsPerPage : ((params.offset as number | undefined) ?? 0);
  const limit = paged ? (page === 0 ? 0 : hitsPerPage) : ((params.limit as number | undefined) ?? 20);
  const wanted = Math.min(offset + limit, maxTotalHits);
  const distinctAttribute =
    typeof params.distinct === 'string'
      ? params.distinct
      : typeof settings.distinctAttribute === 'string'
        ? settings.distinctAttribute
        : null;
  const threshold = typeof params.rankingScoreThreshold === 'number' ? params.rankingScoreThreshold : null;
  const lazy = placeholder || rules[0]?.kind === 'words';
  const groupsToRank = lazy
    ? Array.from({ length: buckets.length }, (_, bucket) => ({
        docs: buckets[bucket] ?? [],
        dropped: bucket,
      }))
    : [{ docs: candidates, dropped: -1 }];
  const kept: RankedDocument[] = [];
  const distinctValues = new Map<string, number>();
  const dropped = new Set<number>();
  for (const group of groupsToRank) {
    if (lazy && kept.length >= wanted) break;
    const ranked = group.docs
      .map((doc) => {
        const bucket =
          group.dropped >= 0 ? group.dropped : wordsBucket(doc, groups, context, matchesOf(doc))!;
        return rankDocument(doc, rules, groups, bucket, context, matchesOf(doc));
      })
      .filter((r): r is RankedDocument => r !== null)
      .sort((a, b) => compareKeys(rules, a, b));
    for (const result of ranked) {
      if (threshold !== null && result.score < threshold) {
        dropped.add(result.doc.internalId);
        continue;
      }
      const value = distinctAttribute === null ? null : distinctValue(result.doc.document, distinctAttribute);
      if (value !== null) {
        if (distinctValues.has(value)) continue;
        distinctValues.set(value, result.doc.internalId);
      }
      kept.push(result);
    }
  }
  // Documents sharing a kept document's distinct value leave the candidates (counts, facets).
  const remaining = candidates.filter((doc) => {
    if (dropped.has(doc.internalId)) return false;
    if (distinctAttribute === null) return true;
    const value = distinctValue(doc.document, distinctAttribute);
    return value === null || !distinctValues.has(value) || distinctValues.get(value) === doc.internalId;
  });
  const totalHits = Math.min(remaining.length, maxTotalHits);
  const pageHits = kept.slice(offset, wanted);

  const formatOptions: FormatOptions = {
    retrieve: strings(params.attributesToRetrieve) ?? ['*'],
    displayed: displayedAttributes(settings),
    highlight: strings(params.attributesToHighlight),
    crop: parseCrop(params.attributesToCrop),
    cropLength: (params.cropLength as number | undefined) ?? 10,
    cropMarker: (params.cropMarker as string | undefined) ?? '…',
    preTag: (params.highlightPreTag as string | undefined) ?? '<em>',
    postTag: (params.highlightPostTag as string | undefined) ?? '</em>',
    showMatchesPosition: params.showMatchesPosition === true,
    localized: (settings.localizedAttributes as LocalizedRule[] | null | undefined) ?? [],
  };
  const hits = pageHits.map((result) => ({
    ...formatHit(result.doc.document, placeholder ? null : query, formatOptions),
    ...(params.showRankingScore === true ? { _rankingScore: result.score } : {}),
  }));

  const response: Json = { hits, query: q, processingTimeMs: 1 };
  if (paged) {
    Object.assign(response, {
      hitsPerPage,
      page,
      totalPages: hitsPerPage === 0 ? 0 : Math.ceil(totalHits / hitsPerPage),
      totalHits,
    });
  } else {
    Object.assign(response, { limit, offset, estimatedTotalHits: totalHits });
  }
  const facets = strings(params.facets);
  if (facets !== null) {
    const attributes = facets.includes('*')
      ? (strings(settings.filterableAttributes) ?? []).filter((a) => typeof a === 'string')
      : facets;
    for (const attribute of attributes) {
      if (!isFilterable(attribute, settings)) {
        throw new SearchRequestError(
          'invalid_search_facets',
          `Attribute \`${attribute}\` is not filterable.`,
        );
      }
    }
    const { distribution, stats } = facetsOf(remaining, attributes, settings);
    response.facetDistribution = distribution;
    response.facetStats = stats;
  }
  return response;
}

function strategyOf(params: Json): string {
  return typeof params.matchingStrategy === 'string' ? params.matchingStrategy : 'last';
}

function displayedAttributes(settings: Json): string[] | null {
  const displayed = strings(settings.displayedAttributes);
  return displayed === null || displayed.includes('*') ? null : displayed;
}

function distinctValue(document: Json, attribute: string): string | null {
  const values = valuesAt(document, attribute);
  return values.length === 0 ? null : JSON.stringify(values);
}

/** Documents holding a negated word (exactly, no typo) or a negated phrase. */
function excludedByNegation(query: ParsedQuery, index: WordIndex): Set<number> {
  const excluded = new Set<number>();
  for (const word of query.negativeWords) {
    for (const doc of index.postings.get(word)?.keys() ?? []) excluded.add(doc);
  }
  for (const phrase of query.negativePhrases) {
    const first = index.postings.get(phrase[0]!);
    for (const [doc, starts] of first ?? []) {
      const rest = phrase.slice(1).map((word) => new Set(index.postings.get(word)?.get(doc) ?? []));
      const found = starts.some(
        (start) =>
          (start % POSITIONS_PER_FIELD) + phrase.length - 1 < POSITIONS_PER_FIELD &&
          rest.every((set, i) => set.has(start + i + 1)),
      );
      if (found) excluded.add(doc);
    }
  }
  return excluded;
}
