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
import {
  CreateTopicInput,
  TopicConnection,
  TopicFilter,
  TopicTranslationType,
  TopicType,
  UpdateTopicInput,
} from './topic.types.js';
import { toTopicType } from './topic.mapper.js';
import { TOPIC_ORIGINAL_LANGUAGE, TopicsService } from './topics.service.js';

@Resolver(() => TopicType)
export class TopicsResolver {
  constructor(private readonly service: TopicsService) {}

  @Query(() => TopicType, { description: 'One topic by id.' })
  async topic(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<TopicType> {
    return toTopicType(await this.service.get(ctx, assertId(id)));
  }

  @Query(() => TopicConnection, { description: 'Topics ordered by key.' })
  async topics(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => TopicFilter, nullable: true }) filter?: TopicFilter,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<ConnectionResult<TopicType>> {
    return mapConnection(await this.service.list(ctx, filter ?? {}, page), toTopicType);
  }

  @Mutation(() => TopicType)
  async createTopic(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateTopicInput,
  ): Promise<TopicType> {
    return toTopicType(await this.service.create(ctx, input));
  }

  @Mutation(() => TopicType)
  async updateTopic(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTopicInput,
  ): Promise<TopicType> {
    return toTopicType(await this.service.update(ctx, assertId(id), input));
  }

  @Mutation(() => ID, { description: 'Deletes a topic without subtopics; records lose the tag.' })
  deleteTopic(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(ctx, assertId(id));
  }

  // `label` and `language` take graphql-js's (parent, args, context) as they come: without parameter
  // decorators Nest calls them directly, not through its per-call wrapper, and a label a list
  // already picked is returned synchronously.
  @ResolveField(() => String, { description: 'Label in the returned `language`.' })
  label(topic: TopicType, _args: unknown, ctx: RequestContext): string | Promise<string> {
    return topic.localizedLabel?.label ?? this.pickedLabel(ctx, topic);
  }

  @ResolveField(() => [String])
  async synonyms(@Context() ctx: RequestContext, @Parent() topic: TopicType): Promise<string[]> {
    return (await this.service.localized(ctx, topic.id)).translation?.synonyms ?? [];
  }

  @ResolveField(() => LanguageCodeScalar, {
    description: 'Language the label is returned in (after fallback).',
  })
  language(topic: TopicType, _args: unknown, ctx: RequestContext): string | Promise<string> {
    return topic.localizedLabel?.language ?? this.pickedLanguage(ctx, topic);
  }

  @ResolveField(() => LanguageCodeScalar)
  originalLanguage(): string {
    return TOPIC_ORIGINAL_LANGUAGE;
  }

  @ResolveField(() => [LanguageCodeScalar])
  async availableLanguages(@Context() ctx: RequestContext, @Parent() topic: TopicType): Promise<string[]> {
    return (await this.service.localized(ctx, topic.id)).availableLanguages;
  }

  @ResolveField(() => [TopicTranslationType])
  async translations(
    @Context() ctx: RequestContext,
    @Parent() topic: TopicType,
  ): Promise<TopicTranslationType[]> {
    const rows = await this.service.translations(ctx, topic.id);
    return rows
      .map((t) => ({ language: t.language, label: t.label, synonyms: t.synonyms }))
      .sort((a, b) => a.language.localeCompare(b.language));
  }

  @ResolveField(() => TopicType, { nullable: true })
  async parent(@Context() ctx: RequestContext, @Parent() topic: TopicType): Promise<TopicType | null> {
    return topic.parentId ? toTopicType(await this.service.get(ctx, topic.parentId)) : null;
  }

  private async pickedLabel(ctx: RequestContext, topic: TopicType): Promise<string> {
    return (await this.service.localized(ctx, topic.id)).translation?.label ?? topic.key;
  }

  private async pickedLanguage(ctx: RequestContext, topic: TopicType): Promise<string> {
    return (await this.service.localized(ctx, topic.id)).translation?.language ?? TOPIC_ORIGINAL_LANGUAGE;
  }

  @ResolveField(() => [TopicType])
  async children(@Context() ctx: RequestContext, @Parent() topic: TopicType): Promise<TopicType[]> {
    const children = await this.service.children(ctx, topic.id);
    return children.sort((a, b) => a.key.localeCompare(b.key)).map(toTopicType);
  }
}
