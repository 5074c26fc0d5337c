import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppError, ErrorCode, normalizeLanguage, type RequestContext } from '#core';
import { SearchService } from '#search';
import { WebReader, type Ref, type TopicRef } from './web-reader.js';

/** The `type` parameter's values and the search service's hit types. */
export const TYPE_SLUGS = {
  practice: 'PRACTICE',
  'study-visit': 'STUDY_VISIT',
  meeting: 'MEETING',
  organization: 'ORGANIZATION',
} as const;
export type TypeSlug = keyof typeof TYPE_SLUGS;
export type HitType = (typeof TYPE_SLUGS)[TypeSlug];

/** The filters, in the order the page shows them and URLs list them. */
export const FILTERS = ['type', 'country', 'city', 'network', 'topic', 'year', 'language'] as const;
export type FilterName = (typeof FILTERS)[number];
/** Each filter's chosen values (any of them matches; filters combine with AND), as URLs spell them. */
export type Filters = Readonly<Record<FilterName, readonly string[]>>;

/**
 * At most this many values of one filter are read from a URL; the rest are left out. Enough for
 * any comparison a person makes, and it bounds the names a page looks up for a hand-made URL.
 */
export const MAX_FILTER_VALUES = 10;

/** The search page's query string, checked: a value that makes no sense is left out, not an error. */
export interface SearchParams {
  q: string;
  /** type slugs, country codes, city and network ids, topic keys (readable URLs), years, languages. */
  filters: Filters;
  after: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_TOPIC = '00000000-0000-0000-0000-000000000000';
/** Longer values are no filter value at all; they are dropped before any check. */
const MAX_RAW_VALUE = 100;
export const SEARCH_PAGE_SIZE = 20;

export const NO_FILTERS: Filters = Object.freeze(
  Object.fromEntries(FILTERS.map((name) => [name, []])) as unknown as Record<FilterName, string[]>,
);

const isTypeSlug = (value: string): value is TypeSlug => Object.hasOwn(TYPE_SLUGS, value);
const uuid = (value: string): string | null => (UUID.test(value) ? value.toLowerCase() : null);

/** Each filter's check: the value as URLs spell it, or null when it makes no sense. */
const CANONICAL: Record<FilterName, (value: string) => string | null> = {
  type: (value) => (isTypeSlug(value) ? value : null),
  country: (value) => (/^[a-z]{2}$/i.test(value) ? value.toUpperCase() : null),
  city: uuid,
  network: uuid,
  topic: (value) => (/^[a-z0-9][a-z0-9-]{0,99}$/.test(value) ? value : null),
  year: (value) => (/^\d{4}$/.test(value) && +value >= 1900 && +value <= 2200 ? value : null),
  language: (value) => normalizeLanguage(value),
};

function first(value: unknown): string | null {
  const v = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof v === 'string' ? v : null;
}

/** A repeated parameter's valid values, canonical, without repeats, at most MAX_FILTER_VALUES. */
function filterValues(name: FilterName, raw: unknown): string[] {
  const given: unknown[] = Array.isArray(raw) ? raw : [raw];
  const values: string[] = [];
  for (const value of given) {
    if (values.length === MAX_FILTER_VALUES) break;
    if (typeof value !== 'string' || value.length > MAX_RAW_VALUE) continue;
    const canonical = CANONICAL[name](value);
    if (canonical !== null && !values.includes(canonical)) values.push(canonical);
  }
  return values;
}

export function parseSearchParams(query: Record<string, unknown>): SearchParams {
  const after = first(query['after']);
  const filters = Object.fromEntries(FILTERS.map((name) => [name, filterValues(name, query[name])]));
  return {
    q: (first(query['q']) ?? '').slice(0, 500),
    filters: filters as Record<FilterName, string[]>,
    after: after && after.length <= 1024 ? after : null,
  };
}

/** The filters with a value added, or taken away when it is already chosen. */
export function toggled(filters: Filters, name: FilterName, value: string): Filters {
  const values = filters[name];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...filters, [name]: next };
}

