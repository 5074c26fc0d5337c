import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  Allow,
  AppError,
  RecordWrites,
  assertAllowed,
  assertKeepsOriginal,
  assignDefined,
  distinct,
  lockedOrNotFound,
  replaceRows,
  LoaderKey,
  groupedLoader,
  pickTranslation,
  keysetPlan,
  toConnection,
  validatePage,
  writeTranslations,
  type ConnectionResult,
  type PageArgs,
  type RequestContext,
} from '#core';
import { City, Network, Organization, Person, Programme } from '#directory';
import { Practice } from '#practices';
import { Topic } from '#taxonomy';
import { ExchangeVisibility } from '../entities/enums.js';
import {
  StudyVisit,
  StudyVisitHostCity,
  StudyVisitItem,
  StudyVisitOrganization,
  StudyVisitParticipant,
  StudyVisitPractice,
  StudyVisitTopic,
  StudyVisitTranslation,
} from '../entities/study-visit.entity.js';
import { ExchangesPolicy } from '../exchanges.policy.js';
import {
  countIs,
  dateKeyset,
  exchangeEvent,
  keepingUnreadablePractices,
  readableIdsOf,
  required,
} from '../shared/exchange-queries.js';
import type { CreateStudyVisitInput, StudyVisitDetailsInput, StudyVisitFilter } from './study-visit.types.js';

const TRANSLATIONS = new LoaderKey<string, StudyVisitTranslation[]>('visitTranslations');
const ITEMS = new LoaderKey<string, StudyVisitItem[]>('visitItems');
const ORGANIZATIONS = new LoaderKey<string, StudyVisitOrganization[]>('visitOrganizations');
const HOST_CITIES = new LoaderKey<string, StudyVisitHostCity[]>('visitHostCities');
const PARTICIPANTS = new LoaderKey<string, StudyVisitParticipant[]>('visitParticipants');
const PRACTICES = new LoaderKey<string, StudyVisitPractice[]>('visitPractices');
const TOPICS = new LoaderKey<string, StudyVisitTopic[]>('visitTopics');

export interface StudyVisitView {
  visit: StudyVisit;
  translation: StudyVisitTranslation | null;
  availableLanguages: string[];
  items: StudyVisitItem[];
}

