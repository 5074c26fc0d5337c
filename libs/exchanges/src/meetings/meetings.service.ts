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
  byIdLoader,
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
import { City, Network, Organization } from '#directory';
import { Practice } from '#practices';
import { Topic } from '#taxonomy';
import { ExchangeVisibility } from '../entities/enums.js';
import {
  Meeting,
  MeetingAttendee,
  MeetingPractice,
  MeetingTopic,
  MeetingTranslation,
} from '../entities/meeting.entity.js';
import { ExchangesPolicy } from '../exchanges.policy.js';
import {
  countIs,
  dateKeyset,
  exchangeEvent,
  keepingUnreadablePractices,
  readableIdsOf,
  required,
} from '../shared/exchange-queries.js';
import type { CreateMeetingInput, MeetingDetailsInput, MeetingFilter } from './meeting.types.js';

const TRANSLATIONS = new LoaderKey<string, MeetingTranslation[]>('meetingTranslations');
const ATTENDEES = new LoaderKey<string, MeetingAttendee[]>('meetingAttendees');
const PRACTICES = new LoaderKey<string, MeetingPractice[]>('meetingPractices');
const TOPICS = new LoaderKey<string, MeetingTopic[]>('meetingTopics');
const BY_ID = new LoaderKey<string, Meeting | null>('meetingById');

export interface MeetingView {
  meeting: Meeting;
  translation: MeetingTranslation | null;
  availableLanguages: string[];
  agenda: string[];
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: RecordWrites,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<MeetingView> {
    const qb = this.dataSource.getRepository(Meeting).createQueryBuilder('m').where('m.id = :id', { id });
    await ExchangesPolicy.restrictMeetings(ctx, qb);
    const meeting = await qb.getOne();
    if (!meeting) throw AppError.notFound('Meeting', id);
    return this.view(ctx, meeting);
  }

  /** The meetings among `ids` the caller may read (the rule of get): one statement, then loaders. */
  async readableViews(ctx: RequestContext, ids: readonly string[]): Promise<MeetingView[]> {
    if (ids.length === 0) return [];
    const qb = this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('m')
      .where('m.id IN (:...ids)', { ids: [...ids] });
    await ExchangesPolicy.restrictMeetings(ctx, qb);
    return Promise.all((await qb.getMany()).map((m) => this.view(ctx, m)));
  }

  /** Whether the caller may read the meeting (for action items and feeds). */
  async readable(ctx: RequestContext, id: string): Promise<boolean> {
    return this.get(ctx, id).then(
      () => true,
      () => false,
    );
  }

  /** Which of these meetings exist and the caller may read: one statement, the same rule as get. */
  readableIds(ctx: RequestContext, ids: string[]): Promise<Set<string>> {
    return readableIdsOf(this.dataSource.getRepository(Meeting), 'm', ids, (qb) =>
      ExchangesPolicy.restrictMeetings(ctx, qb),
    );
  }

