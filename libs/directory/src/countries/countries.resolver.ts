import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  LanguageCodeScalar,
  PageArgs,
  mapConnection,
  type ConnectionResult,
  type RequestContext,
  LOCALE_ARG,
} from '#core';
import { LocalizedNameType, sortByLanguage } from '../shared/translation.types.js';
import { CountriesService } from './countries.service.js';
import {
  CountryConnection,
  CountryFilter,
  CountryType,
  CreateCountryInput,
  toCountryType,
  UpdateCountryInput,
} from './country.types.js';

@Resolver(() => CountryType)
export class CountriesResolver {
  constructor(private readonly service: CountriesService) {}

  @Query(() => CountryType, { description: 'One country by ISO code.' })
  async country(
    @Context() ctx: RequestContext,
    @Args('code') code: string,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<CountryType> {
    return toCountryType(await this.service.get(ctx, code.slice(0, 2)));
  }

  @Query(() => CountryConnection, { description: 'Countries ordered by code.' })
  async countries(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => CountryFilter, nullable: true }) filter?: CountryFilter,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<ConnectionResult<CountryType>> {
    return mapConnection(await this.service.list(ctx, filter ?? {}, page), toCountryType);
  }

  @Mutation(() => CountryType)
  async createCountry(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateCountryInput,
  ): Promise<CountryType> {
    return toCountryType(await this.service.create(ctx, input));
  }

  @Mutation(() => CountryType)
  async updateCountry(
    @Context() ctx: RequestContext,
    @Args('code') code: string,
    @Args('input') input: UpdateCountryInput,
  ): Promise<CountryType> {
    return toCountryType(await this.service.update(ctx, code.slice(0, 2), input));
  }

  @Mutation(() => String, { description: 'Deletes a country that no city refers to; returns its code.' })
  deleteCountry(@Context() ctx: RequestContext, @Args('code') code: string): Promise<string> {
    return this.service.delete(ctx, code.slice(0, 2));
  }

  @ResolveField(() => String, { description: 'Name in the returned `language`.' })
  async name(@Context() ctx: RequestContext, @Parent() country: CountryType): Promise<string> {
    return (await this.service.localized(ctx, country.code)).translation?.name ?? country.code;
  }

  @ResolveField(() => LanguageCodeScalar, { nullable: true })
  async language(@Context() ctx: RequestContext, @Parent() country: CountryType): Promise<string | null> {
    return (await this.service.localized(ctx, country.code)).translation?.language ?? null;
  }

  @ResolveField(() => [LanguageCodeScalar])
  async availableLanguages(
    @Context() ctx: RequestContext,
    @Parent() country: CountryType,
  ): Promise<string[]> {
    return (await this.service.localized(ctx, country.code)).availableLanguages;
  }

  @ResolveField(() => [LocalizedNameType])
  async names(@Context() ctx: RequestContext, @Parent() country: CountryType): Promise<LocalizedNameType[]> {
    return sortByLanguage(await this.service.names(ctx, country.code)).map((t) => ({
      language: t.language,
      name: t.name,
    }));
  }
}