@Injectable()
export class StudyVisitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: RecordWrites,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<StudyVisitView> {
    const qb = this.dataSource.getRepository(StudyVisit).createQueryBuilder('v').where('v.id = :id', { id });
    await ExchangesPolicy.restrictVisits(ctx, qb);
    const visit = await qb.getOne();
    if (!visit) throw AppError.notFound('StudyVisit', id);
    return this.view(ctx, visit);
  }

  /** The visits among `ids` the caller may read (the rule of get): one statement, then loaders. */
  async readableViews(ctx: RequestContext, ids: readonly string[]): Promise<StudyVisitView[]> {
    if (ids.length === 0) return [];
    const qb = this.dataSource
      .getRepository(StudyVisit)
      .createQueryBuilder('v')
      .where('v.id IN (:...ids)', { ids: [...ids] });
    await ExchangesPolicy.restrictVisits(ctx, qb);
    return Promise.all((await qb.getMany()).map((v) => this.view(ctx, v)));
  }

  /** Which of these study visits exist and the caller may read: one statement, the same rule as get. */
  readableIds(ctx: RequestContext, ids: string[]): Promise<Set<string>> {
    return readableIdsOf(this.dataSource.getRepository(StudyVisit), 'v', ids, (qb) =>
      ExchangesPolicy.restrictVisits(ctx, qb),
    );
  }

  async list(
    ctx: RequestContext,
    filter: StudyVisitFilter,
    pageArgs: PageArgs,
  ): Promise<ConnectionResult<StudyVisitView>> {
    const page = validatePage(pageArgs);
    const filtered = async () => {
      const qb = this.dataSource.getRepository(StudyVisit).createQueryBuilder('v');
      await ExchangesPolicy.restrictVisits(ctx, qb);
      if (filter.organizationId) {
        qb.andWhere(
          'v.id IN (SELECT study_visit_id FROM study_visit_organization WHERE organization_id = :organizationId)',
          {
            organizationId: filter.organizationId,
          },
        );
      }
      if (filter.cityId) {
        qb.andWhere(
          `v.id IN (SELECT so.study_visit_id FROM study_visit_organization so JOIN organization o ON o.id = so.organization_id
                    WHERE so.role = 'HOST' AND o.city_id = :cityId
                    UNION SELECT hc.study_visit_id FROM study_visit_host_city hc WHERE hc.city_id = :cityId)`,
          { cityId: filter.cityId },
        );
      }
      if (filter.networkId) qb.andWhere('v.network_id = :networkId', { networkId: filter.networkId });
      if (filter.from) qb.andWhere('v.end_date >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('v.start_date <= :to', { to: filter.to });
      return qb;
    };
    const plan = keysetPlan(page, 'DESC');
    const qb = (await filtered())
      .orderBy('v.start_date', plan.order)
      .addOrderBy('v.id', plan.order)
      .limit(page.size + 1);
    for (const condition of dateKeyset('v.start_date', 'v.id', plan)) qb.andWhere(...condition);
    const rows = page.size === 0 ? [] : await qb.getMany();
    const views = await Promise.all(rows.map((v) => this.view(ctx, v)));
    return toConnection(
      views,
      page,
      (v) => ({ sortKey: v.visit.startDate, id: v.visit.id }),
      (v) => v,
      async () => (await filtered()).getCount(),
    );
  }

  /** Whether the caller may change the visit (update's rule), so pages offer only what works. */
  mayManage(ctx: RequestContext, visit: StudyVisit): Promise<boolean> {
    return ExchangesPolicy.managesVisitsOf(visit.ownerOrganizationId).allows(ctx);
  }

  /** Whether the caller may record visits of the organization (create's rule). */
  mayRecord(ctx: RequestContext, organizationId: string): Promise<boolean> {
    return ExchangesPolicy.managesVisitsOf(organizationId).allows(ctx);
  }

  async organizations(ctx: RequestContext, id: string, role: 'VISITOR' | 'HOST'): Promise<string[]> {
    const rows = await groupedLoader(
      ctx,
      ORGANIZATIONS,
      this.dataSource,
      StudyVisitOrganization,
      'studyVisitId',
    ).load(id);
    return rows.filter((r) => r.role === role).map((r) => r.organizationId);
  }

  /** Cities hosting the visit where no host organization is recorded (yet). */
  async hostCityIds(ctx: RequestContext, id: string): Promise<string[]> {
    return (
      await groupedLoader(ctx, HOST_CITIES, this.dataSource, StudyVisitHostCity, 'studyVisitId').load(id)
    ).map((c) => c.cityId);
  }

  async participantIds(ctx: RequestContext, id: string): Promise<string[]> {
    return (
      await groupedLoader(ctx, PARTICIPANTS, this.dataSource, StudyVisitParticipant, 'studyVisitId').load(id)
    ).map((p) => p.personId);
  }

  async practiceIds(ctx: RequestContext, id: string): Promise<string[]> {
    return (
      await groupedLoader(ctx, PRACTICES, this.dataSource, StudyVisitPractice, 'studyVisitId').load(id)
    ).map((p) => p.practiceId);
  }

  async topicIds(ctx: RequestContext, id: string): Promise<string[]> {
    return (await groupedLoader(ctx, TOPICS, this.dataSource, StudyVisitTopic, 'studyVisitId').load(id)).map(
      (t) => t.topicId,
    );
  }

  translations(ctx: RequestContext, id: string): Promise<StudyVisitTranslation[]> {
    return groupedLoader(ctx, TRANSLATIONS, this.dataSource, StudyVisitTranslation, 'studyVisitId').load(id);
  }

  @Allow((input: CreateStudyVisitInput) => ExchangesPolicy.managesVisitsOf(input.organizationId))
  async create(ctx: RequestContext, input: CreateStudyVisitInput): Promise<StudyVisitView> {
    const startDate = required(input.startDate, 'startDate');
    const endDate = required(input.endDate, 'endDate');
    if (endDate < startDate) throw AppError.invalidField('endDate', 'invalid');
    const id = await this.writes.write(ctx, async (em) => {
      if (!(await em.getRepository(Organization).existsBy({ id: input.organizationId }))) {
        throw AppError.invalidField('organizationId', 'unknownReference');
      }
      await assertReferences(em, input);
      const visit = await em.getRepository(StudyVisit).save(
        em.create(StudyVisit, {
          ownerOrganizationId: input.organizationId,
          networkId: input.networkId ?? null,
          fundingProgrammeId: input.fundingProgrammeId ?? null,
          startDate,
          endDate,
          originalLanguage: input.content.language,
          visibility: input.visibility ?? ExchangeVisibility.PRIVATE,
          version: 1,
        }),
      );
      await writeTranslations(
        em,
        StudyVisitTranslation,
        'studyVisitId',
        visit.id,
        [input.content, ...(input.translations ?? [])],
        undefined,
      );
      await replaceChildren(em, visit.id, {
        ...input,
        visitorOrganizationIds: [input.organizationId, ...(input.visitorOrganizationIds ?? [])],
      });
      return {
        result: visit.id,
        audit: {
          entityType: 'StudyVisit',
          entityId: visit.id,
          action: 'create',
          networkIds: networksOf(visit),
        },
        changed: [{ kind: 'STUDY_VISIT', ids: [visit.id] }],
        events: [await exchangeEvent(em, 'studyVisit.created', 'STUDY_VISIT', visit.id, networksOf(visit))],
      };
    });
    return this.get(ctx, id);
  }

  async update(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    input: StudyVisitDetailsInput,
  ): Promise<StudyVisitView> {
    await this.writes.change(ctx, {
      entity: StudyVisit,
      kind: 'StudyVisit',
      id,
      expectedVersion,
      allow: (_em, visit) => ExchangesPolicy.managesVisitsOf(visit.ownerOrganizationId),
      apply: async (em, visit) => {
        await assertReferences(em, input);
        assignDefined(visit, input, [
          'startDate',
          'endDate',
          'visibility',
          'networkId',
          'fundingProgrammeId',
        ]);
        if (visit.endDate < visit.startDate) throw AppError.invalidField('endDate', 'invalid');
        assertKeepsOriginal(input.removeLanguages, visit.originalLanguage, 'removeLanguages');
        await writeTranslations(
          em,
          StudyVisitTranslation,
          'studyVisitId',
          id,
          input.translations,
          input.removeLanguages,
        );
        const visitors = input.visitorOrganizationIds
          ? [visit.ownerOrganizationId, ...input.visitorOrganizationIds]
          : undefined;
        await replaceChildren(em, id, {
          ...input,
          visitorOrganizationIds: visitors,
          relatedPracticeIds: await keepingUnreadablePractices(
            em,
            ctx,
            { table: 'study_visit_practice', ownerColumn: 'study_visit_id' },
            id,
            input.relatedPracticeIds,
          ),
        });
        return {
          action: 'update',
          networkIds: networksOf(visit),
          changed: [{ kind: 'STUDY_VISIT', ids: [id] }],
          events: [await exchangeEvent(em, 'studyVisit.updated', 'STUDY_VISIT', id, networksOf(visit))],
        };
      },
    });
    return this.get(ctx, id);
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    return this.writes.write(ctx, async (em) => {
      const visit = await lockedOrNotFound(em, StudyVisit, 'StudyVisit', id);
      await assertAllowed(ctx, ExchangesPolicy.managesVisitsOf(visit.ownerOrganizationId));
      await em.getRepository(StudyVisit).delete({ id });
      return {
        result: id,
        audit: { entityType: 'StudyVisit', entityId: id, action: 'delete', networkIds: networksOf(visit) },
        changed: [{ kind: 'STUDY_VISIT', ids: [id] }],
      };
    });
  }

  private async view(ctx: RequestContext, visit: StudyVisit): Promise<StudyVisitView> {
    const [translations, items] = await Promise.all([
      this.translations(ctx, visit.id),
      groupedLoader(ctx, ITEMS, this.dataSource, StudyVisitItem, 'studyVisitId').load(visit.id),
    ]);
    const { translation, availableLanguages } = pickTranslation(
      translations,
      ctx.contentLocale,
      visit.originalLanguage,
    );
    return {
      visit,
      translation,
      availableLanguages,
      items: [...items].sort((a, b) => a.position - b.position),
    };
  }
}

