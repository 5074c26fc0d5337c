import { Injectable } from '@nestjs/common';
import {
  Args,
  Context,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional } from 'class-validator';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  anyOf,
  AppError,
  assertAllowed,
  assignDefined,
  assertId,
  Connection,
  editorOf,
  keysetPlan,
  lockedOrNotFound,
  mapConnection,
  Node,
  PageArgs,
  RecordWrites,
  Required,
  ruleMessage,
  Text,
  toConnection,
  Uuid,
  validatePage,
  type ConnectionResult,
  type Policy,
  type RequestContext,
} from '#core';
import {
  OrganizationType,
  OrganizationsService,
  PeopleService,
  PersonType,
  toOrganizationType,
  toPersonType,
} from '#directory';
import { ActionItem } from '../entities/action-item.entity.js';
import { ActionItemStatus } from '../entities/enums.js';
import { Meeting } from '../entities/meeting.entity.js';
import { StudyVisit } from '../entities/study-visit.entity.js';
import { ExchangesPolicy } from '../exchanges.policy.js';
import { dateKeyset } from '../shared.js';
import { MeetingType } from '../meetings/meeting.types.js';
import { toMeetingType } from '../meetings/meetings.resolver.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { StudyVisitType } from '../study-visits/study-visit.types.js';
import { toStudyVisitType } from '../study-visits/study-visits.resolver.js';
import { StudyVisitsService } from '../study-visits/study-visits.service.js';

registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
const ISO_DATE = IsISO8601({ strict: true }, ruleMessage('invalid'));

@ObjectType('ActionItem', {
  implements: () => [Node],
  description: 'A follow-up from a meeting or a study visit.',
})
export class ActionItemType {
  @Field(() => ID)
  id: string;

  @Field()
  description: string;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  dueDate: string | null;

  @Field(() => ActionItemStatus)
  status: ActionItemStatus;

  @Field({ description: 'Still OPEN after its due date.' })
  overdue: boolean;

  @Field(() => Int, { description: 'Give it back as expectedVersion when changing the item.' })
  version: number;

  @Field()
  updatedAt: Date;

  meetingId: string | null;
  studyVisitId: string | null;
  ownerOrganizationId: string | null;
  ownerPersonId: string | null;
}

export const ActionItemConnection = Connection(ActionItemType, 'ActionItem');

@InputType()
export class ActionItemInput {
  @Field(() => ID, { nullable: true, description: 'The meeting it follows from (or give studyVisitId).' })
  @IsOptional()
  @Uuid()
  meetingId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  studyVisitId?: string;

  @Field()
  @Required()
  @Text(2000)
  description: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  ownerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  ownerPersonId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  dueDate?: string | null;
}

@InputType()
export class UpdateActionItemInput {
  @Field({ nullable: true })
  @IsOptional()
  @Required()
  @Text(2000)
  description?: string;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus, ruleMessage('invalid'))
  status?: ActionItemStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  dueDate?: string | null;
}

@InputType()
export class ActionItemFilter {
  @Field(() => ID, { nullable: true, description: 'From meetings of, or visits shared with, this network.' })
  @IsOptional()
  @Uuid()
  networkId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  ownerOrganizationId?: string;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus, ruleMessage('invalid'))
  status?: ActionItemStatus;

  @Field({
    nullable: true,
    description: 'Only OPEN items past their due date ("what is overdue in my network").',
  })
  @IsOptional()
  overdue?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  dueBefore?: string;
}

const today = () => new Date().toISOString().slice(0, 10);

export function toActionItemType(a: ActionItem): ActionItemType {
  return {
    id: a.id,
    description: a.description,
    dueDate: a.dueDate,
    status: a.status,
    overdue: a.status === ActionItemStatus.OPEN && a.dueDate !== null && a.dueDate < today(),
    version: a.version,
    updatedAt: a.updatedAt,
    meetingId: a.meetingId,
    studyVisitId: a.studyVisitId,
    ownerOrganizationId: a.ownerOrganizationId,
    ownerPersonId: a.ownerPersonId,
  };
}

