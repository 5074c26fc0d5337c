import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
  TextItems,
  Uuid,
  WholeNumber,
} from '#core';
import { ExchangeVisibility, MeetingKind } from '../entities/enums.js';

registerEnumType(MeetingKind, { name: 'MeetingKind' });
registerEnumType(ExchangeVisibility, { name: 'ExchangeVisibility' });

const ISO_DATE = IsISO8601({ strict: true }, ruleMessage('invalid'));

@ObjectType('MeetingTranslation')
export class MeetingTranslationType {
  @Field(() => LanguageCodeScalar)
  language: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true })
  decisions: string | null;

  @Field(() => [String], { description: 'Agenda items in order, in this language.' })
  agenda: string[];
}

@ObjectType('Meeting', {
  implements: () => [Node],
  description: 'A network meeting, conference, workshop or webinar, with its notes and decisions.',
})
export class MeetingType {
  @Field(() => ID)
  id: string;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field({ description: 'ISO date.' })
  date: string;

  @Field(() => String, { nullable: true })
  venue: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people attended.' })
  attendeeCount: number | null;

  @Field(() => ExchangeVisibility)
  visibility: ExchangeVisibility;

  @Field(() => Int)
  version: number;

  @Field({ description: 'Title in the returned `language`.' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'A short account of the meeting in the returned `language` (Markdown).',
  })
  summary: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  notes: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  decisions: string | null;

  @Field(() => LanguageCodeScalar)
  language: string;

  @Field(() => LanguageCodeScalar)
  originalLanguage: string;

  @Field(() => [LanguageCodeScalar])
  availableLanguages: string[];

  @Field(() => [String], { description: 'Agenda items, in order, in the returned `language`.' })
  agenda: string[];

  networkId: string;
  hostOrganizationId: string | null;
  cityId: string | null;
}

export const MeetingConnection = Connection(MeetingType, 'Meeting');

@InputType()
export class MeetingTextInput {
  @Field(() => String)
  @LanguageCode()
  language: string;

  @Field()
  @Required()
  @Text(300)
  title: string;

  @Field(() => String, { nullable: true, description: 'Markdown; ranks as a summary in search.' })
  @IsOptional()
  @Text(100_000)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(100_000)
  notes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(100_000)
  decisions?: string | null;

  @Field(() => [String], { nullable: true, description: 'Agenda items in order, in this language.' })
  @IsOptional()
  @TextItems(300)
  @MaxItems(100)
  agenda?: string[];
}

@InputType()
export class MeetingDetailsInput {
  @Field(() => MeetingKind, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingKind, ruleMessage('invalid'))
  kind?: MeetingKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  date?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  hostOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  cityId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(300)
  venue?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @WholeNumber(0, 100_000)
  attendeeCount?: number | null;

  @Field(() => ExchangeVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ExchangeVisibility, ruleMessage('invalid'))
  visibility?: ExchangeVisibility;

  @Field(() => [ID], { nullable: true, description: 'Attending organizations; replaces them when given.' })
  @IsOptional()
  @Uuid(true)
  @MaxItems(200)
  attendeeOrganizationIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Agenda items in order in the original language; replaces them when given.',
    deprecationReason: 'Give the agenda per language, in `content` and `translations`.',
  })
  @IsOptional()
  @TextItems(300)
  @MaxItems(100)
  agenda?: string[];

  @Field(() => [ID], { nullable: true, description: 'Topics it is about; replaces them when given.' })
  @IsOptional()
  @Uuid(true)
  @MaxItems(20)
  topicIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Practices discussed; replaces those the caller may read when given (links to practices the caller may not read stay).',
  })
  @IsOptional()
  @Uuid(true)
  @MaxItems(100)
  relatedPracticeIds?: string[];

  @Field(() => [MeetingTextInput], { nullable: true, description: 'Text per language, added or replaced.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => MeetingTextInput)
  @MaxItems(50)
  translations?: MeetingTextInput[];

  @Field(() => [String], {
    nullable: true,
    description: 'Languages whose text is removed (never the original).',
  })
  @IsOptional()
  @LanguageCode(true)
  @MaxItems(50)
  removeLanguages?: string[];
}

/** `kind` and `date` are required when creating (checked by the service). */
@InputType()
export class CreateMeetingInput extends MeetingDetailsInput {
  @Field(() => ID, { description: 'You must coordinate this network.' })
  @Uuid()
  networkId: string;

  @Field(() => MeetingTextInput, { description: 'The text in its original language.' })
  @ValidateNested()
  @Type(() => MeetingTextInput)
  content: MeetingTextInput;
}

@InputType()
export class MeetingFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  networkId?: string;

  @Field(() => MeetingKind, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingKind, ruleMessage('invalid'))
  kind?: MeetingKind;

  @Field(() => String, { nullable: true, description: 'On or after this ISO date.' })
  @IsOptional()
  @ISO_DATE
  from?: string;

  @Field(() => String, { nullable: true, description: 'On or before this ISO date.' })
  @IsOptional()
  @ISO_DATE
  to?: string;
}

@ObjectType('MeetingPayload')
export class MeetingPayloadType {
  @Field(() => MeetingType)
  meeting: MeetingType;

  @Field(() => [ContentWarningType])
  warnings: ContentWarningType[];
}