/** The visit's network, whose coordinators may read its audit entries. */
const networksOf = (visit: StudyVisit): string[] => (visit.networkId ? [visit.networkId] : []);

async function assertReferences(em: EntityManager, input: StudyVisitDetailsInput): Promise<void> {
  if (input.networkId && !(await em.getRepository(Network).existsBy({ id: input.networkId })))
    throw AppError.invalidField('networkId', 'unknownReference');
  if (
    input.fundingProgrammeId &&
    !(await em.getRepository(Programme).existsBy({ id: input.fundingProgrammeId }))
  ) {
    throw AppError.invalidField('fundingProgrammeId', 'unknownReference');
  }
  await countIs(em, Organization, input.visitorOrganizationIds ?? [], 'visitorOrganizationIds');
  await countIs(em, Organization, input.hostOrganizationIds ?? [], 'hostOrganizationIds');
  await countIs(em, City, input.hostCityIds ?? [], 'hostCityIds');
  await countIs(
    em,
    Organization,
    (input.programme ?? []).flatMap((i) => (i.hostOrganizationId ? [i.hostOrganizationId] : [])),
    'programme',
  );
  await countIs(em, Person, input.participantIds ?? [], 'participantIds');
  await countIs(em, Practice, input.relatedPracticeIds ?? [], 'relatedPracticeIds');
  await countIs(em, Topic, input.topicIds ?? [], 'topicIds');
}

