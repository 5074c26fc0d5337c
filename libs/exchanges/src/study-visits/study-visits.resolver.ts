import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  I18nService,
  languageWarnings,
  type ContentWarning,
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
  OrganizationType,
  OrganizationsService,
  PeopleService,
  PersonType,
  ProgrammeType,
  ProgrammesService,
  toCityType,
  toOrganizationType,
  toPersonType,
  toProgrammeType,
} from '#directory';
import { PracticeType, PracticesService, toPracticeType } from '#practices';
import { TopicType, TopicsService } from '#taxonomy';
import {
  CreateStudyVisitInput,
  StudyVisitConnection,
  StudyVisitDetailsInput,
  StudyVisitFilter,
  StudyVisitItemType,
  StudyVisitPayloadType,
  StudyVisitTextInput,
  StudyVisitTranslationType,
  StudyVisitType,
} from './study-visit.types.js';
import { StudyVisitsService } from './study-visits.service.js';
import { toStudyVisitType } from './study-visit.mapper.js';

@Resolver(() => StudyVisitType)
export class StudyVisitsResolver {
  constructor(
    private readonly service: StudyVisitsService,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
    private readonly cities: CitiesService,
    private readonly programmes: ProgrammesService,
    private readonly practices: PracticesService,
    private readonly topicsService: TopicsService,
    private readonly i18n: I18nService,
  ) {}

  @Query(() => StudyVisitType)
  async studyVisit(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<StudyVisitType> {
    return toStudyVisitType(await this.service.get(ctx, assertId(id)));
  }

  @Query(() => StudyVisitConnection, { description: 'Study visits you may read, newest first.' })
  async studyVisits(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => StudyVisitFilter, nullable: true }) filter?: StudyVisitFilter,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<ConnectionResult<StudyVisitType>> {
    return mapConnection(await this.service.list(ctx, filter ?? {}, page), toStudyVisitType);
  }

  @Mutation(() => StudyVisitPayloadType, {
    description: 'Records a study visit of your organization (editors).',
  })
  async createStudyVisit(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateStudyVisitInput,
  ): Promise<StudyVisitPayloadType> {
    const view = await this.service.create(ctx, input);
    return {
      studyVisit: toStudyVisitType(view),
      warnings: this.warnings(ctx, [input.content, ...(input.translations ?? [])]),
    };
  }

  @Mutation(() => StudyVisitPayloadType)
  async updateStudyVisit(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: StudyVisitDetailsInput,
  ): Promise<StudyVisitPayloadType> {
    const view = await this.service.update(ctx, assertId(id), expectedVersion, input);
    return { studyVisit: toStudyVisitType(view), warnings: this.warnings(ctx, input.translations ?? []) };
  }

  /** Warnings for texts whose declared language disagrees with a detector (saved anyway). */
  private warnings(ctx: RequestContext, texts: StudyVisitTextInput[]): ContentWarning[] {
    return texts.flatMap((t) =>
      languageWarnings(this.i18n, ctx, t.language, [t.title, t.purpose, t.learnings]),
    );
  }

  @Mutation(() => ID)
  deleteStudyVisit(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.service.delete(ctx, assertId(id));
  }

  @ResolveField(() => String, { nullable: true, description: 'Sanitized HTML.' })
  learningsHtml(@Parent() v: StudyVisitType): string | null {
    return markdownToSafeHtml(v.learnings);
  }

  @ResolveField(() => [StudyVisitTranslationType])
  async translations(
    @Context() ctx: RequestContext,
    @Parent() v: StudyVisitType,
  ): Promise<StudyVisitTranslationType[]> {
    const rows = await this.service.translations(ctx, v.id);
    return [...rows]
      .sort((a, b) => a.language.localeCompare(b.language))
      .map((t) => ({ language: t.language, title: t.title, purpose: t.purpose, learnings: t.learnings }));
  }

  @ResolveField(() => [OrganizationType])
  async visitors(@Context() ctx: RequestContext, @Parent() v: StudyVisitType): Promise<OrganizationType[]> {
    return this.orgs(ctx, await this.service.organizations(ctx, v.id, 'VISITOR'));
  }

  @ResolveField(() => [OrganizationType], { description: 'Host organizations, possibly in several cities.' })
  async hosts(@Context() ctx: RequestContext, @Parent() v: StudyVisitType): Promise<OrganizationType[]> {
    return this.orgs(ctx, await this.service.organizations(ctx, v.id, 'HOST'));
  }

  @ResolveField(() => [CityType], {
    description: 'Host cities where no host organization is recorded (yet).',
  })
  async hostCities(@Context() ctx: RequestContext, @Parent() v: StudyVisitType): Promise<CityType[]> {
    const ids = await this.service.hostCityIds(ctx, v.id);
    return Promise.all(ids.map(async (id) => toCityType(await this.cities.get(ctx, id))));
  }

  @ResolveField(() => [PersonType])
  async participants(@Context() ctx: RequestContext, @Parent() v: StudyVisitType): Promise<PersonType[]> {
    const ids = await this.service.participantIds(ctx, v.id);
    return Promise.all(ids.map(async (id) => toPersonType(await this.people.get(ctx, id))));
  }

  @ResolveField(() => ProgrammeType, { nullable: true })
  async fundingProgramme(
    @Context() ctx: RequestContext,
    @Parent() v: StudyVisitType,
  ): Promise<ProgrammeType | null> {
    return v.fundingProgrammeId
      ? toProgrammeType(await this.programmes.get(ctx, v.fundingProgrammeId))
      : null;
  }

  @ResolveField(() => [TopicType], { description: 'Topics it is about.' })
  async topics(@Context() ctx: RequestContext, @Parent() v: StudyVisitType): Promise<TopicType[]> {
    return this.topicsService.typesOf(ctx, await this.service.topicIds(ctx, v.id));
  }

  @ResolveField(() => [PracticeType], { description: 'Practices seen (those you may read).' })
  async relatedPractices(
    @Context() ctx: RequestContext,
    @Parent() v: StudyVisitType,
  ): Promise<PracticeType[]> {
    const views = await Promise.all(
      (await this.service.practiceIds(ctx, v.id)).map((id) => this.practices.get(ctx, id).catch(() => null)),
    );
    return views.filter((view) => view !== null).map(toPracticeType);
  }

  private orgs(ctx: RequestContext, ids: string[]): Promise<OrganizationType[]> {
    return Promise.all(ids.map(async (id) => toOrganizationType(await this.organizations.get(ctx, id))));
  }
}

@Resolver(() => StudyVisitItemType)
export class StudyVisitItemResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @ResolveField(() => OrganizationType, { nullable: true })
  async host(
    @Context() ctx: RequestContext,
    @Parent() item: StudyVisitItemType,
  ): Promise<OrganizationType | null> {
    return item.hostOrganizationId
      ? toOrganizationType(await this.organizations.get(ctx, item.hostOrganizationId))
      : null;
  }
}
