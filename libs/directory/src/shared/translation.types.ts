import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { LanguageCode, LanguageCodeScalar, Required, Text } from '#core';

/** A name in one language (countries and cities). */
@ObjectType('LocalizedName')
export class LocalizedNameType {
  @Field(() => LanguageCodeScalar)
  language: string;

  @Field()
  name: string;
}

@InputType()
export class LocalizedNameInput {
  @Field(() => String)
  @LanguageCode()
  language: string;

  @Field()
  @Required()
  @Text(160)
  name: string;
}

/** Name (optional, when it differs from the official one) and description in one language. */
@ObjectType('NameAndDescriptionTranslation')
export class NameAndDescriptionTranslationType {
  @Field(() => LanguageCodeScalar)
  language: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  description: string | null;
}

@InputType()
export class NameAndDescriptionTranslationInput {
  @Field(() => String)
  @LanguageCode()
  language: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown, at most 20,000 characters.' })
  @IsOptional()
  @Text(20000)
  description?: string | null;
}

export function sortByLanguage<T extends { language: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.language.localeCompare(b.language));
}