async function replaceChildren(
  em: EntityManager,
  studyVisitId: string,
  input: StudyVisitDetailsInput,
): Promise<void> {
  for (const [role, ids] of [
    ['VISITOR', input.visitorOrganizationIds],
    ['HOST', input.hostOrganizationIds],
  ] as const) {
    if (ids)
      await replaceRows(
        em,
        StudyVisitOrganization,
        { studyVisitId, role },
        distinct(ids).map((organizationId) => ({ organizationId })),
      );
  }
  if (input.programme) {
    const items = input.programme.map((item, position) => ({
      position,
      date: item.date,
      title: item.title,
      hostOrganizationId: item.hostOrganizationId ?? null,
    }));
    await replaceRows(em, StudyVisitItem, { studyVisitId }, items);
  }
  if (input.hostCityIds) {
    const rows = distinct(input.hostCityIds).map((cityId) => ({ cityId }));
    await replaceRows(em, StudyVisitHostCity, { studyVisitId }, rows);
  }
  if (input.participantIds) {
    await replaceRows(
      em,
      StudyVisitParticipant,
      { studyVisitId },
      distinct(input.participantIds).map((personId) => ({ personId })),
    );
  }
  if (input.topicIds) {
    await replaceRows(
      em,
      StudyVisitTopic,
      { studyVisitId },
      distinct(input.topicIds).map((topicId) => ({ topicId })),
    );
  }
  if (input.relatedPracticeIds) {
    await replaceRows(
      em,
      StudyVisitPractice,
      { studyVisitId },
      distinct(input.relatedPracticeIds).map((practiceId) => ({ practiceId })),
    );
  }
}
