import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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
} from '#core';
import { Organization } from '../entities/organization.entity.js';
import { Person, PersonTranslation } from '../entities/person.entity.js';
import { DirectoryPolicy } from '../shared/directory.policy.js';
import type { CreatePersonInput, PersonFilter, UpdatePersonInput } from './person.types.js';

const PERSON_BY_ID = new LoaderKey<string, Person | null>('personById');
const PERSON_ROLES = new LoaderKey<string, PersonTranslation[]>('personRoles');
const PEOPLE_BY_ORGANIZATION = new LoaderKey<string, Person[]>('peopleByOrganization');

@Injectable()
export class PeopleService {
  constructor(private readonly dataSource: DataSource) {}

  async get(ctx: RequestContext, id: string): Promise<Person> {
    const person = await byIdLoader(ctx, PERSON_BY_ID, this.dataSource, Person).load(id);
    if (!person) throw AppError.notFound('Person', id);
    return person;
  }

  list(_ctx: RequestContext, filter: PersonFilter, page: PageArgs): Promise<ConnectionResult<Person>> {
    const filtered = () => {
      const qb = this.dataSource.getRepository(Person).createQueryBuilder('p');
      if (filter.organizationId)
        qb.andWhere('p.organization_id = :organizationId', { organizationId: filter.organizationId });
      if (filter.nameContains) {
        qb.andWhere('px_unaccent(lower(p.name)) LIKE px_unaccent(lower(:pattern))', {
          pattern: containsPattern(filter.nameContains),
        });
      }
      return qb;
    };
    return paginate(filtered, { alias: 'p', column: 'name', sortKey: (p) => p.name, id: (p) => p.id }, page);
  }

  async ofOrganization(ctx: RequestContext, organizationId: string): Promise<Person[]> {
    const people = await groupedLoader(
      ctx,
      PEOPLE_BY_ORGANIZATION,
      this.dataSource,
      Person,
      'organizationId',
    ).load(organizationId);
    return [...people].sort((a, b) => a.name.localeCompare(b.name));
  }

  roles(ctx: RequestContext, personId: string): Promise<PersonTranslation[]> {
    return groupedLoader(ctx, PERSON_ROLES, this.dataSource, PersonTranslation, 'personId').load(personId);
  }

  async localized(
    ctx: RequestContext,
    person: { id: string; originalLanguage: string },
  ): Promise<PickedTranslation<PersonTranslation>> {
    return pickTranslation(await this.roles(ctx, person.id), ctx.contentLocale, person.originalLanguage);
  }

  async create(ctx: RequestContext, input: CreatePersonInput): Promise<Person> {
    await DirectoryPolicy.assertCanEditOrganization(ctx, input.organizationId ?? null);
    return this.dataSource.transaction(async (em) => {
      if (input.organizationId) await assertOrganizationExists(em, input.organizationId);
      if (
        input.externalRef &&
        (await em.getRepository(Person).existsBy({ externalRef: input.externalRef }))
      ) {
        throw AppError.alreadyExists('Person', 'externalRef');
      }
      const person = await em.getRepository(Person).save(
        em.create(Person, {
          name: input.name,
          organizationId: input.organizationId ?? null,
          email: input.email ?? null,
          phone: input.phone ?? null,
          originalLanguage: input.originalLanguage,
          externalRef: input.externalRef ?? null,
        }),
      );
      await writeTranslations(em, PersonTranslation, 'personId', person.id, input.roles, undefined);
      ctx.clearLoaders();
      return person;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdatePersonInput): Promise<Person> {
    // Roles are read before the transaction: on the embedded database the pool has one connection.
    await ctx.access();
    return this.dataSource.transaction(async (em) => {
      const person = await em
        .getRepository(Person)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw AppError.notFound('Person', id);
      await DirectoryPolicy.assertCanEditOrganization(ctx, person.organizationId);
      // Moving someone to another organization needs the right to edit that one too.
      if (input.organizationId !== undefined && input.organizationId !== person.organizationId) {
        await DirectoryPolicy.assertCanEditOrganization(ctx, input.organizationId);
      }
      if (input.organizationId !== undefined) {
        if (input.organizationId) await assertOrganizationExists(em, input.organizationId);
        person.organizationId = input.organizationId;
      }
      if (input.name !== undefined) person.name = input.name;
      if (input.email !== undefined) person.email = input.email;
      if (input.phone !== undefined) person.phone = input.phone;
      if (input.originalLanguage !== undefined) person.originalLanguage = input.originalLanguage;
      await em.getRepository(Person).save(person);
      await writeTranslations(em, PersonTranslation, 'personId', id, input.roles, input.removeLanguages);
      ctx.clearLoaders();
      return person;
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    await ctx.access();
    return this.dataSource.transaction(async (em) => {
      const person = await em.getRepository(Person).findOneBy({ id });
      if (!person) throw AppError.notFound('Person', id);
      await DirectoryPolicy.assertCanEditOrganization(ctx, person.organizationId);
      await em.getRepository(Person).delete({ id });
      ctx.clearLoaders();
      return id;
    });
  }
}

async function assertOrganizationExists(em: EntityManager, id: string): Promise<void> {
  if (!(await em.getRepository(Organization).existsBy({ id }))) {
    throw AppError.invalidField('organizationId', 'unknownReference');
  }
}
