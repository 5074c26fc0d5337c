import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  Allow,
  AppError,
  RecordWrites,
  admin,
  assertAllowed,
  assertKeepsOriginal,
  coordinatorOf,
  distinct,
  replaceRows,
  editorOf,
  I18nService,
  languageWarnings,
  type ContentWarning,
  diff,
  type RequestContext,
  type VersionedChangeResult,
} from '#core';
import { City, Network, Organization, Person, Programme } from '#directory';
import type { ChangeEventDraft } from '#outbox';
import { Topic } from '#taxonomy';
import { PracticeStatus, Visibility } from '../entities/enums.js';
import { PracticeContact, PracticeLink, PracticeMetric } from '../entities/practice-details.entity.js';
import {
  Practice,
  PracticeNetwork,
  PracticeTopic,
  PracticeTranslation,
} from '../entities/practice.entity.js';
import type {
  CreatePracticeInput,
  PracticeContentInput,
  PracticeDetailsInput,
} from './practice-editing.types.js';
import { PracticePolicy } from '../practices.policy.js';
import { PracticesService, type PracticeView } from '../practices/practices.service.js';

export interface EditResult {
  view: PracticeView;
  warnings: ContentWarning[];
}

/** Allowed status changes: who may make each is checked where the practice is locked. */
const TRANSITIONS: Record<string, { from: PracticeStatus; to: PracticeStatus; by: 'owner' | 'publisher' }> = {
  submit: { from: PracticeStatus.DRAFT, to: PracticeStatus.IN_REVIEW, by: 'owner' },
  publish: { from: PracticeStatus.IN_REVIEW, to: PracticeStatus.PUBLISHED, by: 'publisher' },
  returnToDraft: { from: PracticeStatus.IN_REVIEW, to: PracticeStatus.DRAFT, by: 'publisher' },
  archive: { from: PracticeStatus.PUBLISHED, to: PracticeStatus.ARCHIVED, by: 'owner' },
};
export type PracticeTransition = keyof typeof TRANSITIONS;

/** What one change does to the locked practice: the audit entry's action and changes. */
type PracticeChange = (
  em: EntityManager,
  practice: Practice,
) => Promise<{ action: string; changes: Record<string, unknown> }>;

/**
 * Writing practices: every change takes the version the editor last saw and is refused with
 * CONFLICT (and the current version) when someone else changed it since — no lost updates.
 * Each change is audited in the same transaction (RecordWrites).
 * - the owner organization's editors create, edit, translate, submit and archive;
 * - coordinators of a network the practice is shared with (and admins) publish or return it.
 */
@Injectable()
export class PracticeEditingService {
  constructor(
    private readonly writes: RecordWrites,
    private readonly practices: PracticesService,
    private readonly i18n: I18nService,
  ) {}

  /** Whether the caller may write practices of the organization (create's rule). */
  mayWrite(ctx: RequestContext, organizationId: string): Promise<boolean> {
    return editorOf(organizationId).allows(ctx);
  }

  /** Whether the caller may change the practice's text and submit it (the `owner` changes' rule). */
  mayEdit(ctx: RequestContext, practice: Practice): Promise<boolean> {
    return this.mayWrite(ctx, practice.ownerOrganizationId);
  }

  /** Whether the caller may publish or return it (the `publisher` changes' rule). */
  mayPublish(ctx: RequestContext, practice: Practice): Promise<boolean> {
    return coordinatorOf(() => this.practices.networkIds(ctx, practice.id)).allows(ctx);
  }

  @Allow((input: CreatePracticeInput) => editorOf(input.organizationId))
  async create(ctx: RequestContext, input: CreatePracticeInput): Promise<EditResult> {
    const id = await this.writes.write(ctx, async (em) => {
      const organization = await em.getRepository(Organization).findOneBy({ id: input.organizationId });
      if (!organization) throw AppError.invalidField('organizationId', 'unknownReference');
      await this.assertReferences(em, input);
      const practice = await em.getRepository(Practice).save(
        em.create(Practice, {
          ownerOrganizationId: input.organizationId,
          cityId: input.cityId ?? organization.cityId,
          status: PracticeStatus.DRAFT,
          visibility: input.visibility ?? Visibility.NETWORK,
          originalLanguage: input.content.language,
          periodStart: input.periodStart ?? null,
          periodEnd: input.periodEnd ?? null,
          budgetAmount: input.budget?.amount ?? null,
          budgetCurrency: input.budget?.currency ?? null,
          fundingProgrammeId: input.fundingProgrammeId ?? null,
          sourceUrl: input.sourceUrl ?? null,
          version: 1,
        }),
      );
      await em.getRepository(PracticeTranslation).insert(translationRow(practice.id, input.content));
      await this.replaceLinks(em, practice.id, input);
      return {
        result: practice.id,
        audit: {
          entityType: 'Practice',
          entityId: practice.id,
          action: 'create',
          changes: {
            status: { from: null, to: PracticeStatus.DRAFT },
            language: { from: null, to: input.content.language },
          },
          networkIds: input.sharedWithNetworkIds ?? [],
        },
        changed: [{ kind: 'PRACTICE', ids: [practice.id] }],
      };
    });
    return { view: await this.read(ctx, id), warnings: this.warnings(ctx, input.content) };
  }

