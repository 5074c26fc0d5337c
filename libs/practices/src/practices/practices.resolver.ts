import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  PageArgs,
  assertId,
  mapConnection,
  markdownToSafeHtml,
  type ConnectionResult,
  type RequestContext,
  LOCALE_ARG,
} from '#core';
import {
  CitiesService,
  CityType,
  NetworkType,
  NetworksService,
  OrganizationType,
  OrganizationsService,
  ProgrammeType,
  ProgrammesService,
  toCityType,
  toNetworkType,
  toOrganizationType,
  toProgrammeType,
} from '#directory';
import { TopicType, TopicsService } from '#taxonomy';
import { PracticeSort } from '../entities/enums.js';
import { toPracticeType, toTranslationType } from './practice.mapper.js';
import {
  PracticeConnection,
  PracticeFilter,
  PracticeTranslationType,
  PracticeType,
} from './practice.types.js';
import { PracticesService } from './practices.service.js';

type LongField = 'challenge' | 'solution' | 'results' | 'lessonsLearned' | 'transferability';

@Resolver(() => PracticeType)
export class PracticesResolver {
  constructor(
    private readonly service: PracticesService,
    private readonly organizations: OrganizationsService,
    private readonly cities: CitiesService,
    private readonly topicsService: TopicsService,
    private readonly networks: NetworksService,
    private readonly programmes: ProgrammesService,
  ) {}

  @Query(() => PracticeType, {
    description: 'One practice by id (NOT_FOUND when it does not exist or is not visible to you).',
  })
  async practice(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<PracticeType> {
    return toPracticeType(await this.service.get(ctx, assertId(id)));
  }

  @Query(() => PracticeConnection, { description: 'Practices you may read, newest first.' })
  async practices(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => PracticeFilter, nullable: true }) filter?: PracticeFilter,
    @Args(LOCALE_ARG) _locale?: string,
    @Args('sort', { type: () => PracticeSort, nullable: true, defaultValue: PracticeSort.NEWEST })
    sort?: PracticeSort,
  ): Promise<ConnectionResult<PracticeType>> {
    return mapConnection(
      await this.service.list(ctx, filter ?? {}, page, sort ?? PracticeSort.NEWEST),
      toPracticeType,
    );
  }

  // The nested fields a list shows take graphql-js's (parent, args, context) as they come: a
  // method without parameter decorators is called directly instead of through Nest's per-call
  // wrapper (pipes, several promises), and what a list already read is returned synchronously.
  @ResolveField(() => OrganizationType, { description: 'The organization that shares the practice.' })
  organization(
    p: PracticeType,
    _args: unknown,
    ctx: RequestContext,
  ): OrganizationType | Promise<OrganizationType> {
    return p.related?.organization ?? this.loadOrganization(ctx, p.ownerOrganizationId);
  }

  @ResolveField(() => CityType, { nullable: true })
  city(p: PracticeType, _args: unknown, ctx: RequestContext): CityType | null | Promise<CityType | null> {
    if (p.related) return p.related.city;
    return p.cityId ? this.loadCity(ctx, p.cityId) : null;
  }

  @ResolveField(() => [TopicType])
  topics(p: PracticeType, _args: unknown, ctx: RequestContext): TopicType[] | Promise<TopicType[]> {
    return p.related?.topics ?? this.loadTopics(ctx, p.id);
  }

  @ResolveField(() => [NetworkType], { description: 'Networks the practice is shared with.' })
  async sharedWith(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<NetworkType[]> {
    const ids = await this.service.networkIds(ctx, p.id);
    return Promise.all(ids.map(async (id) => toNetworkType(await this.networks.get(ctx, id))));
  }

  @ResolveField(() => ProgrammeType, { nullable: true })
  async fundingProgramme(
    @Context() ctx: RequestContext,
    @Parent() p: PracticeType,
  ): Promise<ProgrammeType | null> {
    return p.fundingProgrammeId
      ? toProgrammeType(await this.programmes.get(ctx, p.fundingProgrammeId))
      : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown, in the returned `language`.' })
  challenge(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<string | null> {
    return this.text(ctx, p, 'challenge');
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown, in the returned `language`.' })
  solution(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<string | null> {
    return this.text(ctx, p, 'solution');
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown, in the returned `language`.' })
  results(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<string | null> {
    return this.text(ctx, p, 'results');
  }

  @ResolveField(() => String, { nullable: true, description: 'What did not work (Markdown).' })
  lessonsLearned(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<string | null> {
    return this.text(ctx, p, 'lessonsLearned');
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'What another town needs to take it up (Markdown).',
  })
  transferability(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<string | null> {
    return this.text(ctx, p, 'transferability');
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The summary as sanitized HTML, safe to embed.',
  })
  summaryHtml(@Parent() p: PracticeType): string | null {
    return markdownToSafeHtml(p.summary);
  }

  @ResolveField(() => String, { nullable: true, description: 'Sanitized HTML.' })
  async challengeHtml(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<string | null> {
    return markdownToSafeHtml(await this.text(ctx, p, 'challenge'));
  }

  @ResolveField(() => String, { nullable: true, description: 'Sanitized HTML.' })
  async solutionHtml(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<string | null> {
    return markdownToSafeHtml(await this.text(ctx, p, 'solution'));
  }

  @ResolveField(() => String, { nullable: true, description: 'Sanitized HTML.' })
  async resultsHtml(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<string | null> {
    return markdownToSafeHtml(await this.text(ctx, p, 'results'));
  }

  @ResolveField(() => String, { nullable: true, description: 'Sanitized HTML.' })
  async lessonsLearnedHtml(
    @Context() ctx: RequestContext,
    @Parent() p: PracticeType,
  ): Promise<string | null> {
    return markdownToSafeHtml(await this.text(ctx, p, 'lessonsLearned'));
  }

  @ResolveField(() => String, { nullable: true, description: 'Sanitized HTML.' })
  async transferabilityHtml(
    @Context() ctx: RequestContext,
    @Parent() p: PracticeType,
  ): Promise<string | null> {
    return markdownToSafeHtml(await this.text(ctx, p, 'transferability'));
  }

  @ResolveField(() => [PracticeTranslationType])
  async translations(
    @Context() ctx: RequestContext,
    @Parent() p: PracticeType,
  ): Promise<PracticeTranslationType[]> {
    const rows = await this.service.translations(ctx, p.id);
    return [...rows].sort((a, b) => a.language.localeCompare(b.language)).map(toTranslationType);
  }

  private async loadOrganization(ctx: RequestContext, id: string): Promise<OrganizationType> {
    return toOrganizationType(await this.organizations.get(ctx, id));
  }

  private async loadCity(ctx: RequestContext, id: string): Promise<CityType> {
    return toCityType(await this.cities.get(ctx, id));
  }

  private async loadTopics(ctx: RequestContext, practiceId: string): Promise<TopicType[]> {
    return this.topicsService.typesOf(ctx, await this.service.topicIds(ctx, practiceId));
  }

  /** Long fields come from the same translation as the title, so one language is never mixed with another. */
  private async text(ctx: RequestContext, p: PracticeType, field: LongField): Promise<string | null> {
    const rows = await this.service.translations(ctx, p.id);
    return rows.find((t) => t.language === p.language)?.[field] ?? null;
  }
}