/** The search page's path (without the locale) for these parameters. */
export function searchPath(params: SearchParams, change: Partial<SearchParams> = {}): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams();
  if (next.q) query.set('q', next.q);
  for (const name of FILTERS) for (const value of next.filters[name]) query.append(name, value);
  if (next.after) query.set('after', next.after);
  const text = query.toString();
  return text ? `/search?${text}` : '/search';
}

export interface FacetEntry {
  filter: FilterName;
  /** The parameter's value ("practice", "SI", a city or network id, a topic key, "2016", "sl"). */
  value: string;
  /** A hit type, code or year (the page names them), or a city's, network's or topic's name. */
  label: string;
  /** Records it adds to the other filters' results; null for a chosen value the counts left out. */
  count: number | null;
  selected: boolean;
}

export interface WebHit {
  type: HitType;
  id: string;
  title: string;
  language: string;
  /** Escaped text with <mark> (the search service's snippetHtml). */
  snippet: string;
}

export interface SearchPageData {
  params: SearchParams;
  hits: WebHit[];
  totalCount: number;
  totalCountIsEstimate: boolean;
  nextCursor: string | null;
  /** Per filter: the most frequent values, then any chosen value not among them. */
  facets: Record<FilterName, FacetEntry[]>;
  /** The query as the engine's typo tolerance read it, when it replaced a word. */
  didYouMean: string | null;
}

type SearchArgs = Parameters<SearchService['search']>[1];
type EngineFilter = NonNullable<SearchArgs['filter']>;
type EngineHitType = NonNullable<EngineFilter['types']>[number];
type SearchResult = Awaited<ReturnType<SearchService['search']>>;
type FacetCounts = SearchResult['facets'];
/** A facet's value as the engine counts it (a hit type, a city, network or topic id, a year). */
interface Counted {
  value: string;
  count: number;
}
/** The engine's filter, one part per page filter, and the chosen topics' ids by key. */
interface EngineFilters {
  parts: Record<FilterName, Partial<EngineFilter>>;
  topicIds: ReadonlyMap<string, string>;
}

const FACET_SIZE = 12;

/** The engine filter of every page filter but `except` (AND across filters, any value within one). */
function combined(parts: EngineFilters['parts'], except?: FilterName): EngineFilter {
  return Object.assign({}, ...FILTERS.filter((name) => name !== except).map((name) => parts[name]));
}

function countsOf(f: FacetCounts, name: FilterName): Counted[] {
  const rows: Counted[] = {
    type: f.type.map((v) => ({ value: v.type as string, count: v.count })),
    country: f.country.map((v) => ({ value: v.countryCode, count: v.count })),
    city: f.city.map((v) => ({ value: v.cityId, count: v.count })),
    network: f.network.map((v) => ({ value: v.networkId, count: v.count })),
    topic: f.topic.map((v) => ({ value: v.topicId, count: v.count })),
    year: f.year.map((v) => ({ value: String(v.year), count: v.count })),
    language: f.language.map((v) => ({ value: v.language, count: v.count })),
  }[name];
  return rows;
}

/** A page filter's chosen values as the engine counts them (topic keys without an id are left out). */
function chosenCounted(params: SearchParams, filters: EngineFilters, name: FilterName): string[] {
  const values = params.filters[name];
  if (name === 'type') return values.filter(isTypeSlug).map((slug) => TYPE_SLUGS[slug]);
  if (name === 'topic') return values.flatMap((key) => filters.topicIds.get(key) ?? []);
  return [...values];
}

/**
 * Runs the search page's search through the same SearchService as the `search` query (the same
 * reader, the same read check of every hit) and names the facets in the page's language.
 */
