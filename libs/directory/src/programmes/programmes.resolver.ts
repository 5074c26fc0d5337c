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
import { NameAndDescriptionTranslationType, sortByLanguage } from '../shared/translation.types.js';
import {
  CreateProgrammeInput,
  ProgrammeConnection,
  ProgrammeFilter,
  ProgrammeType,
  UpdateProgrammeInput,
} from './programme.types.js';
import { toProgrammeType } from './programme.mapper.js';
import { ProgrammesService } from './programmes.service.js';

@Resolver(() => ProgrammeType)
export class ProgrammesResolver {
  constructor(private readonly service: ProgrammesService) {}

  @Query(() => ProgrammeType)
  async programme(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<ProgrammeType> {
    return toProgrammeType(await this.service.get(ctx, assertId(id)));
  }

  @Query(() => ProgrammeConnection, { description: 'Programmes ordered by name.' })
  async programmes(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ProgrammeFilter, nullable: true }) filter?: ProgrammeFilter,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<ConnectionResult<ProgrammeType>> {
    return mapConnection(await this.service.list(ctx, filter ?? {}, page), toProgrammeType);
  }

  @Mutation(() => ProgrammeType)
  async createProgramme(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateProgrammeInput,
  ): Promise<ProgrammeType> {
    return toProgrammeType(await this.service.create(ctx, input));
  }

  @Mutation(() => ProgrammeType)
  async updateProgramme(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProgrammeInput,
  ): Promise<ProgrammeType> {
    return toProgrammeType(await this.service.update(ctx, assertId(id), input));
  }

  @Mutation(() => ID)
  deleteProgramme(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.service.delete(ctx, assertId(id));
  }

  @ResolveField(() => String, { description: 'Name in the returned `language`.' })
  async name(@Context() ctx: RequestContext, @Parent() programme: ProgrammeType): Promise<string> {
    return (await this.service.localized(ctx, programme)).translation?.name ?? programme.officialName;
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown, in the returned `language`.' })
  async description(
    @Context() ctx: RequestContext,
    @Parent() programme: ProgrammeType,
  ): Promise<string | null> {
    return (await this.service.localized(ctx, programme)).translation?.description ?? null;
  }

  @ResolveField(() => LanguageCodeScalar)
  async language(@Context() ctx: RequestContext, @Parent() programme: ProgrammeType): Promise<string> {
    return (await this.service.localized(ctx, programme)).translation?.language ?? programme.originalLanguage;
  }

  @ResolveField(() => LanguageCodeScalar)
  originalLanguage(@Parent() programme: ProgrammeType): string {
    return programme.originalLanguage;
  }

  @ResolveField(() => [LanguageCodeScalar])
  async availableLanguages(
    @Context() ctx: RequestContext,
    @Parent() programme: ProgrammeType,
  ): Promise<string[]> {
    return (await this.service.localized(ctx, programme)).availableLanguages;
  }

  @ResolveField(() => [NameAndDescriptionTranslationType])
  async translations(
    @Context() ctx: RequestContext,
    @Parent() programme: ProgrammeType,
  ): Promise<NameAndDescriptionTranslationType[]> {
    return sortByLanguage(await this.service.translations(ctx, programme.id)).map((t) => ({
      language: t.language,
      name: t.name,
      description: t.description,
    }));
  }
}
