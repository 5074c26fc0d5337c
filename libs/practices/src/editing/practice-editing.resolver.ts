import { Args, Context, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { LanguageCodeScalar, assertId, type RequestContext } from '#core';
import { toPracticeType } from '../practices/practice.mapper.js';
import {
  CreatePracticeInput,
  PracticeContentInput,
  PracticeDetailsInput,
  PracticePayloadType,
} from './practice-editing.types.js';
import {
  PracticeEditingService,
  type EditResult,
  type PracticeTransition,
} from './practice-editing.service.js';

const toPayload = (result: EditResult): PracticePayloadType => ({
  practice: toPracticeType(result.view),
  warnings: result.warnings,
});

const VERSION_ARG = {
  name: 'expectedVersion',
  type: () => Int,
  description: 'The `version` you last read; a newer one on the server means CONFLICT.',
} as const;

@Resolver()
export class PracticeEditingResolver {
  constructor(private readonly editing: PracticeEditingService) {}

  @Mutation(() => PracticePayloadType, {
    description: 'Creates a DRAFT practice (editors of the organization).',
  })
  async createPractice(
    @Context() ctx: RequestContext,
    @Args('input') input: CreatePracticeInput,
  ): Promise<PracticePayloadType> {
    return toPayload(await this.editing.create(ctx, input));
  }

  @Mutation(() => PracticePayloadType, {
    description: 'Changes details, topics and sharing (editors of the owner).',
  })
  async updatePractice(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(VERSION_ARG) expectedVersion: number,
    @Args('input') input: PracticeDetailsInput,
  ): Promise<PracticePayloadType> {
    return toPayload(await this.editing.update(ctx, assertId(id), expectedVersion, input));
  }

  @Mutation(() => PracticePayloadType, { description: 'Adds or replaces the text in one language.' })
  async savePracticeTranslation(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(VERSION_ARG) expectedVersion: number,
    @Args('content') content: PracticeContentInput,
  ): Promise<PracticePayloadType> {
    return toPayload(await this.editing.saveTranslation(ctx, assertId(id), expectedVersion, content));
  }

  @Mutation(() => PracticePayloadType, {
    description: 'Removes the text in one language (not the original one).',
  })
  async removePracticeTranslation(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(VERSION_ARG) expectedVersion: number,
    @Args('language', { type: () => LanguageCodeScalar }) language: string,
  ): Promise<PracticePayloadType> {
    return toPayload(await this.editing.removeTranslation(ctx, assertId(id), expectedVersion, language));
  }

  @Mutation(() => PracticePayloadType, { description: 'DRAFT → IN_REVIEW (editors of the owner).' })
  submitPractice(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(VERSION_ARG) v: number,
  ) {
    return this.move(ctx, id, v, 'submit');
  }

  @Mutation(() => PracticePayloadType, {
    description: 'IN_REVIEW → PUBLISHED (coordinators of a network it is shared with; admins).',
  })
  publishPractice(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(VERSION_ARG) v: number,
  ) {
    return this.move(ctx, id, v, 'publish');
  }

  @Mutation(() => PracticePayloadType, {
    description: 'IN_REVIEW → DRAFT, back to its editors (same people as publishing).',
  })
  returnPracticeToDraft(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(VERSION_ARG) v: number,
  ) {
    return this.move(ctx, id, v, 'returnToDraft');
  }

  @Mutation(() => PracticePayloadType, { description: 'PUBLISHED → ARCHIVED (editors of the owner).' })
  archivePractice(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(VERSION_ARG) v: number,
  ) {
    return this.move(ctx, id, v, 'archive');
  }

  @Mutation(() => ID, { description: 'Deletes a draft (editors of the owner) or any practice (admins).' })
  deletePractice(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.editing.delete(ctx, assertId(id));
  }

  private async move(
    ctx: RequestContext,
    id: string,
    version: number,
    transition: PracticeTransition,
  ): Promise<PracticePayloadType> {
    return toPayload(await this.editing.move(ctx, assertId(id), version, transition));
  }
}