/** Action items are read with their meeting or visit, and changed by whoever may change that. */
@Injectable()
export class ActionItemsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: RecordWrites,
  ) {}

  async list(
    ctx: RequestContext,
    filter: ActionItemFilter,
    pageArgs: PageArgs,
  ): Promise<ConnectionResult<ActionItem>> {
    const page = validatePage(pageArgs);
    const filtered = async () => {
      const qb = await this.readableQuery(ctx);
      if (filter.networkId)
        qb.andWhere('(m.network_id = :networkId OR v.network_id = :networkId)', {
          networkId: filter.networkId,
        });
      if (filter.ownerOrganizationId)
        qb.andWhere('a.owner_organization_id = :owner', { owner: filter.ownerOrganizationId });
      if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
      if (filter.overdue) qb.andWhere(`a.status = 'OPEN' AND a.due_date < CURRENT_DATE`);
      if (filter.dueBefore) qb.andWhere('a.due_date <= :dueBefore', { dueBefore: filter.dueBefore });
      return qb;
    };
    // Soonest due first; undated items last.
    const due = `coalesce(a.due_date, '9999-12-31')`;
    const plan = keysetPlan(page, 'ASC');
    const qb = (await filtered())
      .orderBy(due, plan.order)
      .addOrderBy('a.id', plan.order)
      .limit(page.size + 1);
    for (const condition of dateKeyset(due, 'a.id', plan)) qb.andWhere(...condition);
    const rows = page.size === 0 ? [] : await qb.getMany();
    return toConnection(
      rows,
      page,
      (a) => ({ sortKey: a.dueDate ?? '9999-12-31', id: a.id }),
      (a) => a,
      async () => (await filtered()).getCount(),
    );
  }

  /** The items among `ids` the caller may read (the lists' rule): one statement. */
  async readable(ctx: RequestContext, ids: readonly string[]): Promise<ActionItem[]> {
    if (ids.length === 0) return [];
    return (await this.readableQuery(ctx)).andWhere('a.id IN (:...ids)', { ids: [...ids] }).getMany();
  }

  /** Items whose meeting or study visit the caller may read. */
  private async readableQuery(ctx: RequestContext): Promise<SelectQueryBuilder<ActionItem>> {
    const qb = this.dataSource
      .getRepository(ActionItem)
      .createQueryBuilder('a')
      .leftJoin(Meeting, 'm', 'm.id = a.meeting_id')
      .leftJoin(StudyVisit, 'v', 'v.id = a.study_visit_id');
    const [meetings, visits] = [
      await ExchangesPolicy.meetingsReadable(ctx),
      await ExchangesPolicy.visitsReadable(ctx),
    ];
    if (meetings && visits) {
      qb.andWhere(`((m.id IS NOT NULL AND ${meetings[0]}) OR (v.id IS NOT NULL AND ${visits[0]}))`, {
        ...meetings[1],
        ...visits[1],
      });
    }
    return qb;
  }

  async create(ctx: RequestContext, input: ActionItemInput): Promise<ActionItem> {
    if (!input.meetingId === !input.studyVisitId) throw AppError.invalidField('meetingId', 'required');
    return this.writes.write(ctx, async (em) => {
      const parent = await parentOf(em, {
        meetingId: input.meetingId ?? null,
        studyVisitId: input.studyVisitId ?? null,
      });
      await assertAllowed(ctx, parent.managers);
      const item = await em.getRepository(ActionItem).save(
        em.create(ActionItem, {
          meetingId: input.meetingId ?? null,
          studyVisitId: input.studyVisitId ?? null,
          description: input.description,
          ownerOrganizationId: input.ownerOrganizationId ?? null,
          ownerPersonId: input.ownerPersonId ?? null,
          dueDate: input.dueDate ?? null,
          status: ActionItemStatus.OPEN,
        }),
      );
      return {
        result: item,
        audit: {
          entityType: 'ActionItem',
          entityId: item.id,
          action: 'create',
          networkIds: parent.networkIds,
        },
      };
    });
  }

  /** Whether the caller may change the item (update's rule), so pages offer only what will work. */
  async mayChange(ctx: RequestContext, item: ActionItem): Promise<boolean> {
    // Every rule of `changers` is about members (admins pass all): nothing to look up for others.
    if (ctx.principal.kind !== 'user' && !ctx.isAdmin) return false;
    return changers(this.dataSource.manager, item).allows(ctx);
  }

  /**
   * The parent's managers, or the editors of the organization owning the item; on the version the
   * editor last read (CONFLICT otherwise, so two people ticking the same item lose nothing).
   */
  async update(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    input: UpdateActionItemInput,
  ): Promise<ActionItem> {
    return this.writes.change(ctx, {
      entity: ActionItem,
      kind: 'ActionItem',
      id,
      expectedVersion,
      allow: (em, item) => changers(em, item),
      apply: async (em, item) => {
        const parent = await parentOf(em, item);
        assignDefined(item, input, ['description', 'status', 'dueDate']);
        return { action: 'update', changes: { status: item.status }, networkIds: parent.networkIds };
      },
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    return this.writes.write(ctx, async (em) => {
      const item = await lockedOrNotFound(em, ActionItem, 'ActionItem', id);
      const parent = await parentOf(em, item);
      await assertAllowed(ctx, parent.managers);
      await em.getRepository(ActionItem).delete({ id });
      return {
        result: id,
        audit: { entityType: 'ActionItem', entityId: id, action: 'delete', networkIds: parent.networkIds },
      };
    });
  }
}

/** Who may change an item: the editors of the organization owning it, or its parent's managers. */
const changers = (em: EntityManager, item: ActionItem): Policy =>
  anyOf(editorOf(item.ownerOrganizationId), managersOf(em, item));

/** Whoever manages the item's meeting or visit (looked up only when the cheaper rules failed). */
const managersOf = (em: EntityManager, item: ActionItem): Policy => ({
  allows: async (ctx) => (await parentOf(em, item)).managers.allows(ctx),
});

/**
 * The meeting or visit an item follows from: who manages it (and so the item), and its network,
 * whose coordinators may read the item's audit trail.
 */
async function parentOf(
  em: EntityManager,
  item: Pick<ActionItem, 'meetingId' | 'studyVisitId'>,
): Promise<{ managers: Policy; networkIds: string[] }> {
  if (item.meetingId) {
    const meeting = await em.getRepository(Meeting).findOneBy({ id: item.meetingId });
    if (!meeting) throw AppError.invalidField('meetingId', 'unknownReference');
    return {
      managers: ExchangesPolicy.managesMeetingsOf(meeting.networkId),
      networkIds: [meeting.networkId],
    };
  }
  const visit = item.studyVisitId
    ? await em.getRepository(StudyVisit).findOneBy({ id: item.studyVisitId })
    : null;
  if (!visit) throw AppError.invalidField('studyVisitId', 'unknownReference');
  return {
    managers: ExchangesPolicy.managesVisitsOf(visit.ownerOrganizationId),
    networkIds: visit.networkId ? [visit.networkId] : [],
  };
}

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
      'Also allowed to editors of the organization that owns the item. CONFLICT (with the current version) when expectedVersion is not it.',
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
