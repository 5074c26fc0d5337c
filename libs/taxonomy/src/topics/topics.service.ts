import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  Allow,
  AppError,
  LoaderKey,
  TranslatableRecords,
  admin,
  byIdLoader,
  groupedLoader,
  containsPattern,
  pickTranslation,
  paginate,
  type ConnectionResult,
  type PageArgs,
  type PickedTranslation,
  type RequestContext,
  type TranslatableKind,
} from '#core';
import { toTopicType } from './topic.mapper.js';
import type { CreateTopicInput, TopicFilter, TopicType, UpdateTopicInput } from './topic.types.js';
import { Topic, TopicTranslation } from '../entities/topic.entity.js';

/** The taxonomy is authored in English; other languages are translations of it. */
export const TOPIC_ORIGINAL_LANGUAGE = 'en';

const TOPIC_BY_ID = new LoaderKey<string, Topic | null>('topicById');
const TRANSLATIONS_BY_TOPIC = new LoaderKey<string, TopicTranslation[]>('topicTranslations');
const CHILDREN_BY_TOPIC = new LoaderKey<string, Topic[]>('topicChildren');

/**
 * A topic is its labels (at least one stays) under a unique key. Records tagged with it show its
 * labels; deleted, the tag goes with it (ON DELETE CASCADE) and tagged records keep working.
 */
const TOPIC: TranslatableKind<Topic, TopicTranslation> = {
  name: 'Topic',
  entity: Topic,
  key: 'id',
  translation: TopicTranslation,
  ownerColumn: 'topicId',
  unique: ['key'],
  translationRequired: 'translations',
  search: { kind: 'TOPIC', ownDocuments: false },
};

@Injectable()
export class TopicsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: TranslatableRecords,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<Topic> {
    const topic = await byIdLoader(ctx, TOPIC_BY_ID, this.dataSource, Topic).load(id);
    if (!topic) throw AppError.notFound('Topic', id);
    return topic;
  }

  /** Topics by id for nested fields; unknown ids are skipped. */
  async getMany(ctx: RequestContext, ids: readonly string[]): Promise<Topic[]> {
    const topics = await byIdLoader(ctx, TOPIC_BY_ID, this.dataSource, Topic).loadMany(ids);
    return topics.filter((t): t is Topic => t !== null && !(t instanceof Error));
  }

  /** A record's topics as a nested field shows them: by key, unknown ids skipped. */
  async typesOf(ctx: RequestContext, ids: readonly string[]): Promise<TopicType[]> {
    return (await this.getMany(ctx, ids)).sort((a, b) => a.key.localeCompare(b.key)).map(toTopicType);
  }

  list(
    _ctx: RequestContext,
    filter: TopicFilter = {},
    pageArgs: PageArgs = {},
  ): Promise<ConnectionResult<Topic>> {
    const filtered = () => {
      const qb = this.dataSource.getRepository(Topic).createQueryBuilder('t');
      if (filter.parentId) qb.andWhere('t.parent_id = :parentId', { parentId: filter.parentId });
      if (filter.rootsOnly) qb.andWhere('t.parent_id IS NULL');
      if (filter.labelContains) {
        qb.andWhere(
          `EXISTS (SELECT 1 FROM topic_translation tt WHERE tt.topic_id = t.id AND (
             px_unaccent(lower(tt.label)) LIKE px_unaccent(lower(:pattern))
             OR px_unaccent(lower(array_to_string(tt.synonyms, ' '))) LIKE px_unaccent(lower(:pattern))))`,
          { pattern: containsPattern(filter.labelContains) },
        );
      }
      return qb;
    };
    return paginate(
      filtered,
      { alias: 't', column: 'key', sortKey: (t) => t.key, id: (t) => t.id },
      pageArgs,
    );
  }

  translations(ctx: RequestContext, topicId: string): Promise<TopicTranslation[]> {
    return groupedLoader(ctx, TRANSLATIONS_BY_TOPIC, this.dataSource, TopicTranslation, 'topicId').load(
      topicId,
    );
  }

  async localized(ctx: RequestContext, topicId: string): Promise<PickedTranslation<TopicTranslation>> {
    return pickTranslation(await this.translations(ctx, topicId), ctx.contentLocale, TOPIC_ORIGINAL_LANGUAGE);
  }

  children(ctx: RequestContext, topicId: string): Promise<Topic[]> {
    return groupedLoader(ctx, CHILDREN_BY_TOPIC, this.dataSource, Topic, 'parentId').load(topicId);
  }

  /** Only platform administrators curate the shared taxonomy. */
  @Allow(admin)
  async create(ctx: RequestContext, input: CreateTopicInput): Promise<Topic> {
    return this.records.create(ctx, TOPIC, async (em) => {
      if (input.parentId) await this.assertParentExists(em, input.parentId);
      const row = em.create(Topic, { key: input.key, parentId: input.parentId ?? null });
      return { row, translations: input.translations };
    });
  }

  @Allow(admin)
  async update(ctx: RequestContext, id: string, input: UpdateTopicInput): Promise<Topic> {
    return this.records.update(ctx, TOPIC, id, async (em, topic) => {
      if (input.key !== undefined) topic.key = input.key;
      if (input.parentId !== undefined) {
        if (input.parentId) await this.assertNoCycle(em, id, input.parentId);
        topic.parentId = input.parentId;
      }
      return { translations: input.translations, removeLanguages: input.removeLanguages };
    });
  }

  @Allow(admin)
  async delete(ctx: RequestContext, id: string): Promise<string> {
    return this.records.delete(ctx, TOPIC, id, {
      inUse: (em) => em.getRepository(Topic).existsBy({ parentId: id }),
    });
  }

  private async assertParentExists(em: EntityManager, parentId: string): Promise<void> {
    if (!(await em.getRepository(Topic).existsBy({ id: parentId })))
      throw AppError.invalidField('parentId', 'unknownReference');
  }

  /** A topic may not move under itself or any of its descendants. */
  private async assertNoCycle(em: EntityManager, id: string, parentId: string): Promise<void> {
    await this.assertParentExists(em, parentId);
    const [{ cycle }] = (await em.query(
      `WITH RECURSIVE ancestors(id) AS (
         SELECT $1::uuid
         UNION SELECT t.parent_id FROM topic t JOIN ancestors a ON t.id = a.id WHERE t.parent_id IS NOT NULL
       ) SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = $2::uuid) AS cycle`,
      [parentId, id],
    )) as [{ cycle: boolean }];
    if (cycle) throw AppError.invalidField('parentId', 'topicCycle');
  }
}
