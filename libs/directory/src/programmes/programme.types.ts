import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsISO8601, IsOptional, ValidateNested } from 'class-validator';
import { Connection, LanguageCode, MaxItems, Node, Required, ruleMessage, Text, WebUrl } from '#core';
import { ProgrammeKind } from '../entities/enums.js';
import { NameAndDescriptionTranslationInput } from '../shared/translation.types.js';

registerEnumType(ProgrammeKind, { name: 'ProgrammeKind' });

@ObjectType('Programme', {
  implements: () => [Node],
  description: 'A funding programme, project or initiative, e.g. "Kurk Lietuvai".',
})
export class ProgrammeType {
  @Field(() => ID)
  id: string;

  @Field(() => ProgrammeKind)
  kind: ProgrammeKind;

  @Field({ description: 'Official name, in the original language.' })
  officialName: string;

  @Field(() => String, { nullable: true })
  acronym: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  endDate: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  originalLanguage: string;
}

export const ProgrammeConnection = Connection(ProgrammeType, 'Programme');

const ISO_DATE = IsISO8601({ strict: true }, ruleMessage('invalid'));

@InputType()
export class CreateProgrammeInput {
  @Field(() => ProgrammeKind)
  @IsEnum(ProgrammeKind, ruleMessage('invalid'))
  kind: ProgrammeKind;

  @Field()
  @Required()
  @Text(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(32)
  acronym?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WebUrl()
  @Text(500)
  website?: string | null;

  @Field(() => String)
  @LanguageCode()
  originalLanguage: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  endDate?: string | null;

  @Field(() => [NameAndDescriptionTranslationInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => NameAndDescriptionTranslationInput)
  @ArrayMaxSize(100, ruleMessage('max', { max: 100 }))
  translations?: NameAndDescriptionTranslationInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(100)
  externalRef?: string | null;
}

@InputType()
export class UpdateProgrammeInput {
  @Field(() => ProgrammeKind, { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeKind, ruleMessage('invalid'))
  kind?: ProgrammeKind;

  @Field({ nullable: true })
  @IsOptional()
  @Required()
  @Text(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(32)
  acronym?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WebUrl()
  @Text(500)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @LanguageCode()
  originalLanguage?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  endDate?: string | null;

  @Field(() => [NameAndDescriptionTranslationInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => NameAndDescriptionTranslationInput)
  @ArrayMaxSize(100, ruleMessage('max', { max: 100 }))
  translations?: NameAndDescriptionTranslationInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @LanguageCode(true)
  @MaxItems(100)
  removeLanguages?: string[];
}

@InputType()
export class ProgrammeFilter {
  @Field(() => ProgrammeKind, { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeKind, ruleMessage('invalid'))
  kind?: ProgrammeKind;

  @Field({ nullable: true })
  @IsOptional()
  @Text(100)
  nameContains?: string;
}
