import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AppError,
  LoaderKey,
  byIdLoader,
  containsPattern,
  groupedLoader,
  paginate,
  pickTranslation,
  writeTranslations,
  type ConnectionResult,
  type PageArgs,
  type PickedTranslation,
  type RequestContext,
  SearchOutbox,
} from '#core';
import { Topic } from '#taxonomy';
import { City } from '../entities/city.entity.js';
import { Organization, OrganizationTopic, OrganizationTranslation } from '../entities/organization.entity.js';
import { DirectoryPolicy } from '../shared/directory.policy.js';
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

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: SearchOutbox,
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

  async create(ctx: RequestContext, input: CreateOrganizationInput): Promise<Organization> {
    DirectoryPolicy.assertAdmin(ctx);
    return this.dataSource.transaction(async (em) => {
      if (input.cityId) await assertCityExists(em, input.cityId);
      if (
        input.externalRef &&
        (await em.getRepository(Organization).existsBy({ externalRef: input.externalRef }))
      ) {
        throw AppError.alreadyExists('Organization', 'externalRef');
      }
      const organization = await em.getRepository(Organization).save(
        em.create(Organization, {
          kind: input.kind,
          name: input.name,
          acronym: input.acronym ?? null,
          cityId: input.cityId ?? null,
          website: input.website ?? null,
          defaultLanguage: input.defaultLanguage,
          externalRef: input.externalRef ?? null,
        }),
      );
      await writeTranslations(
        em,
        OrganizationTranslation,
        'organizationId',
        organization.id,
        input.translations,
        undefined,
      );
      if (input.topicIds) await replaceTopics(em, organization.id, input.topicIds);
      await this.outbox.changed(em, 'ORGANIZATION', [organization.id]);
      ctx.clearLoaders();
      return organization;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateOrganizationInput): Promise<Organization> {
    await DirectoryPolicy.assertCanEditOrganization(ctx, id);
    return this.dataSource.transaction(async (em) => {
      const organization = await em
        .getRepository(Organization)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw AppError.notFound('Organization', id);
      if (input.cityId !== undefined) {
        if (input.cityId) await assertCityExists(em, input.cityId);
        organization.cityId = input.cityId;
      }
      if (input.kind !== undefined) organization.kind = input.kind;
      if (input.name !== undefined) organization.name = input.name;
      if (input.acronym !== undefined) organization.acronym = input.acronym;
      if (input.website !== undefined) organization.website = input.website;
      if (input.defaultLanguage !== undefined) organization.defaultLanguage = input.defaultLanguage;
      await em.getRepository(Organization).save(organization);
      await writeTranslations(
        em,
        OrganizationTranslation,
        'organizationId',
        id,
        input.translations,
        input.removeLanguages,
      );
      if (input.topicIds) await replaceTopics(em, id, input.topicIds);
      await this.outbox.changed(em, 'ORGANIZATION', [id]);
      ctx.clearLoaders();
      return organization;
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    DirectoryPolicy.assertAdmin(ctx);
    return this.dataSource.transaction(async (em) => {
      if (!(await em.getRepository(Organization).existsBy({ id })))
        throw AppError.notFound('Organization', id);
      // Memberships, topics and translations go with it; people stay, without an organization.
      await this.outbox.deleting(em, 'ORGANIZATION', [id]);
      await em.getRepository(Organization).delete({ id });
      ctx.clearLoaders();
      return id;
    });
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
