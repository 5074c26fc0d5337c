import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  LanguageCodeScalar,
  PageArgs,
  assertId,
  mapConnection,
  type ConnectionResult,
  type RequestContext,
  LOCALE_ARG,
} from '#core';
import { OrganizationType } from '../organizations/organization.types.js';
import { toOrganizationType } from '../organizations/organization.mapper.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { sortByLanguage } from '../shared/translation.types.js';
import { PeopleService } from './people.service.js';
import { toPersonType } from './person.mapper.js';
import {
  CreatePersonInput,
  PersonConnection,
  PersonFilter,
  PersonRoleType,
  PersonType,
  UpdatePersonInput,
} from './person.types.js';

@Resolver(() => PersonType)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly organizations: OrganizationsService,
  ) {}

  private canSeeContactDetails(ctx: RequestContext, person: PersonType): Promise<boolean> {
    return this.service.contactDetailsVisible(ctx, person);
  }

  @Query(() => PersonType)
  async person(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<PersonType> {
    return toPersonType(await this.service.get(ctx, assertId(id)));
  }

  @Query(() => PersonConnection, { description: 'People ordered by name.' })
  async people(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => PersonFilter, nullable: true }) filter?: PersonFilter,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<ConnectionResult<PersonType>> {
    return mapConnection(await this.service.list(ctx, filter ?? {}, page), toPersonType);
  }

  @Mutation(() => PersonType)
  async createPerson(
    @Context() ctx: RequestContext,
    @Args('input') input: CreatePersonInput,
  ): Promise<PersonType> {
    return toPersonType(await this.service.create(ctx, input));
  }

  @Mutation(() => PersonType)
  async updatePerson(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePersonInput,
  ): Promise<PersonType> {
    return toPersonType(await this.service.update(ctx, assertId(id), input));
  }

  @Mutation(() => ID)
  deletePerson(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(ctx, assertId(id));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "Only for admins and members of organizations sharing a network with the person's; null otherwise.",
  })
  async email(@Context() ctx: RequestContext, @Parent() person: PersonType): Promise<string | null> {
    return (await this.canSeeContactDetails(ctx, person)) ? person.email : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Same rule as `email`.' })
  async phone(@Context() ctx: RequestContext, @Parent() person: PersonType): Promise<string | null> {
    return (await this.canSeeContactDetails(ctx, person)) ? person.phone : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Public role, in the returned `language`.' })
  async role(@Context() ctx: RequestContext, @Parent() person: PersonType): Promise<string | null> {
    return (await this.service.localized(ctx, person)).translation?.role ?? null;
  }

  @ResolveField(() => LanguageCodeScalar)
  async language(@Context() ctx: RequestContext, @Parent() person: PersonType): Promise<string> {
    return (await this.service.localized(ctx, person)).translation?.language ?? person.originalLanguage;
  }

  @ResolveField(() => LanguageCodeScalar)
  originalLanguage(@Parent() person: PersonType): string {
    return person.originalLanguage;
  }

  @ResolveField(() => [LanguageCodeScalar])
  async availableLanguages(@Context() ctx: RequestContext, @Parent() person: PersonType): Promise<string[]> {
    return (await this.service.localized(ctx, person)).availableLanguages;
  }

  @ResolveField(() => [PersonRoleType])
  async roles(@Context() ctx: RequestContext, @Parent() person: PersonType): Promise<PersonRoleType[]> {
    return sortByLanguage(await this.service.roles(ctx, person.id)).map((r) => ({
      language: r.language,
      role: r.role,
    }));
  }

  @ResolveField(() => OrganizationType, { nullable: true })
  async organization(
    @Context() ctx: RequestContext,
    @Parent() person: PersonType,
  ): Promise<OrganizationType | null> {
    if (!person.organizationId) return null;
    const organization = await this.organizations.find(ctx, person.organizationId);
    return organization ? toOrganizationType(organization) : null;
  }
}
