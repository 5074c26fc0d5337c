import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsISO8601, IsOptional, ValidateNested } from 'class-validator';
import {
  Connection,
  ContentWarningType,
  LanguageCode,
  LanguageCodeScalar,
  MaxItems,
  Node,
  Required,
  ruleMessage,
  Text,
  Uuid,
} from '#core';
import { ExchangeVisibility } from '../entities/enums.js';

const ISO_DATE = IsISO8601({ strict: true }, ruleMessage('invalid'));

@ObjectType('StudyVisitItem', { description: "One item of a visit's programme." })
export class StudyVisitItemType {
  @Field({ description: 'ISO date.' })
  date: string;

  @Field()
  title: string;

  hostOrganizationId: string | null;
}

@ObjectType('StudyVisitTranslation')
export class StudyVisitTranslationType {
  @Field(() => LanguageCodeScalar)
  language: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  purpose: string | null;

  @Field(() => String, { nullable: true })
  learnings: string | null;
}

@ObjectType('StudyVisit', {
  implements: () => [Node],
  description: 'An organization visiting others to learn from them.',
})
export class StudyVisitType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'ISO date.' })
  startDate: string;

  @Field({ description: 'ISO date.' })
  endDate: string;

  @Field(() => ExchangeVisibility)
  visibility: ExchangeVisibility;

  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  purpose: string | null;

  @Field(() => String, { nullable: true, description: 'What was learned (Markdown).' })
  learnings: string | null;

  @Field(() => LanguageCodeScalar)
  language: string;

  @Field(() => LanguageCodeScalar)
  originalLanguage: string;

  @Field(() => [LanguageCodeScalar])
  availableLanguages: string[];

  @Field(() => [StudyVisitItemType], { description: 'The programme, in order.' })
  programme: StudyVisitItemType[];

  ownerOrganizationId: string;
  networkId: string | null;
  fundingProgrammeId: string | null;
}

export const StudyVisitConnection = Connection(StudyVisitType, 'StudyVisit');

@InputType()
export class StudyVisitTextInput {
  @Field(() => String)
  @LanguageCode()
  language: string;

  @Field()
  @Required()
  @Text(300)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(100_000)
  purpose?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(100_000)
  learnings?: string | null;
}

@InputType()
export class StudyVisitItemInput {
  @Field()
  @ISO_DATE
  date: string;

  @Field()
  @Required()
  @Text(300)
  title: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  hostOrganizationId?: string | null;
}

@InputType()
export class StudyVisitDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  startDate?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  endDate?: string;

  @Field(() => ExchangeVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ExchangeVisibility, ruleMessage('invalid'))
  visibility?: ExchangeVisibility;

  @Field(() => ID, { nullable: true, description: 'Network whose members may read it when NETWORK.' })
  @IsOptional()
  @Uuid()
  networkId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  fundingProgrammeId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Other visiting organizations; replaces them when given.',
  })
  @IsOptional()
  @Uuid(true)
  @MaxItems(50)
  visitorOrganizationIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Host organizations (several cities possible); replaces them when given.',
  })
  @IsOptional()
  @Uuid(true)
  @MaxItems(50)
  hostOrganizationIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Host cities where no organization is recorded yet; replaces them when given.',
  })
  @IsOptional()
  @Uuid(true)
  @MaxItems(50)
  hostCityIds?: string[];

  @Field(() => [StudyVisitItemInput], {
    nullable: true,
    description: 'The programme; replaces it when given.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => StudyVisitItemInput)
  @MaxItems(100)
  programme?: StudyVisitItemInput[];

  @Field(() => [ID], { nullable: true, description: 'People who took part; replaces them when given.' })
  @IsOptional()
  @Uuid(true)
  @MaxItems(100)
  participantIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Topics it is about; replaces them when given.' })
  @IsOptional()
  @Uuid(true)
  @MaxItems(20)
  topicIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Practices seen; replaces those the caller may read when given (links to practices the caller may not read stay).',
  })
  @IsOptional()
  @Uuid(true)
  @MaxItems(100)
  relatedPracticeIds?: string[];

  @Field(() => [StudyVisitTextInput], {
    nullable: true,
    description: 'Text per language, added or replaced.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => StudyVisitTextInput)
  @MaxItems(50)
  translations?: StudyVisitTextInput[];

  @Field(() => [String], {
    nullable: true,
    description: 'Languages whose text is removed (never the original).',
  })
  @IsOptional()
  @LanguageCode(true)
  @MaxItems(50)
  removeLanguages?: string[];
}

/** `startDate` and `endDate` are required when creating (checked by the service). */
@InputType()
export class CreateStudyVisitInput extends StudyVisitDetailsInput {
  @Field(() => ID, {
    description: 'The visiting organization that records it; you must be one of its editors.',
  })
  @Uuid()
  organizationId: string;

  @Field(() => StudyVisitTextInput, { description: 'The text in its original language.' })
  @ValidateNested()
  @Type(() => StudyVisitTextInput)
  content: StudyVisitTextInput;
}

@InputType()
export class StudyVisitFilter {
  @Field(() => ID, { nullable: true, description: 'Made within this network.' })
  @IsOptional()
  @Uuid()
  networkId?: string;

  @Field(() => ID, { nullable: true, description: 'Visiting or hosting organization.' })
  @IsOptional()
  @Uuid()
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'A host is in this city.' })
  @IsOptional()
  @Uuid()
  cityId?: string;

  @Field(() => String, { nullable: true, description: 'Ending on or after this ISO date.' })
  @IsOptional()
  @ISO_DATE
  from?: string;

  @Field(() => String, { nullable: true, description: 'Starting on or before this ISO date.' })
  @IsOptional()
  @ISO_DATE
  to?: string;
}

@ObjectType('StudyVisitPayload')
export class StudyVisitPayloadType {
  @Field(() => StudyVisitType)
  studyVisit: StudyVisitType;

  @Field(() => [ContentWarningType])
  warnings: ContentWarningType[];
}