  async list(
    ctx: RequestContext,
    filter: MeetingFilter,
    pageArgs: PageArgs,
  ): Promise<ConnectionResult<MeetingView>> {
    const page = validatePage(pageArgs);
    const filtered = async () => {
      const qb = this.dataSource.getRepository(Meeting).createQueryBuilder('m');
      await ExchangesPolicy.restrictMeetings(ctx, qb);
      if (filter.networkId) qb.andWhere('m.network_id = :networkId', { networkId: filter.networkId });
      if (filter.kind) qb.andWhere('m.kind = :kind', { kind: filter.kind });
      if (filter.from) qb.andWhere('m.date >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('m.date <= :to', { to: filter.to });
      return qb;
    };
    const plan = keysetPlan(page, 'DESC');
    const qb = (await filtered())
      .orderBy('m.date', plan.order)
      .addOrderBy('m.id', plan.order)
      .limit(page.size + 1);
    for (const condition of dateKeyset('m.date', 'm.id', plan)) qb.andWhere(...condition);
    const rows = page.size === 0 ? [] : await qb.getMany();
    const views = await Promise.all(rows.map((m) => this.view(ctx, m)));
    return toConnection(
      views,
      page,
      (v) => ({ sortKey: v.meeting.date, id: v.meeting.id }),
      (v) => v,
      async () => (await filtered()).getCount(),
    );
  }

  /** Whether the caller may change the meeting (update's rule), so pages offer only what works. */
  mayManage(ctx: RequestContext, meeting: Meeting): Promise<boolean> {
    return ExchangesPolicy.managesMeetingsOf(meeting.networkId).allows(ctx);
  }

  /** Whether the caller may log a meeting of the network (create's rule), so pages offer only what works. */
  mayLog(ctx: RequestContext, networkId: string): Promise<boolean> {
    return ExchangesPolicy.managesMeetingsOf(networkId).allows(ctx);
  }

  attendeeIds(ctx: RequestContext, id: string): Promise<string[]> {
    return groupedLoader(ctx, ATTENDEES, this.dataSource, MeetingAttendee, 'meetingId')
      .load(id)
      .then((rows) => rows.map((r) => r.organizationId));
  }

  practiceIds(ctx: RequestContext, id: string): Promise<string[]> {
    return groupedLoader(ctx, PRACTICES, this.dataSource, MeetingPractice, 'meetingId')
      .load(id)
      .then((rows) => rows.map((r) => r.practiceId));
  }

  topicIds(ctx: RequestContext, id: string): Promise<string[]> {
    return groupedLoader(ctx, TOPICS, this.dataSource, MeetingTopic, 'meetingId')
      .load(id)
      .then((rows) => rows.map((r) => r.topicId));
  }

  translations(ctx: RequestContext, id: string): Promise<MeetingTranslation[]> {
    return groupedLoader(ctx, TRANSLATIONS, this.dataSource, MeetingTranslation, 'meetingId').load(id);
  }

  @Allow((input: CreateMeetingInput) => ExchangesPolicy.managesMeetingsOf(input.networkId))
  async create(ctx: RequestContext, input: CreateMeetingInput): Promise<MeetingView> {
    const kind = required(input.kind, 'kind');
    const date = required(input.date, 'date');
    const id = await this.writes.write(ctx, async (em) => {
      if (!(await em.getRepository(Network).existsBy({ id: input.networkId })))
        throw AppError.invalidField('networkId', 'unknownReference');
      await assertReferences(em, input);
      const meeting = await em.getRepository(Meeting).save(
        em.create(Meeting, {
          networkId: input.networkId,
          kind,
          date,
          hostOrganizationId: input.hostOrganizationId ?? null,
          cityId: input.cityId ?? null,
          venue: input.venue ?? null,
          attendeeCount: input.attendeeCount ?? null,
          originalLanguage: input.content.language,
          visibility: input.visibility ?? ExchangeVisibility.NETWORK,
          version: 1,
        }),
      );
      await writeTranslations(
        em,
        MeetingTranslation,
        'meetingId',
        meeting.id,
        [input.content, ...(input.translations ?? [])],
        undefined,
      );
      await replaceChildren(em, meeting.id, input);
      return {
        result: meeting.id,
        audit: {
          entityType: 'Meeting',
          entityId: meeting.id,
          action: 'create',
          networkIds: [input.networkId],
        },
        changed: [{ kind: 'MEETING', ids: [meeting.id] }],
        events: [await exchangeEvent(em, 'meeting.created', 'MEETING', meeting.id, [input.networkId])],
      };
    });
    return this.get(ctx, id);
  }

  async update(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    input: MeetingDetailsInput,
  ): Promise<MeetingView> {
    await this.writes.change(ctx, {
      entity: Meeting,
      kind: 'Meeting',
      id,
      expectedVersion,
      allow: (_em, meeting) => ExchangesPolicy.managesMeetingsOf(meeting.networkId),
      apply: async (em, meeting) => {
        await assertReferences(em, input);
        assignDefined(meeting, input, [
          'kind',
          'date',
          'hostOrganizationId',
          'cityId',
          'venue',
          'attendeeCount',
          'visibility',
        ]);
        assertKeepsOriginal(input.removeLanguages, meeting.originalLanguage, 'removeLanguages');
        await writeTranslations(
          em,
          MeetingTranslation,
          'meetingId',
          id,
          input.translations,
          input.removeLanguages,
        );
        await replaceChildren(em, id, {
          ...input,
          relatedPracticeIds: await keepingUnreadablePractices(
            em,
            ctx,
            { table: 'meeting_practice', ownerColumn: 'meeting_id' },
            id,
            input.relatedPracticeIds,
          ),
        });
        return {
          action: 'update',
          networkIds: [meeting.networkId],
          changed: [{ kind: 'MEETING', ids: [id] }],
          events: [await exchangeEvent(em, 'meeting.updated', 'MEETING', id, [meeting.networkId])],
        };
      },
    });
    return this.get(ctx, id);
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    return this.writes.write(ctx, async (em) => {
      const meeting = await lockedOrNotFound(em, Meeting, 'Meeting', id);
      await assertAllowed(ctx, ExchangesPolicy.managesMeetingsOf(meeting.networkId));
      await em.getRepository(Meeting).delete({ id });
      return {
        result: id,
        audit: { entityType: 'Meeting', entityId: id, action: 'delete', networkIds: [meeting.networkId] },
        changed: [{ kind: 'MEETING', ids: [id] }],
      };
    });
  }

  private async view(ctx: RequestContext, meeting: Meeting): Promise<MeetingView> {
    byIdLoader(ctx, BY_ID, this.dataSource, Meeting).prime(meeting.id, meeting);
    const translations = await this.translations(ctx, meeting.id);
    const { translation, availableLanguages } = pickTranslation(
      translations,
      ctx.contentLocale,
      meeting.originalLanguage,
    );
    return {
      meeting,
      translation,
      availableLanguages,
      // The agenda is text like the rest: in the language the translation was picked in.
      agenda: translation?.agenda ?? [],
    };
  }
}

async function assertReferences(em: EntityManager, input: MeetingDetailsInput): Promise<void> {
  if (
    input.hostOrganizationId &&
    !(await em.getRepository(Organization).existsBy({ id: input.hostOrganizationId }))
  ) {
    throw AppError.invalidField('hostOrganizationId', 'unknownReference');
  }
  if (input.cityId && !(await em.getRepository(City).existsBy({ id: input.cityId })))
    throw AppError.invalidField('cityId', 'unknownReference');
  await countIs(em, Organization, input.attendeeOrganizationIds ?? [], 'attendeeOrganizationIds');
  await countIs(em, Topic, input.topicIds ?? [], 'topicIds');
  await countIs(em, Practice, input.relatedPracticeIds ?? [], 'relatedPracticeIds');
}

async function replaceChildren(
  em: EntityManager,
  meetingId: string,
  input: MeetingDetailsInput,
): Promise<void> {
  if (input.attendeeOrganizationIds) {
    const rows = distinct(input.attendeeOrganizationIds).map((organizationId) => ({ organizationId }));
    await replaceRows(em, MeetingAttendee, { meetingId }, rows);
  }
  if (input.agenda) {
    // The agenda given outside the texts is the original language's (as before it was translatable).
    const meeting = await em.getRepository(Meeting).findOneByOrFail({ id: meetingId });
    await em
      .getRepository(MeetingTranslation)
      .update({ meetingId, language: meeting.originalLanguage }, { agenda: input.agenda });
  }
  if (input.topicIds) {
    await replaceRows(
      em,
      MeetingTopic,
      { meetingId },
      distinct(input.topicIds).map((topicId) => ({ topicId })),
    );
  }
  if (input.relatedPracticeIds) {
    await replaceRows(
      em,
      MeetingPractice,
      { meetingId },
      distinct(input.relatedPracticeIds).map((practiceId) => ({ practiceId })),
    );
  }
}
