import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { LanguageCodeScalar, type RequestContext } from '#core';
import { requestedFacets } from './requested-facets.js';
import { SearchService } from './search.service.js';
import { SearchArgs, SearchResult } from './search.types.js';

/** Complexity of one search, before its hits: an anonymous request (15,000 by default) runs at most five. */
const SEARCH_COMPLEXITY = 2500;

@Resolver(() => SearchResult)
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
    @Args({
      name: 'locale',
      type: () => LanguageCodeScalar,
      nullable: true,
      description:
        'Your language: its text wins when a record matches in several (default: Accept-Language).',
    })
    _locale: string | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResult> {
    // Only the facets asked for are counted: each costs the database a grouping of the results.
    return this.service.search(ctx, args, requestedFacets(info));
  }
}
