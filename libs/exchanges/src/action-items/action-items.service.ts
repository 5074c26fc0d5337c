import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  anyOf,
  AppError,
  assertAllowed,
  assignDefined,
  editorOf,
  keysetPlan,
  lockedOrNotFound,
  PageArgs,
  RecordWrites,
  toConnection,
  validatePage,
  type ConnectionResult,
  type Policy,
  type RequestContext,
} from '#core';
import { Organization, Person } from '#directory';
import { ActionItem } from '../entities/action-item.entity.js';
import { ActionItemStatus } from '../entities/enums.js';
import { Meeting } from '../entities/meeting.entity.js';
import { StudyVisit } from '../entities/study-visit.entity.js';
import { ExchangesPolicy } from '../exchanges.policy.js';
import { dateKeyset } from '../shared/exchange-queries.js';
import { ActionItemFilter, ActionItemInput, UpdateActionItemInput } from './action-item.types.js';

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
      await assertOwners(em, input);
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
        // The owner's editors work the item (status, description, due date); giving it to
        // another organization or person is for whoever runs the meeting or visit.
        if (changesOwner(item, input)) await assertAllowed(ctx, parent.managers);
        await assertOwners(em, input);
        assignDefined(item, input, [
          'description',
          'status',
          'dueDate',
          'ownerOrganizationId',
          'ownerPersonId',
        ]);
        return { action: 'update', changes: { status: item.status }, networkIds: parent.networkIds };
      },
    });
  }

  /**
   * Refuses unknown owners before anything is written: a form that saves a meeting or visit and
   * then its new items must not leave the parent saved when an item cannot be (sent again, it
   * would make a second one).
   */
  async assertOwnersExist(
    inputs: readonly Pick<ActionItemInput, 'ownerOrganizationId' | 'ownerPersonId'>[],
  ): Promise<void> {
    for (const input of inputs) await assertOwners(this.dataSource.manager, input);
  }

  /** Whether the caller may delete the item (delete's rule: its parent's managers only). */
  async mayDelete(ctx: RequestContext, item: ActionItem): Promise<boolean> {
    if (ctx.principal.kind !== 'user' && !ctx.isAdmin) return false;
    return managersOf(this.dataSource.manager, item).allows(ctx);
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

/** Whether the input gives the item to another owner (an absent field keeps the owner). */
function changesOwner(
  item: Pick<ActionItem, 'ownerOrganizationId' | 'ownerPersonId'>,
  input: Pick<UpdateActionItemInput, 'ownerOrganizationId' | 'ownerPersonId'>,
): boolean {
  return (
    (input.ownerOrganizationId !== undefined && input.ownerOrganizationId !== item.ownerOrganizationId) ||
    (input.ownerPersonId !== undefined && input.ownerPersonId !== item.ownerPersonId)
  );
}

/** A new owner must exist: an unknown id is the field's problem, not a database error. */
async function assertOwners(
  em: EntityManager,
  input: Pick<UpdateActionItemInput, 'ownerOrganizationId' | 'ownerPersonId'>,
): Promise<void> {
  const { ownerOrganizationId, ownerPersonId } = input;
  if (ownerOrganizationId && !(await em.getRepository(Organization).existsBy({ id: ownerOrganizationId })))
    throw AppError.invalidField('ownerOrganizationId', 'unknownReference');
  if (ownerPersonId && !(await em.getRepository(Person).existsBy({ id: ownerPersonId })))
    throw AppError.invalidField('ownerPersonId', 'unknownReference');
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
