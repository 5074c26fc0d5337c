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
import { CountriesService } from '../countries/countries.service.js';
import { CountryType, toCountryType } from '../countries/country.types.js';
import { LocalizedNameType, sortByLanguage } from '../shared/translation.types.js';
import { CitiesService } from './cities.service.js';
import { toCityType } from './city.mapper.js';
import { CityConnection, CityFilter, CityType, CreateCityInput, UpdateCityInput } from './city.types.js';

@Resolver(() => CityType)
export class CitiesResolver {
  constructor(
    private readonly service: CitiesService,
    private readonly countries: CountriesService,
  ) {}

  @Query(() => CityType)
  async city(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<CityType> {
    return toCityType(await this.service.get(ctx, assertId(id)));
  }

  @Query(() => CityConnection, { description: 'Cities ordered by local name.' })
  async cities(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => CityFilter, nullable: true }) filter?: CityFilter,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<ConnectionResult<CityType>> {
    return mapConnection(await this.service.list(ctx, filter ?? {}, page), toCityType);
  }

  @Mutation(() => CityType)
  async createCity(@Context() ctx: RequestContext, @Args('input') input: CreateCityInput): Promise<CityType> {
    return toCityType(await this.service.create(ctx, input));
  }

  @Mutation(() => CityType)
  async updateCity(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCityInput,
  ): Promise<CityType> {
    return toCityType(await this.service.update(ctx, assertId(id), input));
  }

  @Mutation(() => ID, { description: 'Deletes a city no organization is located in.' })
  deleteCity(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(ctx, assertId(id));
  }

  // `name` and `language` take graphql-js's (parent, args, context) as they come: without parameter
  // decorators Nest calls them directly, not through its per-call wrapper, and a name a list
  // already picked is returned synchronously.
  @ResolveField(() => String, {
    description: 'Name in the returned `language` (falls back to the local name).',
  })
  name(city: CityType, _args: unknown, ctx: RequestContext): string | Promise<string> {
    return city.localizedName?.name ?? this.pickedName(ctx, city);
  }

  @ResolveField(() => LanguageCodeScalar)
  language(city: CityType, _args: unknown, ctx: RequestContext): string | Promise<string> {
    return city.localizedName?.language ?? this.pickedLanguage(ctx, city);
  }

  @ResolveField(() => LanguageCodeScalar)
  originalLanguage(@Parent() city: CityType): string {
    return city.originalLanguage;
  }

  @ResolveField(() => [LanguageCodeScalar])
  async availableLanguages(@Context() ctx: RequestContext, @Parent() city: CityType): Promise<string[]> {
    return (await this.service.localized(ctx, city)).availableLanguages;
  }

  @ResolveField(() => [LocalizedNameType], { description: 'Names in other languages (exonyms).' })
  async names(@Context() ctx: RequestContext, @Parent() city: CityType): Promise<LocalizedNameType[]> {
    return sortByLanguage(await this.service.names(ctx, city.id)).map((t) => ({
      language: t.language,
      name: t.name,
    }));
  }

  @ResolveField(() => CountryType)
  async country(@Context() ctx: RequestContext, @Parent() city: CityType): Promise<CountryType> {
    return toCountryType(await this.countries.get(ctx, city.countryCode));
  }

  private async pickedName(ctx: RequestContext, city: CityType): Promise<string> {
    return (await this.service.localized(ctx, city)).translation?.name ?? city.localName;
  }

  private async pickedLanguage(ctx: RequestContext, city: CityType): Promise<string> {
    return (await this.service.localized(ctx, city)).translation?.language ?? city.originalLanguage;
  }
}