  async update(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    input: PracticeDetailsInput,
  ): Promise<EditResult> {
    await this.change(ctx, id, expectedVersion, 'owner', async (em, practice) => {
      await this.assertReferences(em, input);
      const next: Partial<Practice> = {
        cityId: input.cityId,
        visibility: input.visibility,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        budgetAmount: input.budget === undefined ? undefined : (input.budget?.amount ?? null),
        budgetCurrency: input.budget === undefined ? undefined : (input.budget?.currency ?? null),
        fundingProgrammeId: input.fundingProgrammeId,
        sourceUrl: input.sourceUrl,
      };
      const changes: Record<string, unknown> = diff(practice, next);
      Object.assign(practice, Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)));
      assertPeriod(practice);
      if (input.topicIds) changes['topicIds'] = { to: input.topicIds };
      if (input.sharedWithNetworkIds) changes['sharedWithNetworkIds'] = { to: input.sharedWithNetworkIds };
      if (input.metrics) changes['metrics'] = { to: input.metrics };
      if (input.links) changes['links'] = { to: input.links };
      if (input.contactIds) changes['contactIds'] = { to: input.contactIds };
      await this.replaceLinks(em, id, input);
      return { action: 'update', changes };
    });
    return { view: await this.read(ctx, id), warnings: [] };
  }

  /** Adds the text in one language, or replaces it. */
  async saveTranslation(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    content: PracticeContentInput,
  ): Promise<EditResult> {
    await this.change(ctx, id, expectedVersion, 'owner', async (em) => {
      await em
        .getRepository(PracticeTranslation)
        .upsert(translationRow(id, content), { conflictPaths: ['practiceId', 'language'] });
      return { action: 'saveTranslation', changes: { language: content.language } };
    });
    return { view: await this.read(ctx, id), warnings: this.warnings(ctx, content) };
  }

  async removeTranslation(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    language: string,
  ): Promise<EditResult> {
    await this.change(ctx, id, expectedVersion, 'owner', async (em, practice) => {
      assertKeepsOriginal([language], practice.originalLanguage, 'language');
      const removed = await em.getRepository(PracticeTranslation).delete({ practiceId: id, language });
      if (!removed.affected) throw AppError.invalidField('language', 'unknownReference');
      return { action: 'removeTranslation', changes: { language } };
    });
    return { view: await this.read(ctx, id), warnings: [] };
  }

  async move(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    transition: PracticeTransition,
  ): Promise<EditResult> {
    const rule = TRANSITIONS[transition]!;
    await this.change(ctx, id, expectedVersion, rule.by, async (_em, practice) => {
      if (practice.status !== rule.from) {
        throw AppError.invalidTransition(practice.status, rule.to);
      }
      const changes = { status: { from: practice.status, to: rule.to } };
      practice.status = rule.to;
      if (rule.to === PracticeStatus.PUBLISHED) practice.publishedAt = new Date();
      return { action: transition, changes };
    });
    return { view: await this.read(ctx, id), warnings: [] };
  }

  /** Drafts can be deleted by their editors; anything by an admin. */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    return this.writes.write(ctx, async (em) => {
      const practice = await this.lockVisible(em, ctx, id);
      const networkIds = await networkIdsOf(em, id);
      const owner = editorOf(practice.ownerOrganizationId);
      await assertAllowed(ctx, practice.status === PracticeStatus.DRAFT ? owner : admin);
      await em.getRepository(Practice).delete({ id });
      return {
        result: id,
        audit: { entityType: 'Practice', entityId: id, action: 'delete', networkIds },
        changed: [{ kind: 'PRACTICE', ids: [id] }],
      };
    });
  }

  /**
   * The shape of every change (RecordWrites.change): lock the row, check that the caller may read
   * it, may change it and saw its current version, apply, bump the version, audit, reindex.
   */
  private async change(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    who: 'owner' | 'publisher',
    apply: PracticeChange,
  ): Promise<void> {
    await this.writes.change(ctx, {
      entity: Practice,
      kind: 'Practice',
      id,
      expectedVersion,
      visible: (em, practice) => PracticePolicy.canRead(ctx, practice, () => networkIdsOf(em, id)),
      allow: (em, practice) =>
        who === 'owner' ? editorOf(practice.ownerOrganizationId) : coordinatorOf(() => networkIdsOf(em, id)),
      apply: async (em, practice): Promise<VersionedChangeResult> => {
        // The networks it was shared with before the change: their coordinators read the entry.
        const networkIds = await networkIdsOf(em, id);
        const { action, changes } = await apply(em, practice);
        const events = await practiceEvents(em, practice, action);
        return { action, changes, networkIds, changed: [{ kind: 'PRACTICE', ids: [id] }], events };
      },
    });
  }

  /** Locks the row; a practice the caller may not even read is reported as not found. */
  private async lockVisible(em: EntityManager, ctx: RequestContext, id: string): Promise<Practice> {
    const practice = await em
      .getRepository(Practice)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!practice || !(await PracticePolicy.canRead(ctx, practice, () => networkIdsOf(em, id)))) {
      throw AppError.notFound('Practice', id);
    }
    return practice;
  }

  /** The payload of a change: fresh (the write cleared the loaders), shown even if no longer readable. */
  private read(ctx: RequestContext, id: string): Promise<PracticeView> {
    return this.practices.get(ctx, id, true);
  }

  private async assertReferences(em: EntityManager, input: PracticeDetailsInput): Promise<void> {
    const check = async (
      field: string,
      entity: typeof City | typeof Programme | typeof Topic | typeof Network | typeof Person,
      ids: readonly string[],
    ) => {
      const unique = [...new Set(ids)];
      if (unique.length !== ids.length) throw AppError.invalidField(field, 'duplicate');
      if (unique.length && (await em.getRepository(entity).countBy({ id: In(unique) })) !== unique.length) {
        throw AppError.invalidField(field, 'unknownReference');
      }
    };
    if (input.cityId) await check('cityId', City, [input.cityId]);
    if (input.fundingProgrammeId) await check('fundingProgrammeId', Programme, [input.fundingProgrammeId]);
    if (input.topicIds) await check('topicIds', Topic, input.topicIds);
    if (input.sharedWithNetworkIds) await check('sharedWithNetworkIds', Network, input.sharedWithNetworkIds);
    if (input.contactIds) await check('contactIds', Person, input.contactIds);
  }

  private async replaceLinks(
    em: EntityManager,
    practiceId: string,
    input: PracticeDetailsInput,
  ): Promise<void> {
    if (input.metrics) {
      const rows = input.metrics.map((m, position) => ({
        position,
        name: m.name,
        value: m.value,
        unit: m.unit ?? null,
      }));
      await replaceRows(em, PracticeMetric, { practiceId }, rows);
    }
    if (input.links) {
      const rows = input.links.map((l, position) => ({
        position,
        url: l.url,
        title: l.title,
        kind: l.kind,
        language: l.language ?? null,
      }));
      await replaceRows(em, PracticeLink, { practiceId }, rows);
    }
    if (input.contactIds) {
      await replaceRows(
        em,
        PracticeContact,
        { practiceId },
        distinct(input.contactIds).map((personId) => ({ personId })),
      );
    }
    if (input.topicIds) {
      await replaceRows(
        em,
        PracticeTopic,
        { practiceId },
        distinct(input.topicIds).map((topicId) => ({ topicId })),
      );
    }
    if (input.sharedWithNetworkIds) {
      await replaceRows(
        em,
        PracticeNetwork,
        { practiceId },
        distinct(input.sharedWithNetworkIds).map((networkId) => ({ networkId })),
      );
    }
  }

  private warnings(ctx: RequestContext, content: PracticeContentInput): ContentWarning[] {
    return languageWarnings(this.i18n, ctx, content.language, textsOf(content));
  }
}

