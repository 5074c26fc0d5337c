import { Context, Parent, ResolveField, Resolver, createUnionType } from '@nestjs/graphql';
import { AppError, ErrorCode, type RequestContext } from '#core';
import {
  CitiesService,
  CityType,
  CountryType,
  NetworksService,
  NetworkType,
  OrganizationType,
  toCityType,
  toCountryType,
  toNetworkType,
} from '#directory';
import { MeetingType, StudyVisitType } from '#exchanges';
import { PracticeType } from '#practices';
import {
  CityFacet,
  CountryFacet,
  HIT_TYPE,
  NetworkFacet,
  SearchHitObject,
  SearchService,
  TopicFacet,
  type SearchEntityValue,
  type SearchableType,
} from '#search';
import { TopicsService, TopicType, toTopicType } from '#taxonomy';

/**
 * The fields of search's types that show the modules' records, resolved here where both are
 * known: search itself imports no module.
 */

const UNION_MEMBERS: Record<
  SearchableType,
  typeof PracticeType | typeof StudyVisitType | typeof MeetingType | typeof OrganizationType
> = {
  PRACTICE: PracticeType,
  STUDY_VISIT: StudyVisitType,
  MEETING: MeetingType,
  ORGANIZATION: OrganizationType,
};

export const SearchEntity = createUnionType({
  name: 'SearchEntity',
  description: 'The record a search hit points to.',
  types: () => [PracticeType, StudyVisitType, MeetingType, OrganizationType] as const,
  resolveType: (value: SearchEntityValue) => UNION_MEMBERS[value[HIT_TYPE]],
});

@Resolver(() => SearchHitObject)
export class SearchHitEntityResolver {
  constructor(private readonly search: SearchService) {}

  @ResolveField(() => SearchEntity, { description: 'The record itself.' })
  entity(@Context() ctx: RequestContext, @Parent() hit: SearchHitObject): Promise<SearchEntityValue> {
    return this.search.entity(ctx, hit.type as SearchableType, hit.id);
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

@Resolver(() => CountryFacet)
export class CountryFacetResolver {
  @ResolveField(() => CountryType)
  country(@Parent() facet: CountryFacet): CountryType {
    return toCountryType({ code: facet.countryCode });
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

export const SEARCH_FIELD_RESOLVERS = [
  SearchHitEntityResolver,
  CountryFacetResolver,
  CityFacetResolver,
  TopicFacetResolver,
  NetworkFacetResolver,
];
