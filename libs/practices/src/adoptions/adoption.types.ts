import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, Matches } from 'class-validator';
import { LanguageCode, LanguageCodeScalar, Node, Required, ruleMessage, Text, Uuid, WebUrl } from '#core';
import { AdoptionStatus, LinkKind } from '../entities/enums.js';

registerEnumType(AdoptionStatus, { name: 'AdoptionStatus' });
registerEnumType(LinkKind, { name: 'LinkKind' });

@ObjectType('PracticeMetric', { description: 'A measured result, e.g. "visitors" 12000 "per year".' })
export class PracticeMetricType {
  @Field()
  name: string;

  @Field({ description: 'Decimal as a string.' })
  value: string;

  @Field(() => String, { nullable: true })
  unit: string | null;
}

@ObjectType('PracticeLink')
export class PracticeLinkType {
  @Field()
  url: string;

  @Field()
  title: string;

  @Field(() => LinkKind)
  kind: LinkKind;

  @Field(() => LanguageCodeScalar, { nullable: true })
  language: string | null;
}

@ObjectType('Adoption', {
  implements: () => [Node],
  description: 'An organization taking up a practice, and how far it got.',
})
export class AdoptionType {
  @Field(() => ID)
  id: string;

  @Field(() => AdoptionStatus)
  status: AdoptionStatus;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  startedOn: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  endedOn: string | null;

  @Field()
  updatedAt: Date;

  practiceId: string;
  organizationId: string;
}

@InputType()
export class PracticeMetricInput {
  @Field()
  @Required()
  @Text(200)
  name: string;

  @Field({ description: 'Decimal, e.g. "12000" or "3.5".' })
  @Matches(/^-?\d{1,14}(\.\d{1,4})?$/, ruleMessage('invalid'))
  value: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(40)
  unit?: string | null;
}

@InputType()
export class PracticeLinkInput {
  @Field()
  @WebUrl()
  @Text(1000)
  url: string;

  @Field()
  @Required()
  @Text(300)
  title: string;

  @Field(() => LinkKind, { defaultValue: LinkKind.WEBSITE })
  @IsEnum(LinkKind, ruleMessage('invalid'))
  kind: LinkKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @LanguageCode()
  language?: string | null;
}

@InputType()
export class RecordAdoptionInput {
  @Field(() => ID)
  @Uuid()
  practiceId: string;

  @Field(() => ID, { description: 'The adopting organization; you must be one of its editors.' })
  @Uuid()
  organizationId: string;

  @Field(() => AdoptionStatus)
  @IsEnum(AdoptionStatus, ruleMessage('invalid'))
  status: AdoptionStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(20000)
  notes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, ruleMessage('invalid'))
  startedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, ruleMessage('invalid'))
  endedOn?: string | null;
}
