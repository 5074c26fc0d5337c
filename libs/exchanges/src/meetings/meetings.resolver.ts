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
  NetworkType,
  NetworksService,
  OrganizationType,
  OrganizationsService,
  toCityType,
  toNetworkType,
  toOrganizationType,
} from '#directory';
import { PracticeType, PracticesService, toPracticeType } from '#practices';
import { TopicType, TopicsService } from '#taxonomy';
import {
  CreateMeetingInput,
  MeetingConnection,
  MeetingDetailsInput,
  MeetingFilter,
  MeetingPayloadType,
  MeetingTextInput,
  MeetingTranslationType,
  MeetingType,
} from './meeting.types.js';
import { MeetingsService } from './meetings.service.js';
import { toMeetingType } from './meeting.mapper.js';

@Resolver(() => MeetingType)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly networks: NetworksService,
    private readonly organizations: OrganizationsService,
    private readonly cities: CitiesService,
    private readonly practices: PracticesService,
    private readonly topicsService: TopicsService,
    private readonly i18n: I18nService,
  ) {}

  @Query(() => MeetingType)
  async meeting(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<MeetingType> {
    return toMeetingType(await this.service.get(ctx, assertId(id)));
  }

  @Query(() => MeetingConnection, { description: 'Meetings you may read, newest first.' })
  async meetings(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => MeetingFilter, nullable: true }) filter?: MeetingFilter,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<ConnectionResult<MeetingType>> {
    return mapConnection(await this.service.list(ctx, filter ?? {}, page), toMeetingType);
  }

  @Mutation(() => MeetingPayloadType, {
    description: 'Records a meeting of a network (its coordinators; admins).',
  })
  async createMeeting(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateMeetingInput,
  ): Promise<MeetingPayloadType> {
    const view = await this.service.create(ctx, input);
    return {
      meeting: toMeetingType(view),
      warnings: this.warnings(ctx, [input.content, ...(input.translations ?? [])]),
    };
  }

  @Mutation(() => MeetingPayloadType)
  async updateMeeting(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: MeetingDetailsInput,
  ): Promise<MeetingPayloadType> {
    const view = await this.service.update(ctx, assertId(id), expectedVersion, input);
    return { meeting: toMeetingType(view), warnings: this.warnings(ctx, input.translations ?? []) };
  }

  /** Warnings for texts whose declared language disagrees with a detector (saved anyway). */
  private warnings(ctx: RequestContext, texts: MeetingTextInput[]): ContentWarning[] {
    return texts.flatMap((t) =>
      languageWarnings(this.i18n, ctx, t.language, [
        t.title,
        t.summary,
        t.notes,
        t.decisions,
        ...(t.agenda ?? []),
      ]),
    );
  }

  @Mutation(() => ID)
  deleteMeeting(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(ctx, assertId(id));
  }

  @ResolveField(() => String, { nullable: true, description: 'Sanitized HTML.' })
  summaryHtml(@Parent() m: MeetingType): string | null {
    return markdownToSafeHtml(m.summary);
  }

  @ResolveField(() => String, { nullable: true, description: 'Sanitized HTML.' })
  notesHtml(@Parent() m: MeetingType): string | null {
    return markdownToSafeHtml(m.notes);
  }

  @ResolveField(() => String, { nullable: true, description: 'Sanitized HTML.' })
  decisionsHtml(@Parent() m: MeetingType): string | null {
    return markdownToSafeHtml(m.decisions);
  }

  @ResolveField(() => [MeetingTranslationType])
  async translations(
    @Context() ctx: RequestContext,
    @Parent() m: MeetingType,
  ): Promise<MeetingTranslationType[]> {
    const rows = await this.service.translations(ctx, m.id);
    return [...rows]
      .sort((a, b) => a.language.localeCompare(b.language))
      .map((t) => ({
        language: t.language,
        title: t.title,
        summary: t.summary,
        notes: t.notes,
        decisions: t.decisions,
        agenda: t.agenda,
      }));
  }

  @ResolveField(() => NetworkType)
  async network(@Context() ctx: RequestContext, @Parent() m: MeetingType): Promise<NetworkType> {
    return toNetworkType(await this.networks.get(ctx, m.networkId));
  }

  @ResolveField(() => OrganizationType, { nullable: true })
  async host(@Context() ctx: RequestContext, @Parent() m: MeetingType): Promise<OrganizationType | null> {
    return m.hostOrganizationId
      ? toOrganizationType(await this.organizations.get(ctx, m.hostOrganizationId))
      : null;
  }

  @ResolveField(() => CityType, { nullable: true })
  async city(@Context() ctx: RequestContext, @Parent() m: MeetingType): Promise<CityType | null> {
    return m.cityId ? toCityType(await this.cities.get(ctx, m.cityId)) : null;
  }

  @ResolveField(() => [OrganizationType], { description: 'Organizations that attended.' })
  async attendees(@Context() ctx: RequestContext, @Parent() m: MeetingType): Promise<OrganizationType[]> {
    const ids = await this.service.attendeeIds(ctx, m.id);
    return Promise.all(ids.map(async (id) => toOrganizationType(await this.organizations.get(ctx, id))));
  }

  @ResolveField(() => [TopicType], { description: 'Topics it is about.' })
  async topics(@Context() ctx: RequestContext, @Parent() m: MeetingType): Promise<TopicType[]> {
    return this.topicsService.typesOf(ctx, await this.service.topicIds(ctx, m.id));
  }

  @ResolveField(() => [PracticeType], { description: 'Practices discussed (those you may read).' })
  async relatedPractices(@Context() ctx: RequestContext, @Parent() m: MeetingType): Promise<PracticeType[]> {
    const views = await Promise.all(
      (await this.service.practiceIds(ctx, m.id)).map((id) => this.practices.get(ctx, id).catch(() => null)),
    );
    return views.filter((v) => v !== null).map(toPracticeType);
  }
}
