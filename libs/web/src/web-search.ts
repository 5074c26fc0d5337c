import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppError, ErrorCode, normalizeLanguage, type RequestContext } from '#core';
import { SearchService } from '#search';
import { WebReader, type CityRef, type TopicRef } from './web-reader.js';

/** The `type` parameter's values and the search service's hit types. */
export const TYPE_SLUGS = {
  practice: 'PRACTICE',
  'study-visit': 'STUDY_VISIT',
  meeting: 'MEETING',
  organization: 'ORGANIZATION',
} as const;
export type TypeSlug = keyof typeof TYPE_SLUGS;
export type HitType = (typeof TYPE_SLUGS)[TypeSlug];

export const FILTERS = ['type', 'country', 'city', 'topic', 'year', 'language'] as const;
export type FilterName = (typeof FILTERS)[number];

/** The search page's query string, checked: a value that makes no sense is left out, not an error. */
export interface SearchParams {
  q: string;
  type: TypeSlug | null;
  country: string | null;
  city: string | null;
  /** A topic's key (readable URLs); its id is looked up. */
  topic: string | null;
  year: number | null;
  language: string | null;
  after: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_TOPIC = '00000000-0000-0000-0000-000000000000';
export const SEARCH_PAGE_SIZE = 20;

function first(value: unknown): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : null;
}

export function parseSearchParams(query: Record<string, unknown>): SearchParams {
  const type = first(query['type']);
  const country = first(query['country'])?.toUpperCase() ?? null;
  const city = first(query['city']);
  const topic = first(query['topic']);
  const year = Number(first(query['year']) ?? NaN);
  const language = first(query['language']);
  const after = first(query['after']);
  return {
    q: (first(query['q']) ?? '').slice(0, 500),
    type: type && type in TYPE_SLUGS ? (type as TypeSlug) : null,
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    city: city && UUID.test(city) ? city.toLowerCase() : null,
    topic: topic && /^[a-z0-9][a-z0-9-]{0,99}$/.test(topic) ? topic : null,
    year: Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : null,
    language: language ? normalizeLanguage(language) : null,
    after: after && after.length <= 1024 ? after : null,
  };
}

/** The search page's path (without the locale) for these parameters. */
export function searchPath(params: SearchParams, change: Partial<SearchParams> = {}): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams();
  if (next.q) query.set('q', next.q);
  for (const name of FILTERS) {
    const value = next[name];
    if (value !== null) query.set(name, String(value));
  }
  if (next.after) query.set('after', next.after);
  const text = query.toString();
  return text ? `/search?${text}` : '/search';
}

export interface FacetEntry {
  filter: FilterName;
  /** The parameter's value ("practice", "SI", a city id, a topic key, "2016", "sl"). */
  value: string;
  label: string;
  count: number;
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
  facets: Record<FilterName, FacetEntry[]>;
  /** The query as the engine's typo tolerance read it, when it replaced a word. */
  didYouMean: string | null;
}

type SearchResult = Awaited<ReturnType<SearchService['search']>>;
const FACET_SIZE = 12;

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

  async run(ctx: RequestContext, params: SearchParams, first = SEARCH_PAGE_SIZE): Promise<SearchPageData> {
    const service: SearchService = this.service ?? this.moduleRef.get(SearchService, { strict: false });
    const topicId = params.topic ? ((await this.reader.topicIdByKey(params.topic)) ?? NO_TOPIC) : null;
    const args = {
      query: params.q,
      first,
      filter: {
        ...(params.type ? { types: [TYPE_SLUGS[params.type]] } : {}),
        ...(params.country ? { countryCodes: [params.country] } : {}),
        ...(params.city ? { cityIds: [params.city] } : {}),
        ...(topicId ? { topicIds: [topicId] } : {}),
        ...(params.year ? { years: [params.year] } : {}),
        ...(params.language ? { languages: [params.language] } : {}),
      },
    } as Parameters<SearchService['search']>[1];
    let result: SearchResult;
    try {
      result = await service.search(ctx, { ...args, after: params.after });
    } catch (error) {
      // A cursor from an older index or a hand-edited URL: show the first page instead.
      if (!(error instanceof AppError) || error.code !== ErrorCode.BAD_USER_INPUT || !params.after)
        throw error;
      params = { ...params, after: null };
      result = await service.search(ctx, args);
    }
    return {
      params,
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
      facets: await this.facets(ctx, params, result),
      didYouMean: result.didYouMean,
    };
  }

  private async facets(
    ctx: RequestContext,
    params: SearchParams,
    result: SearchResult,
  ): Promise<Record<FilterName, FacetEntry[]>> {
    const f = result.facets;
    const top = <T extends { count: number }>(values: T[]) => values.slice(0, FACET_SIZE);
    const cityIds = top(f.city).map((c) => c.cityId);
    const topicIds = top(f.topic).map((c) => c.topicId);
    const [cities, topics] = await Promise.all([
      Promise.all(cityIds.map((id) => this.reader.cityRef(ctx, id))),
      this.reader.topicsById(ctx, topicIds),
    ]);
    const cityById = new Map(cities.filter((c): c is CityRef => c !== null).map((c) => [c.id, c]));
    const slugOf = Object.fromEntries(Object.entries(TYPE_SLUGS).map(([slug, type]) => [type, slug]));
    const entry = (filter: FilterName, value: string, label: string, count: number): FacetEntry => ({
      filter,
      value,
      label,
      count,
      selected: String(params[filter] ?? '') === value,
    });
    return {
      type: f.type.map((v) => entry('type', slugOf[v.type] ?? v.type, v.type, v.count)),
      country: top(f.country).map((v) => entry('country', v.countryCode, v.countryCode, v.count)),
      city: top(f.city).flatMap((v) => {
        const city = cityById.get(v.cityId);
        return city ? [entry('city', v.cityId, city.name, v.count)] : [];
      }),
      topic: top(f.topic).flatMap((v) => {
        const topic: TopicRef | undefined = topics.get(v.topicId);
        return topic ? [entry('topic', topic.key, topic.label, v.count)] : [];
      }),
      year: top(f.year).map((v) => entry('year', String(v.year), String(v.year), v.count)),
      language: top(f.language).map((v) => entry('language', v.language, v.language, v.count)),
    };
  }
}
