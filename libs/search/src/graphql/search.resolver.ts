import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppError, ErrorCode, LanguageCodeScalar, type RequestContext } from '#core';
import { CitiesService, CityType, NetworksService, NetworkType, toCityType, toNetworkType } from '#directory';
import { TopicsService, TopicType, toTopicType } from '#taxonomy';
import { SearchService } from './search.service.js';
import {
  CityFacet,
  NetworkFacet,
  SearchArgs,
  SearchEntity,
  SearchHit,
  SearchResult,
  TopicFacet,
} from './search.types.js';
import type { SearchEntityValue } from './search.types.js';
import type { SearchableType } from '../engine/search-engine.js';

/** Complexity of one search, before its hits: an anonymous request (15,000 by default) runs at most five. */
const SEARCH_COMPLEXITY = 2500;

const LOCALE_ARG = {
  name: 'locale',
  type: () => LanguageCodeScalar,
  nullable: true,
  description: 'Your language: its text wins when a record matches in several (default: Accept-Language).',
} as const;

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchResult, {
    // Ranking, counting and faceting over the whole index: a search costs what hundreds of plain
    // fields do (see the complexity limit), so one request cannot run many at once.
    complexity: SEARCH_COMPLEXITY,
    description:
      'Practices, study visits, meetings and organizations you may read, in any language: ranked hits with snippets, counts and facets.',
  })
  search(
    @Context() ctx: RequestContext,
    @Args() args: SearchArgs,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<SearchResult> {
    return this.service.search(ctx, args);
  }

  @ResolveField(() => SearchEntity, { description: 'The record itself.' })
  entity(@Context() ctx: RequestContext, @Parent() hit: SearchHit): Promise<SearchEntityValue> {
    return this.service.entity(ctx, hit.type as SearchableType, hit.id);
  }
}

/** A facet value that no longer exists (deleted since indexing) shows as null. */
async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) return null;
    throw error;
  }
}

@Resolver(() => CityFacet)
export class CityFacetResolver {
  constructor(private readonly cities: CitiesService) {}

  @ResolveField(() => CityType, { nullable: true })
  city(@Context() ctx: RequestContext, @Parent() facet: CityFacet): Promise<CityType | null> {
    return orNull(async () => toCityType(await this.cities.get(ctx, facet.cityId)));
  }
}

@Resolver(() => TopicFacet)
export class TopicFacetResolver {
  constructor(private readonly topics: TopicsService) {}

  @ResolveField(() => TopicType, { nullable: true })
  topic(@Context() ctx: RequestContext, @Parent() facet: TopicFacet): Promise<TopicType | null> {
    return orNull(async () => toTopicType(await this.topics.get(ctx, facet.topicId)));
  }
}

@Resolver(() => NetworkFacet)
export class NetworkFacetResolver {
  constructor(private readonly networks: NetworksService) {}

  @ResolveField(() => NetworkType, { nullable: true })
  network(@Context() ctx: RequestContext, @Parent() facet: NetworkFacet): Promise<NetworkType | null> {
    return orNull(async () => toNetworkType(await this.networks.get(ctx, facet.networkId)));
  }
}
