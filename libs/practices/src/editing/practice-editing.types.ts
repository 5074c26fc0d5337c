import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsISO8601, IsOptional, Matches, ValidateNested } from 'class-validator';
import {
  CurrencyCode,
  LanguageCode,
  ContentWarningType,
  MaxItems,
  Required,
  Text,
  Uuid,
  WebUrl,
  ruleMessage,
} from '#core';
import { Visibility } from '../entities/enums.js';
import { PracticeLinkInput, PracticeMetricInput } from '../adoptions/adoption.types.js';
import { PracticeType } from '../practices/practice.types.js';

const LONG = 100_000;
const ISO_DATE = IsISO8601({ strict: true }, ruleMessage('invalid'));

@InputType({ description: 'The text of a practice in one language (Markdown in the long fields).' })
export class PracticeContentInput {
  @Field(() => String)
  @LanguageCode()
  language: string;

  @Field()
  @Required()
  @Text(300)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(LONG)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(LONG)
  challenge?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(LONG)
  solution?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(LONG)
  results?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(LONG)
  lessonsLearned?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(LONG)
  transferability?: string | null;
}

@InputType()
export class MoneyInput {
  @Field({ description: 'Decimal with at most 2 places, e.g. "10000.00".' })
  @Matches(/^\d{1,12}(\.\d{1,2})?$/, ruleMessage('invalid'))
  amount: string;

  @Field()
  @CurrencyCode()
  currency: string;
}

@InputType()
export class PracticeDetailsInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  cityId?: string | null;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility, ruleMessage('invalid'))
  visibility?: Visibility;

  @Field(() => [ID], { nullable: true, description: 'Replaces the topics when given.' })
  @IsOptional()
  @Uuid(true)
  @MaxItems(20)
  topicIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Networks to share with; replaces the list when given.' })
  @IsOptional()
  @Uuid(true)
  @MaxItems(50)
  sharedWithNetworkIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  periodStart?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  periodEnd?: string | null;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  budget?: MoneyInput | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  fundingProgrammeId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WebUrl()
  @Text(1000)
  sourceUrl?: string | null;

  @Field(() => [PracticeMetricInput], { nullable: true, description: 'Replaces the metrics when given.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PracticeMetricInput)
  @MaxItems(50)
  metrics?: PracticeMetricInput[];

  @Field(() => [PracticeLinkInput], {
    nullable: true,
    description: 'Links and attachments; replaces them when given.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PracticeLinkInput)
  @MaxItems(50)
  links?: PracticeLinkInput[];

  @Field(() => [ID], { nullable: true, description: 'Contact people; replaces them when given.' })
  @IsOptional()
  @Uuid(true)
  @MaxItems(20)
  contactIds?: string[];
}

@InputType()
export class CreatePracticeInput extends PracticeDetailsInput {
  @Field(() => ID, { description: 'The organization sharing it; you must be one of its editors.' })
  @Uuid()
  organizationId: string;

  @Field(() => PracticeContentInput, { description: 'The text in its original language.' })
  @ValidateNested()
  @Type(() => PracticeContentInput)
  content: PracticeContentInput;
}

@ObjectType('PracticePayload')
export class PracticePayloadType {
  @Field(() => PracticeType)
  practice: PracticeType;

  @Field(() => [ContentWarningType])
  warnings: ContentWarningType[];
}
