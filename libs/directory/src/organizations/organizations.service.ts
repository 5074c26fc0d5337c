import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  Allow,
  AppError,
  LoaderKey,
  TranslatableRecords,
  admin,
  assignDefined,
  editorOf,
  byIdLoader,
  containsPattern,
  groupedLoader,
  paginate,
  pickTranslation,
  type ConnectionResult,
  type PageArgs,
  type PickedTranslation,
  type RequestContext,
  type TranslatableKind,
} from '#core';
import { Topic } from '#taxonomy';
import { City } from '../entities/city.entity.js';
import { Organization, OrganizationTopic, OrganizationTranslation } from '../entities/organization.entity.js';
import type {
  CreateOrganizationInput,
  OrganizationFilter,
  UpdateOrganizationInput,
} from './organization.types.js';

const ORGANIZATION_BY_ID = new LoaderKey<string, Organization | null>('organizationById');
const ORGANIZATION_TRANSLATIONS = new LoaderKey<string, OrganizationTranslation[]>(
  'organizationTranslations',
);
const ORGANIZATION_TOPICS = new LoaderKey<string, OrganizationTopic[]>('organizationTopics');

/**
 * An organization has search documents of its own, and others show it. Deleted, its memberships,
 * topics and translations go with it; people stay, without an organization.
 */
const ORGANIZATION: TranslatableKind<Organization, OrganizationTranslation> = {
  name: 'Organization',
  entity: Organization,
  key: 'id',
  translation: OrganizationTranslation,
  ownerColumn: 'organizationId',
  unique: ['externalRef'],
  search: { kind: 'ORGANIZATION', ownDocuments: true },
};

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: TranslatableRecords,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<Organization> {
    const organization = await this.find(ctx, id);
    if (!organization) throw AppError.notFound('Organization', id);
    return organization;
  }

  /** Which of these organizations exist (the directory is public). */
  async existingIds(ctx: RequestContext, ids: string[]): Promise<Set<string>> {
    const found = await Promise.all(ids.map((id) => this.find(ctx, id)));
    return new Set(found.flatMap((o) => (o ? [o.id] : [])));
  }

  find(ctx: RequestContext, id: string): Promise<Organization | null> {
    return byIdLoader(ctx, ORGANIZATION_BY_ID, this.dataSource, Organization).load(id);
  }

  list(
    _ctx: RequestContext,
    filter: OrganizationFilter,
    page: PageArgs,
  ): Promise<ConnectionResult<Organization>> {
    const filtered = () => {
      const qb = this.dataSource.getRepository(Organization).createQueryBuilder('o');
      if (filter.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
      if (filter.cityId) qb.andWhere('o.city_id = :cityId', { cityId: filter.cityId });
      if (filter.countryCode) {
        qb.andWhere('o.city_id IN (SELECT c.id FROM city c WHERE c.country_code = :countryCode)', {
          countryCode: filter.countryCode,
        });
      }
      if (filter.networkId) {
        qb.andWhere(
          'o.id IN (SELECT m.organization_id FROM network_membership m WHERE m.network_id = :networkId)',
          {
            networkId: filter.networkId,
          },
        );
      }
      if (filter.topicId) {
        qb.andWhere(
          'o.id IN (SELECT ot.organization_id FROM organization_topic ot WHERE ot.topic_id = :topicId)',
          {
            topicId: filter.topicId,
          },
        );
      }
      if (filter.nameContains) {
        qb.andWhere(
          `(px_unaccent(lower(o.name || ' ' || coalesce(o.acronym, ''))) LIKE px_unaccent(lower(:pattern))
            OR EXISTS (SELECT 1 FROM organization_translation t WHERE t.organization_id = o.id
                       AND px_unaccent(lower(t.name)) LIKE px_unaccent(lower(:pattern))))`,
          { pattern: containsPattern(filter.nameContains) },
        );
      }
      return qb;
    };
    return paginate(filtered, { alias: 'o', column: 'name', sortKey: (o) => o.name, id: (o) => o.id }, page);
  }

  translations(ctx: RequestContext, organizationId: string): Promise<OrganizationTranslation[]> {
    return groupedLoader(
      ctx,
      ORGANIZATION_TRANSLATIONS,
      this.dataSource,
      OrganizationTranslation,
      'organizationId',
    ).load(organizationId);
  }

  async localized(
    ctx: RequestContext,
    organization: { id: string; defaultLanguage: string },
  ): Promise<PickedTranslation<OrganizationTranslation>> {
    return pickTranslation(
      await this.translations(ctx, organization.id),
      ctx.contentLocale,
      organization.defaultLanguage,
    );
  }

  async topicIds(ctx: RequestContext, organizationId: string): Promise<string[]> {
    const links = await groupedLoader(
      ctx,
      ORGANIZATION_TOPICS,
      this.dataSource,
      OrganizationTopic,
      'organizationId',
    ).load(organizationId);
    return links.map((l) => l.topicId);
  }

  @Allow(admin)
  async create(ctx: RequestContext, input: CreateOrganizationInput): Promise<Organization> {
    return this.records.create(ctx, ORGANIZATION, async (em) => {
      if (input.cityId) await assertCityExists(em, input.cityId);
      const row = em.create(Organization, {
        kind: input.kind,
        name: input.name,
        acronym: input.acronym ?? null,
        cityId: input.cityId ?? null,
        website: input.website ?? null,
        defaultLanguage: input.defaultLanguage,
        externalRef: input.externalRef ?? null,
      });
      const topicIds = input.topicIds;
      return {
        row,
        translations: input.translations,
        linked: topicIds ? (em, saved) => replaceTopics(em, saved.id, topicIds) : undefined,
      };
    });
  }

  @Allow((id: string) => editorOf(id))
  async update(ctx: RequestContext, id: string, input: UpdateOrganizationInput): Promise<Organization> {
    return this.records.update(ctx, ORGANIZATION, id, async (em, organization) => {
      if (input.cityId) await assertCityExists(em, input.cityId);
      assignDefined(organization, input, ['cityId', 'kind', 'name', 'acronym', 'website', 'defaultLanguage']);
      if (input.topicIds) await replaceTopics(em, id, input.topicIds);
      return { translations: input.translations, removeLanguages: input.removeLanguages };
    });
  }

  @Allow(admin)
  async delete(ctx: RequestContext, id: string): Promise<string> {
    return this.records.delete(ctx, ORGANIZATION, id);
  }
}

async function assertCityExists(em: EntityManager, cityId: string): Promise<void> {
  if (!(await em.getRepository(City).existsBy({ id: cityId })))
    throw AppError.invalidField('cityId', 'unknownReference');
}

async function replaceTopics(
  em: EntityManager,
  organizationId: string,
  topicIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(topicIds.map((t) => t.toLowerCase()))];
  if (unique.length !== topicIds.length) throw AppError.invalidField('topicIds', 'duplicate');
  if (unique.length > 0 && (await em.getRepository(Topic).countBy({ id: In(unique) })) !== unique.length) {
    throw AppError.invalidField('topicIds', 'unknownReference');
  }
  await em.getRepository(OrganizationTopic).delete({ organizationId });
  if (unique.length > 0) {
    await em.getRepository(OrganizationTopic).insert(unique.map((topicId) => ({ organizationId, topicId })));
  }
}