@Injectable()
export class WebSearch implements OnApplicationBootstrap {
  private service: SearchService | null = null;

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly reader: WebReader,
  ) {}

  onApplicationBootstrap(): void {
    // SearchModule keeps SearchService to itself (it exports the engines); the one instance the
    // GraphQL resolver uses is found here, so pages and API search through the very same object.
    this.service = this.moduleRef.get(SearchService, { strict: false });
  }

  /**
   * The page's hits and facets. A filter with chosen values is counted as if none were chosen
   * (one more search each, without hits), so its other values can still be added: within a
   * filter any value matches, so each count is what choosing that value adds.
   */
  async run(
    ctx: RequestContext,
    params: SearchParams,
    options: { first?: number; facets?: boolean } = {},
  ): Promise<SearchPageData> {
    const service: SearchService = this.service ?? this.moduleRef.get(SearchService, { strict: false });
    const filters = await this.engineFilters(params.filters);
    const apart = options.facets === false ? [] : FILTERS.filter((name) => params.filters[name].length);
    const [main, ...own] = await Promise.all([
      this.hits(ctx, service, params, combined(filters.parts), options.first ?? SEARCH_PAGE_SIZE),
      ...apart.map((name) =>
        service.search(ctx, {
          query: params.q,
          first: 1,
          filter: combined(filters.parts, name),
        } as SearchArgs),
      ),
    ]);
    const { result } = main;
    const facetCounts = (name: FilterName): Counted[] => {
      const index = apart.indexOf(name);
      return countsOf(index < 0 ? result.facets : own[index]!.facets, name);
    };
    return {
      params: main.params,
      hits: result.edges.map(({ node }) => ({
        type: node.type as HitType,
        id: node.id,
        title: node.title,
        language: node.language,
        snippet: node.snippet,
      })),
      totalCount: result.totalCount,
      totalCountIsEstimate: result.totalCountIsEstimate,
      nextCursor: result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null,
      facets:
        options.facets === false ? emptyFacets() : await this.facets(ctx, main.params, filters, facetCounts),
      didYouMean: result.didYouMean,
    };
  }

  /**
   * Practices whose text matches, as the `search` query finds them (its read check of every hit):
   * the practice pick list's filter, since practices have no name filter of their own.
   */
  async practiceIds(
    ctx: RequestContext,
    text: string,
    first: number,
  ): Promise<{ ids: string[]; more: boolean }> {
    const service: SearchService = this.service ?? this.moduleRef.get(SearchService, { strict: false });
    const result = await service.search(ctx, {
      query: text,
      first,
      filter: { types: [TYPE_SLUGS.practice] },
    } as SearchArgs);
    return { ids: result.edges.map((e) => e.node.id), more: result.pageInfo.hasNextPage };
  }

  /** The page of hits; a cursor from an older index or a hand-edited URL gives the first page. */
  private async hits(
    ctx: RequestContext,
    service: SearchService,
    params: SearchParams,
    filter: EngineFilter,
    first: number,
  ): Promise<{ params: SearchParams; result: SearchResult }> {
    const args = { query: params.q, first, filter } as SearchArgs;
    try {
      return { params, result: await service.search(ctx, { ...args, after: params.after }) };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== ErrorCode.BAD_USER_INPUT || !params.after)
        throw error;
      return { params: { ...params, after: null }, result: await service.search(ctx, args) };
    }
  }

  private async engineFilters(filters: Filters): Promise<EngineFilters> {
    const topicIds = filters.topic.length
      ? await this.reader.topicIdsByKey(filters.topic)
      : new Map<string, string>();
    const some = <K extends keyof EngineFilter>(key: K, values: EngineFilter[K] & unknown[]) =>
      values.length ? { [key]: values } : {};
    const topics = filters.topic.flatMap((key) => topicIds.get(key) ?? []);
    return {
      topicIds,
      parts: {
        type: some(
          'types',
          filters.type.filter(isTypeSlug).map((slug) => TYPE_SLUGS[slug] as EngineHitType),
        ),
        country: some('countryCodes', [...filters.country]),
        city: some('cityIds', [...filters.city]),
        network: some('networkIds', [...filters.network]),
        // Unknown keys alone match nothing, as an unknown topic always has.
        topic: some('topicIds', filters.topic.length && !topics.length ? [NO_TOPIC] : topics),
        year: some('years', filters.year.map(Number)),
        language: some('languages', [...filters.language]),
      },
    };
  }

  /** Each filter's most frequent values and its chosen ones, named in the page's language. */
  private async facets(
    ctx: RequestContext,
    params: SearchParams,
    filters: EngineFilters,
    countsFor: (name: FilterName) => Counted[],
  ): Promise<Record<FilterName, FacetEntry[]>> {
    const shown = (name: FilterName) => shownValues(countsFor(name), chosenCounted(params, filters, name));
    const values = Object.fromEntries(FILTERS.map((name) => [name, shown(name)])) as Record<
      FilterName,
      Shown[]
    >;
    const ids = (name: FilterName) => values[name].map((v) => v.value);
    const [cities, networks, topics] = await Promise.all([
      Promise.all(ids('city').map((id) => this.reader.cityRef(ctx, id))),
      Promise.all(ids('network').map((id) => this.reader.networkRef(ctx, id))),
      this.reader.topicsById(ctx, ids('topic')),
    ]);
    const byId = (refs: (Ref | null)[]) =>
      new Map(refs.filter((r): r is Ref => r !== null).map((r) => [r.id, r.name]));
    const cityNames = byId(cities);
    const networkNames = byId(networks);
    const keyOf = new Map([...filters.topicIds].map(([key, id]) => [id, key]));
    const slugOf = new Map(Object.entries(TYPE_SLUGS).map(([slug, type]) => [type as string, slug]));
    const same = (value: string): Named => ({ value, label: value });
    const ofRef = (names: Map<string, string>) => (id: string) => {
      const name = names.get(id);
      return name === undefined ? null : { value: id, label: name };
    };
    const named: Record<FilterName, (value: string) => Named | null> = {
      type: (value) => ({ value: slugOf.get(value) ?? value, label: value }),
      country: same,
      city: ofRef(cityNames),
      network: ofRef(networkNames),
      topic: (id) => {
        const topic: TopicRef | undefined = topics.get(id);
        const key = topic?.key ?? keyOf.get(id);
        return key ? { value: key, label: topic?.label ?? key } : null;
      },
      year: same,
      language: same,
    };
    const entries = (name: FilterName): FacetEntry[] => {
      const chosen = params.filters[name];
      const known = values[name].flatMap((v) => {
        const n = named[name](v.value);
        const selected = chosen.includes(n?.value ?? v.value);
        // What the caller may not name is never offered; chosen by hand, it shows as typed.
        const shown = n ?? (selected ? same(v.value) : null);
        return shown ? [{ filter: name, ...shown, count: v.count, selected }] : [];
      });
      // A topic key nothing carries is still chosen, and can be removed.
      const unknown = name === 'topic' ? chosen.filter((key) => !filters.topicIds.has(key)) : [];
      return [
        ...known,
        ...unknown.map((key) => ({ filter: name, ...same(key), count: null, selected: true })),
      ];
    };
    return Object.fromEntries(FILTERS.map((name) => [name, entries(name)])) as Record<
      FilterName,
      FacetEntry[]
    >;
  }
}

interface Named {
  value: string;
  label: string;
}
type Shown = Omit<Counted, 'count'> & { count: number | null };

/** The most frequent values, then the chosen ones not among them (with their count if known). */
function shownValues(counts: Counted[], chosen: string[]): Shown[] {
  const top: Shown[] = counts.slice(0, FACET_SIZE);
  const missing = chosen.filter((value) => !top.some((v) => v.value === value));
  return [
    ...top,
    ...missing.map((value) => ({ value, count: counts.find((c) => c.value === value)?.count ?? null })),
  ];
}

function emptyFacets(): Record<FilterName, FacetEntry[]> {
  return Object.fromEntries(FILTERS.map((name) => [name, []])) as unknown as Record<FilterName, FacetEntry[]>;
}