function textsOf(c: PracticeContentInput): (string | null | undefined)[] {
  return [c.title, c.summary, c.challenge, c.solution, c.results];
}

function translationRow(practiceId: string, c: PracticeContentInput): PracticeTranslation {
  return Object.assign(new PracticeTranslation(), {
    practiceId,
    language: c.language,
    title: c.title,
    summary: c.summary ?? null,
    challenge: c.challenge ?? null,
    solution: c.solution ?? null,
    results: c.results ?? null,
    lessonsLearned: c.lessonsLearned ?? null,
    transferability: c.transferability ?? null,
  });
}

function assertPeriod(p: Practice): void {
  if (p.periodStart && p.periodEnd && p.periodEnd < p.periodStart)
    throw AppError.invalidField('periodEnd', 'invalid');
}

/**
 * What portals hear of a change: publishing and archiving, and any later change to a published
 * practice's content, with the networks and topics it has after the change.
 */
async function practiceEvents(
  em: EntityManager,
  practice: Practice,
  action: string,
): Promise<ChangeEventDraft[]> {
  const type =
    action === 'publish'
      ? 'practice.published'
      : action === 'archive'
        ? 'practice.archived'
        : practice.status === PracticeStatus.PUBLISHED && CONTENT_ACTIONS.has(action)
          ? 'practice.updated'
          : null;
  if (!type) return [];
  const topics = await em.getRepository(PracticeTopic).findBy({ practiceId: practice.id });
  return [
    {
      type,
      recordKind: 'PRACTICE',
      recordId: practice.id,
      networkIds: await networkIdsOf(em, practice.id),
      topicIds: topics.map((t) => t.topicId),
    },
  ];
}

const CONTENT_ACTIONS = new Set(['update', 'saveTranslation', 'removeTranslation']);

async function networkIdsOf(em: EntityManager, practiceId: string): Promise<string[]> {
  return (await em.getRepository(PracticeNetwork).findBy({ practiceId })).map((l) => l.networkId);
}
