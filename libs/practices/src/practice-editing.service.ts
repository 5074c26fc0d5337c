import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AppError,
  AuditLog,
  distinct,
  replaceRows,
  ErrorCode,
  I18nService,
  languageWarnings,
  type ContentWarning,
  diff,
  type RequestContext,
  SearchOutbox,
} from '#core';
import { City, Network, Organization, Person, Programme } from '#directory';
import { Topic } from '#taxonomy';
import { PracticeStatus, Visibility } from './entities/enums.js';
import { PracticeContact, PracticeLink, PracticeMetric } from './entities/practice-details.entity.js';
import { Practice, PracticeNetwork, PracticeTopic, PracticeTranslation } from './entities/practice.entity.js';
import type {
  CreatePracticeInput,
  PracticeContentInput,
  PracticeDetailsInput,
} from './practice-editing.types.js';
import { PracticePolicy } from './practices.policy.js';
import { PracticesService, type PracticeView } from './practices.service.js';

export interface EditResult {
  view: PracticeView;
  warnings: ContentWarning[];
}

/** Allowed status changes: who may make each is checked by `assertCanMove`. */
const TRANSITIONS: Record<string, { from: PracticeStatus; to: PracticeStatus; by: 'owner' | 'publisher' }> = {
  submit: { from: PracticeStatus.DRAFT, to: PracticeStatus.IN_REVIEW, by: 'owner' },
  publish: { from: PracticeStatus.IN_REVIEW, to: PracticeStatus.PUBLISHED, by: 'publisher' },
  returnToDraft: { from: PracticeStatus.IN_REVIEW, to: PracticeStatus.DRAFT, by: 'publisher' },
  archive: { from: PracticeStatus.PUBLISHED, to: PracticeStatus.ARCHIVED, by: 'owner' },
};
export type PracticeTransition = keyof typeof TRANSITIONS;

/**
 * Writing practices: every change takes the version the editor last saw and is refused with
 * CONFLICT (and the current version) when someone else changed it since — no lost updates.
 * Each change is audited in the same transaction.
 * - the owner organization's editors create, edit, translate, submit and archive;
 * - coordinators of a network the practice is shared with (and admins) publish or return it.
 */
@Injectable()
export class PracticeEditingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly practices: PracticesService,
    private readonly audit: AuditLog,
    private readonly outbox: SearchOutbox,
    private readonly i18n: I18nService,
  ) {}

  async create(ctx: RequestContext, input: CreatePracticeInput): Promise<EditResult> {
    await this.assertEditorOf(ctx, input.organizationId);
    const id = await this.dataSource.transaction(async (em) => {
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
      await this.outbox.changed(em, 'PRACTICE', [practice.id]);
      await this.audit.record(em, ctx, {
        entityType: 'Practice',
        entityId: practice.id,
        action: 'create',
        changes: {
          status: { from: null, to: PracticeStatus.DRAFT },
          language: { from: null, to: input.content.language },
        },
        networkIds: input.sharedWithNetworkIds ?? [],
      });
      return practice.id;
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
      if (language === practice.originalLanguage) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'errors.ORIGINAL_TRANSLATION', {}, [
          { field: 'language', rule: 'invalid' },
        ]);
      }
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
        throw new AppError(ErrorCode.INVALID_TRANSITION, 'errors.INVALID_TRANSITION', {
          from: practice.status,
          to: rule.to,
        });
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
    await ctx.access();
    await this.dataSource.transaction(async (em) => {
      const practice = await this.lockVisible(em, ctx, id);
      await this.assertEditorOf(ctx, practice.ownerOrganizationId);
      if (practice.status !== PracticeStatus.DRAFT && !ctx.isAdmin) ctx.deny();
      await this.outbox.changed(em, 'PRACTICE', [id]);
      await this.audit.record(em, ctx, {
        entityType: 'Practice',
        entityId: id,
        action: 'delete',
        networkIds: await networkIdsOf(em, id),
      });
      await em.getRepository(Practice).delete({ id });
    });
    ctx.clearLoaders();
    return id;
  }

  /**
   * The shape of every change: lock the row, check the caller and the version, apply, bump the
   * version, audit — all in one transaction.
   */
  private async change(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    who: 'owner' | 'publisher',
    apply: (
      em: EntityManager,
      practice: Practice,
    ) => Promise<{ action: string; changes: Record<string, unknown> }>,
  ): Promise<void> {
    // Roles are read before the transaction: on the embedded database the pool has one connection.
    await ctx.access();
    await this.dataSource.transaction(async (em) => {
      const practice = await this.lockVisible(em, ctx, id);
      const networkIds = await networkIdsOf(em, id);
      if (who === 'owner') await this.assertEditorOf(ctx, practice.ownerOrganizationId);
      else await this.assertPublisher(ctx, networkIds);
      if (practice.version !== expectedVersion) {
        throw new AppError(ErrorCode.CONFLICT, 'errors.CONFLICT', { version: practice.version }, [], {
          currentVersion: practice.version,
        });
      }
      const { action, changes } = await apply(em, practice);
      practice.version += 1;
      await em.getRepository(Practice).save(practice);
      await this.outbox.changed(em, 'PRACTICE', [id]);
      await this.audit.record(em, ctx, {
        entityType: 'Practice',
        entityId: id,
        action,
        changes: { ...changes, version: practice.version },
        networkIds,
      });
    });
    ctx.clearLoaders();
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

  private async read(ctx: RequestContext, id: string): Promise<PracticeView> {
    ctx.clearLoaders();
    return this.practices.get(ctx, id, true);
  }

  private async assertEditorOf(ctx: RequestContext, organizationId: string): Promise<void> {
    if (ctx.isAdmin) return;
    if (ctx.principal.kind !== 'user') ctx.deny();
    if ((await ctx.access()).organizationRoles.get(organizationId) !== 'EDITOR') ctx.deny();
  }

  private async assertPublisher(ctx: RequestContext, networkIds: readonly string[]): Promise<void> {
    if (ctx.isAdmin) return;
    if (ctx.principal.kind !== 'user') ctx.deny();
    const { coordinatedNetworks } = await ctx.access();
    if (!networkIds.some((n) => coordinatedNetworks.has(n))) ctx.deny();
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

async function networkIdsOf(em: EntityManager, practiceId: string): Promise<string[]> {
  return (await em.getRepository(PracticeNetwork).findBy({ practiceId })).map((l) => l.networkId);
}
