import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { assertId, mapConnection, PageArgs, type ConnectionResult, type RequestContext } from '#core';
import {
  OrganizationType,
  OrganizationsService,
  PeopleService,
  PersonType,
  toOrganizationType,
  toPersonType,
} from '#directory';
import { ActionItem } from '../entities/action-item.entity.js';
import { MeetingType } from '../meetings/meeting.types.js';
import { toMeetingType } from '../meetings/meeting.mapper.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { StudyVisitType } from '../study-visits/study-visit.types.js';
import { toStudyVisitType } from '../study-visits/study-visit.mapper.js';
import { StudyVisitsService } from '../study-visits/study-visits.service.js';
import {
  ActionItemConnection,
  ActionItemFilter,
  ActionItemInput,
  ActionItemType,
  UpdateActionItemInput,
} from './action-item.types.js';
import { toActionItemType } from './action-item.mapper.js';
import { ActionItemsService } from './action-items.service.js';

@Resolver(() => ActionItemType)
export class ActionItemsResolver {
  constructor(
    private readonly service: ActionItemsService,
    private readonly meetings: MeetingsService,
    private readonly visits: StudyVisitsService,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => ActionItemConnection, {
    description: 'Follow-ups from meetings and visits you may read, soonest due first.',
  })
  async actionItems(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ActionItemFilter, nullable: true }) filter?: ActionItemFilter,
  ): Promise<ConnectionResult<ActionItemType>> {
    return mapConnection(await this.service.list(ctx, filter ?? {}, page), toActionItemType);
  }

  @Mutation(() => ActionItemType, {
    description: 'Adds a follow-up to a meeting (its coordinators) or a visit (its editors).',
  })
  async createActionItem(
    @Context() ctx: RequestContext,
    @Args('input') input: ActionItemInput,
  ): Promise<ActionItemType> {
    return toActionItemType(await this.service.create(ctx, input));
  }

  @Mutation(() => ActionItemType, {
    description:
      "Also allowed to editors of the organization that owns the item, except giving it to another owner (FORBIDDEN: the meeting's or visit's managers decide that). CONFLICT (with the current version) when expectedVersion is not it.",
  })
  async updateActionItem(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: UpdateActionItemInput,
  ): Promise<ActionItemType> {
    return toActionItemType(await this.service.update(ctx, assertId(id), expectedVersion, input));
  }

  @Mutation(() => ID)
  deleteActionItem(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.service.delete(ctx, assertId(id));
  }

  @ResolveField(() => MeetingType, { nullable: true })
  async meeting(@Context() ctx: RequestContext, @Parent() a: ActionItemType): Promise<MeetingType | null> {
    return a.meetingId ? toMeetingType(await this.meetings.get(ctx, a.meetingId)) : null;
  }

  @ResolveField(() => StudyVisitType, { nullable: true })
  async studyVisit(
    @Context() ctx: RequestContext,
    @Parent() a: ActionItemType,
  ): Promise<StudyVisitType | null> {
    return a.studyVisitId ? toStudyVisitType(await this.visits.get(ctx, a.studyVisitId)) : null;
  }

  @ResolveField(() => OrganizationType, { nullable: true })
  async ownerOrganization(
    @Context() ctx: RequestContext,
    @Parent() a: ActionItemType,
  ): Promise<OrganizationType | null> {
    return a.ownerOrganizationId
      ? toOrganizationType(await this.organizations.get(ctx, a.ownerOrganizationId))
      : null;
  }

  @ResolveField(() => PersonType, { nullable: true })
  async ownerPerson(@Context() ctx: RequestContext, @Parent() a: ActionItemType): Promise<PersonType | null> {
    return a.ownerPersonId ? toPersonType(await this.people.get(ctx, a.ownerPersonId)) : null;
  }
}

/** A meeting's and a visit's action items, as fields. */
@Resolver(() => MeetingType)
export class MeetingActionItemsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => [ActionItemType])
  async actionItems(@Parent() m: MeetingType): Promise<ActionItemType[]> {
    return (
      await this.dataSource
        .getRepository(ActionItem)
        .find({ where: { meetingId: m.id }, order: { createdAt: 'ASC' } })
    ).map(toActionItemType);
  }
}

@Resolver(() => StudyVisitType)
export class StudyVisitActionItemsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => [ActionItemType])
  async actionItems(@Parent() v: StudyVisitType): Promise<ActionItemType[]> {
    return (
      await this.dataSource
        .getRepository(ActionItem)
        .find({ where: { studyVisitId: v.id }, order: { createdAt: 'ASC' } })
    ).map(toActionItemType);
  }
}
