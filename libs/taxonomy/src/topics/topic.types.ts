import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from 'class-validator';
import {
  Connection,
  LanguageCode,
  LanguageCodeScalar,
  MaxItems,
  Node,
  Required,
  ruleMessage,
  Text,
  TextItems,
  TopicKey,
  Uuid,
} from '#core';

@ObjectType('TopicTranslation')
export class TopicTranslationType {
  @Field(() => LanguageCodeScalar)
  language: string;

  @Field()
  label: string;

  @Field(() => [String])
  synonyms: string[];
}

@ObjectType('Topic', {
  implements: () => [Node],
  description: 'A theme practices and organizations are tagged with, labelled in many languages.',
})
export class TopicType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable, language-neutral key, e.g. "town-centre-management".' })
  key: string;

  /** Resolved to `parent` by the resolver; not exposed as such. */
  parentId: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** The caller's label and its language, when a list already picked them. */
  localizedLabel?: { label: string; language: string };
}

export const TopicConnection = Connection(TopicType, 'Topic');

@InputType()
export class TopicTranslationInput {
  @Field(() => String)
  @LanguageCode()
  language: string;

  @Field()
  @Required()
  @Text(120)
  label: string;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @MaxItems(30)
  @TextItems(120)
  synonyms?: string[];
}

@InputType()
export class CreateTopicInput {
  @Field()
  @TopicKey()
  @Text(64, 2)
  key: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  parentId?: string | null;

  @Field(() => [TopicTranslationInput])
  @ValidateNested({ each: true })
  @Type(() => TopicTranslationInput)
  @ArrayMinSize(1, ruleMessage('translationRequired'))
  @ArrayMaxSize(50, ruleMessage('max', { max: 50 }))
  translations: TopicTranslationInput[];
}

@InputType()
export class UpdateTopicInput {
  @Field({ nullable: true })
  @IsOptional()
  @TopicKey()
  @Text(64, 2)
  key?: string;

  @Field(() => ID, { nullable: true, description: 'New parent; null makes the topic a root. Omit to keep.' })
  @IsOptional()
  @Uuid()
  parentId?: string | null;

  @Field(() => [TopicTranslationInput], { nullable: true, description: 'Added or replaced, per language.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => TopicTranslationInput)
  @ArrayMaxSize(50, ruleMessage('max', { max: 50 }))
  translations?: TopicTranslationInput[];

  @Field(() => [String], { nullable: true, description: 'Languages whose translation is removed.' })
  @IsOptional()
  @LanguageCode(true)
  @MaxItems(50)
  removeLanguages?: string[];
}

@InputType()
export class TopicFilter {
  @Field(() => ID, { nullable: true, description: 'Only direct subtopics of this topic.' })
  @IsOptional()
  @Uuid()
  parentId?: string;

  @Field({ nullable: true, description: 'Only top-level topics.' })
  @IsOptional()
  rootsOnly?: boolean;

  @Field({
    nullable: true,
    description: 'Label or synonym contains this text, in any language; accents ignored.',
  })
  @IsOptional()
  @Text(100)
  labelContains?: string;
}
