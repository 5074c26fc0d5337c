import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, type RequestContext } from '#core';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  InvalidSearchCursorError,
  SearchEngineUnavailableError,
  type FacetName,
  type SearchHit as EngineHit,
  type SearchPage,
  type SearchRequest,
  type SearchableType,
} from '../engine/search-engine.js';
import { SearchEngines } from '../engine/search-engines.js';
import {
  HIT_TYPE,
  SEARCH_HIT_READERS,
  type SearchEntityValue,
  type SearchHitReader,
} from './search-hit-readers.js';
import { SearchHitType, type SearchArgs, type SearchFacets, type SearchResult } from './search.types.js';

/**
 * The search use case: who is asking decides what the engine may return (the reader), the engine
 * ranks and counts, and every hit is then checked with its module's read rule, so a hit the
 * caller may not read (an index a moment behind a visibility change) never reaches them.
 */
@Injectable()
export class SearchService {
  private readonly logger = new Logger('Search');

  constructor(
    private readonly engines: SearchEngines,
    @Inject(SEARCH_HIT_READERS) private readonly readers: readonly SearchHitReader[],
  ) {}

  /** `facets`: those to count (the others come back empty); all by default. */
  async search(ctx: RequestContext, args: SearchArgs, facets?: readonly FacetName[]): Promise<SearchResult> {
    const request: SearchRequest = {
      query: args.query,
      locale: ctx.contentLocale,
      filter: { ...args.filter },
      first: Math.min(args.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
      after: args.after ?? null,
      reader: await ctx.grantHolder(),
      deadline: ctx.deadline,
      ...(facets ? { facets } : {}),
    };
    const { page, engine } = await this.run(ctx, request);
    const readable = await this.readable(ctx, page.hits);
    const edges = page.hits
      .filter((hit) => readable.has(`${hit.type}:${hit.entityId}`))
      .map((hit) => ({
        cursor: hit.cursor,
        node: {
          type: hit.type as SearchHitType,
          id: hit.entityId,
          title: hit.title,
          language: hit.language,
          snippet: snippetHtml(hit.snippet),
          score: hit.score,
        },
      }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: request.after !== null,
        startCursor: page.hits[0]?.cursor ?? null,
        endCursor: page.hits.at(-1)?.cursor ?? null,
      },
      totalCount: page.totalCount,
      totalCountIsEstimate: page.totalCountIsEstimate,
      facets: toFacets(page),
      didYouMean: page.didYouMean,
      engine,
    };
  }

  /** The configured engine; the postgres index when a configured Meilisearch is unreachable. */
  private async run(
    ctx: RequestContext,
    request: SearchRequest,
  ): Promise<{ page: SearchPage; engine: string }> {
    const { primary, fallback } = this.engines;
    try {
      return { page: await primary.search(request), engine: primary.name };
    } catch (error) {
      if (error instanceof InvalidSearchCursorError) throw AppError.invalidField('after', 'cursor');
      if (!(error instanceof SearchEngineUnavailableError) || !fallback) throw error;
      this.logger.warn(`${error.message}; answering from ${fallback.name}`);
      ctx.responseExtensions['search'] = {
        engine: fallback.name,
        fallback: true,
        reason: `${primary.name} is unreachable`,
      };
      try {
        return { page: await fallback.search(request), engine: fallback.name };
      } catch (fallbackError) {
        if (fallbackError instanceof InvalidSearchCursorError) throw AppError.invalidField('after', 'cursor');
        throw fallbackError;
      }
    }
  }

  /**
   * The hits the caller may read now, as "TYPE:id", asked of each module with its own read rule
   * (one statement per type): the index may lag a visibility change or a deletion by a moment.
   */
  private async readable(ctx: RequestContext, hits: EngineHit[]): Promise<Set<string>> {
    const results = await Promise.all(
      this.readers.map(async (reader) => {
        const wanted = hits.filter((h) => h.type === reader.type).map((h) => h.entityId);
        const found = wanted.length > 0 ? await reader.readableIds(ctx, wanted) : new Set<string>();
        return [...found].map((id) => `${reader.type}:${id}`);
      }),
    );
    return new Set(results.flat());
  }

  /**
   * A hit's record through its module's read path (the `entity` field, loaded only when asked
   * for). NOT_FOUND if it became unreadable since the search checked it.
   */
  async entity(ctx: RequestContext, type: SearchableType, id: string): Promise<SearchEntityValue> {
    const reader = this.readers.find((r) => r.type === type);
    if (!reader) throw new Error(`no reader for ${type} hits`);
    return Object.assign(await reader.load(ctx, id), { [HIT_TYPE]: type });
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes the text, then turns the engine's highlight markers into <mark> elements. */
export function snippetHtml(snippet: string): string {
  return snippet
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
    .replaceAll(HIGHLIGHT_START, '<mark>')
    .replaceAll(HIGHLIGHT_END, '</mark>');
}

function toFacets(page: SearchPage): SearchFacets {
  const f = page.facets;
  return {
    type: f.type.map((v) => ({ type: v.value as SearchHitType, count: v.count })),
    country: f.country.map((v) => ({ countryCode: v.value, count: v.count })),
    city: f.city.map((v) => ({ cityId: v.value, count: v.count })),
    language: f.language.map((v) => ({ language: v.value, count: v.count })),
    topic: f.topic.map((v) => ({ topicId: v.value, count: v.count })),
    network: f.network.map((v) => ({ networkId: v.value, count: v.count })),
    year: f.year.map((v) => ({ year: Number(v.value), count: v.count })),
  };
}
