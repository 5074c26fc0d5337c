import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  Allow,
  AppError,
  LoaderKey,
  TranslatableRecords,
  assertAllowed,
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
import { DirectoryPolicy } from '../directory.policy.js';
import { NetworksService } from '../networks/networks.service.js';
import { Organization } from '../entities/organization.entity.js';
import { Person, PersonTranslation } from '../entities/person.entity.js';
import type { CreatePersonInput, PersonFilter, UpdatePersonInput } from './person.types.js';

const PERSON_BY_ID = new LoaderKey<string, Person | null>('personById');
const PERSON_ROLES = new LoaderKey<string, PersonTranslation[]>('personRoles');
const PEOPLE_BY_ORGANIZATION = new LoaderKey<string, Person[]>('peopleByOrganization');

/** A person's roles are their translations; people are in no search document. */
const PERSON: TranslatableKind<Person, PersonTranslation> = {
  name: 'Person',
  entity: Person,
  key: 'id',
  translation: PersonTranslation,
  ownerColumn: 'personId',
  unique: ['externalRef'],
};

@Injectable()
export class PeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: TranslatableRecords,
    private readonly networks: NetworksService,
  ) {}

  /**
   * Whether the caller may see the person's email and phone: admins, and members of the person's
   * organization or of one sharing a network with it. The one rule GraphQL and the web pages use.
   */
  contactDetailsVisible(ctx: RequestContext, person: Pick<Person, 'organizationId'>): Promise<boolean> {
    return DirectoryPolicy.canSeeContactDetails(ctx, person.organizationId, async (organizationId) =>
      (await this.networks.membershipsOf(ctx, organizationId)).map((m) => m.networkId),
    );
  }

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

  /** An organization's editors keep its people (admins anyone's). */
  @Allow((input: CreatePersonInput) => editorOf(input.organizationId ?? null))
  async create(ctx: RequestContext, input: CreatePersonInput): Promise<Person> {
    return this.records.create(ctx, PERSON, async (em) => {
      if (input.organizationId) await assertOrganizationExists(em, input.organizationId);
      const row = em.create(Person, {
        name: input.name,
        organizationId: input.organizationId ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        originalLanguage: input.originalLanguage,
        externalRef: input.externalRef ?? null,
      });
      return { row, translations: input.roles };
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdatePersonInput): Promise<Person> {
    return this.records.update(
      ctx,
      PERSON,
      id,
      async (em, person) => {
        // Moving someone to another organization needs the right to edit that one too.
        if (input.organizationId !== undefined && input.organizationId !== person.organizationId) {
          await assertAllowed(ctx, editorOf(input.organizationId));
        }
        if (input.organizationId) await assertOrganizationExists(em, input.organizationId);
        assignDefined(person, input, ['organizationId', 'name', 'email', 'phone', 'originalLanguage']);
        return { translations: input.roles, removeLanguages: input.removeLanguages };
      },
      (person) => editorOf(person.organizationId),
    );
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    return this.records.delete(ctx, PERSON, id, { allow: (person) => editorOf(person.organizationId) });
  }
}

async function assertOrganizationExists(em: EntityManager, id: string): Promise<void> {
  if (!(await em.getRepository(Organization).existsBy({ id }))) {
    throw AppError.invalidField('organizationId', 'unknownReference');
  }
}
