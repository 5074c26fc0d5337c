import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional } from 'class-validator';
import { Connection, CountryCode, LanguageCode, LanguageCodeScalar, Node, ruleMessage, Uuid } from '#core';
import type { CityType, OrganizationType } from '#directory';
import type { TopicType } from '#taxonomy';
import { AdoptionStatus, PracticeSort, PracticeStatus, Visibility } from '../entities/enums.js';

registerEnumType(PracticeStatus, { name: 'PracticeStatus' });
registerEnumType(Visibility, { name: 'Visibility' });
registerEnumType(PracticeSort, { name: 'PracticeSort' });

@ObjectType('Money')
export class MoneyType {
  @Field({ description: 'Decimal amount as a string, e.g. "10000.00" (never a float).' })
  amount: string;

  @Field({ description: 'ISO 4217 currency code.' })
  currency: string;
}

@ObjectType('PracticeTranslation')
export class PracticeTranslationType {
  @Field(() => LanguageCodeScalar)
  language: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true })
  challenge: string | null;

  @Field(() => String, { nullable: true })
  solution: string | null;

  @Field(() => String, { nullable: true })
  results: string | null;

  @Field(() => String, { nullable: true, description: 'What did not work.' })
  lessonsLearned: string | null;

  @Field(() => String, { nullable: true })
  transferability: string | null;
}

@ObjectType('Practice', {
  implements: () => [Node],
  description: 'A good practice (case study) an organization shares.',
})
export class PracticeType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Title in the returned `language`.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Summary (Markdown) in the returned `language`.' })
  summary: string | null;

  @Field(() => LanguageCodeScalar, { description: 'Language the text is returned in (after fallback).' })
  language: string;

  @Field(() => LanguageCodeScalar)
  originalLanguage: string;

  @Field(() => [LanguageCodeScalar])
  availableLanguages: string[];

  @Field(() => PracticeStatus)
  status: PracticeStatus;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  periodEnd: string | null;

  @Field(() => MoneyType, { nullable: true })
  budget: MoneyType | null;

  @Field(() => String, { nullable: true })
  sourceUrl: string | null;

  @Field(() => Int, { description: 'Increases with every change; send it back when updating.' })
  version: number;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  ownerOrganizationId: string;
  cityId: string | null;
  fundingProgrammeId: string | null;
  /** Set by lists: the owner, city and topics, already read and localized. */
  related?: { organization: OrganizationType; city: CityType | null; topics: TopicType[] };
}

export const PracticeConnection = Connection(PracticeType, 'Practice');

@InputType()
export class PracticeFilter {
  @Field(() => ID, { nullable: true, description: 'Tagged with this topic.' })
  @IsOptional()
  @Uuid()
  topicId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @CountryCode()
  countryCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  cityId?: string;

  @Field(() => ID, { nullable: true, description: 'Owned by this organization.' })
  @IsOptional()
  @Uuid()
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Shared with this network.' })
  @IsOptional()
  @Uuid()
  networkId?: string;

  @Field(() => String, { nullable: true, description: 'Available in this language.' })
  @IsOptional()
  @LanguageCode()
  language?: string;

  @Field(() => PracticeStatus, {
    nullable: true,
    description: 'Only in this status (among those you may read).',
  })
  @IsOptional()
  @IsEnum(PracticeStatus, ruleMessage('invalid'))
  status?: PracticeStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Running on or after this ISO date (period overlaps).',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, ruleMessage('invalid'))
  periodFrom?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Running on or before this ISO date (period overlaps).',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, ruleMessage('invalid'))
  periodTo?: string;

  @Field(() => AdoptionStatus, {
    nullable: true,
    description: 'Adopted by at least one organization with this status.',
  })
  @IsOptional()
  @IsEnum(AdoptionStatus, ruleMessage('invalid'))
  adoptionStatus?: AdoptionStatus;
}
