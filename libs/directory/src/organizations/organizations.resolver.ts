import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  I18nService,
  LanguageCodeScalar,
  PageArgs,
  assertId,
  mapConnection,
  type ConnectionResult,
  type RequestContext,
  LOCALE_ARG,
} from '#core';
import { TopicType, TopicsService } from '#taxonomy';
import { CitiesService } from '../cities/cities.service.js';
import { toCityType } from '../cities/city.mapper.js';
import { CityType } from '../cities/city.types.js';
import { CountriesService } from '../countries/countries.service.js';
import { CountryType, toCountryType } from '../countries/country.types.js';
import { NetworkMembershipType } from '../networks/network.types.js';
import { toMembershipType } from '../networks/network.mapper.js';
import { NetworksService } from '../networks/networks.service.js';
import { PeopleService } from '../people/people.service.js';
import { toPersonType } from '../people/person.mapper.js';
import { PersonType } from '../people/person.types.js';
import { NameAndDescriptionTranslationType, sortByLanguage } from '../shared/translation.types.js';
import { toOrganizationType } from './organization.mapper.js';
import {
  CreateOrganizationInput,
  OrganizationConnection,
  OrganizationFilter,
  OrganizationType,
  UpdateOrganizationInput,
} from './organization.types.js';
import { OrganizationsService } from './organizations.service.js';

@Resolver(() => OrganizationType)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly cities: CitiesService,
    private readonly countries: CountriesService,
    private readonly networksService: NetworksService,
    private readonly peopleService: PeopleService,
    private readonly topicsService: TopicsService,
    private readonly i18n: I18nService,
  ) {}

  @Query(() => OrganizationType)
  async organization(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<OrganizationType> {
    return toOrganizationType(await this.service.get(ctx, assertId(id)));
  }

  @Query(() => OrganizationConnection, { description: 'Organizations ordered by official name.' })
  async organizations(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => OrganizationFilter, nullable: true }) filter?: OrganizationFilter,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<ConnectionResult<OrganizationType>> {
    return mapConnection(await this.service.list(ctx, filter ?? {}, page), toOrganizationType);
  }

  @Mutation(() => OrganizationType)
  async createOrganization(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<OrganizationType> {
    return toOrganizationType(await this.service.create(ctx, input));
  }

  @Mutation(() => OrganizationType)
  async updateOrganization(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationType> {
    return toOrganizationType(await this.service.update(ctx, assertId(id), input));
  }

  @Mutation(() => ID, { description: 'Deletes an organization with its memberships; its people stay.' })
  deleteOrganization(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.service.delete(ctx, assertId(id));
  }

  // `name` and `language` take graphql-js's (parent, args, context) as they come: without parameter
  // decorators Nest calls them directly, not through its per-call wrapper, and a name a list
  // already picked is returned synchronously.
  @ResolveField(() => String, {
    description: 'Name in the returned `language` (falls back to the official name).',
  })
  name(o: OrganizationType, _args: unknown, ctx: RequestContext): string | Promise<string> {
    return o.localizedName?.name ?? this.pickedName(ctx, o);
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown, in the returned `language`.' })
  async description(@Context() ctx: RequestContext, @Parent() o: OrganizationType): Promise<string | null> {
    return (await this.service.localized(ctx, o)).translation?.description ?? null;
  }

  @ResolveField(() => LanguageCodeScalar, {
    description: 'Language of `name` and `description` after fallback.',
  })
  language(o: OrganizationType, _args: unknown, ctx: RequestContext): string | Promise<string> {
    return o.localizedName?.language ?? this.pickedLanguage(ctx, o);
  }

  @ResolveField(() => LanguageCodeScalar, { description: "The organization's default language." })
  originalLanguage(@Parent() o: OrganizationType): string {
    return o.defaultLanguage;
  }

  @ResolveField(() => [LanguageCodeScalar])
  async availableLanguages(@Context() ctx: RequestContext, @Parent() o: OrganizationType): Promise<string[]> {
    return (await this.service.localized(ctx, o)).availableLanguages;
  }

  @ResolveField(() => [NameAndDescriptionTranslationType])
  async translations(
    @Context() ctx: RequestContext,
    @Parent() o: OrganizationType,
  ): Promise<NameAndDescriptionTranslationType[]> {
    return sortByLanguage(await this.service.translations(ctx, o.id)).map((t) => ({
      language: t.language,
      name: t.name,
      description: t.description,
    }));
  }

  @ResolveField(() => String, { description: 'The kind, in the language of messages.' })
  kindLabel(@Context() ctx: RequestContext, @Parent() o: OrganizationType): string {
    return this.i18n.enumLabel(ctx.messageLocale, 'OrganizationKind', o.kind);
  }

  @ResolveField(() => CityType, { nullable: true })
  async city(@Context() ctx: RequestContext, @Parent() o: OrganizationType): Promise<CityType | null> {
    return o.cityId ? toCityType(await this.cities.get(ctx, o.cityId)) : null;
  }

  @ResolveField(() => CountryType, { nullable: true })
  async country(@Context() ctx: RequestContext, @Parent() o: OrganizationType): Promise<CountryType | null> {
    if (!o.cityId) return null;
    const city = await this.cities.get(ctx, o.cityId);
    return toCountryType(await this.countries.get(ctx, city.countryCode));
  }

  @ResolveField(() => [TopicType])
  async topics(@Context() ctx: RequestContext, @Parent() o: OrganizationType): Promise<TopicType[]> {
    return this.topicsService.typesOf(ctx, await this.service.topicIds(ctx, o.id));
  }

  @ResolveField(() => [NetworkMembershipType])
  async networks(
    @Context() ctx: RequestContext,
    @Parent() o: OrganizationType,
  ): Promise<NetworkMembershipType[]> {
    return (await this.networksService.membershipsOf(ctx, o.id)).map(toMembershipType);
  }

  @ResolveField(() => [PersonType])
  async people(@Context() ctx: RequestContext, @Parent() o: OrganizationType): Promise<PersonType[]> {
    return (await this.peopleService.ofOrganization(ctx, o.id)).map(toPersonType);
  }

  private async pickedName(ctx: RequestContext, o: OrganizationType): Promise<string> {
    return (await this.service.localized(ctx, o)).translation?.name ?? o.officialName;
  }

  private async pickedLanguage(ctx: RequestContext, o: OrganizationType): Promise<string> {
    return (await this.service.localized(ctx, o)).translation?.language ?? o.defaultLanguage;
  }
}
