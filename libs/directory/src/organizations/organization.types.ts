import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import {
  Connection,
  CountryCode,
  LanguageCode,
  MaxItems,
  Node,
  Required,
  ruleMessage,
  Text,
  Uuid,
  WebUrl,
} from '#core';
import { OrganizationKind } from '../entities/enums.js';
import { NameAndDescriptionTranslationInput } from '../shared/translation.types.js';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

@ObjectType('Organization', {
  implements: () => [Node],
  description: 'A municipality, agency, tourism board, chamber, university, NGO...',
})
export class OrganizationType {
  @Field(() => ID)
  id: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field({ description: "Official name, in the organization's default language." })
  officialName: string;

  @Field(() => String, { nullable: true, description: 'e.g. "GZS", "ALMI".' })
  acronym: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  cityId: string | null;
  defaultLanguage: string;
  /** The caller's name and its language, when a list already picked them. */
  localizedName?: { name: string; language: string };
}

export const OrganizationConnection = Connection(OrganizationType, 'Organization');

const TRANSLATIONS_MAX = ArrayMaxSize(100, ruleMessage('max', { max: 100 }));

@InputType()
export class CreateOrganizationInput {
  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind, ruleMessage('invalid'))
  kind: OrganizationKind;

  @Field({ description: 'Official name, in the default language.' })
  @Required()
  @Text(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(32)
  acronym?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  cityId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WebUrl()
  @Text(500)
  website?: string | null;

  @Field(() => String, { description: 'Language of the official name (ISO 639-1).' })
  @LanguageCode()
  defaultLanguage: string;

  @Field(() => [ID], { nullable: true, description: 'Topics the organization works on.' })
  @IsOptional()
  @Uuid(true)
  @MaxItems(50)
  topicIds?: string[];

  @Field(() => [NameAndDescriptionTranslationInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => NameAndDescriptionTranslationInput)
  @TRANSLATIONS_MAX
  translations?: NameAndDescriptionTranslationInput[];

  @Field(() => String, { nullable: true, description: 'Stable identifier for imports.' })
  @IsOptional()
  @Text(100)
  externalRef?: string | null;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind, ruleMessage('invalid'))
  kind?: OrganizationKind;

  @Field({ nullable: true })
  @IsOptional()
  @Required()
  @Text(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(32)
  acronym?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  cityId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WebUrl()
  @Text(500)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @LanguageCode()
  defaultLanguage?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the topic list when given.' })
  @IsOptional()
  @Uuid(true)
  @MaxItems(50)
  topicIds?: string[];

  @Field(() => [NameAndDescriptionTranslationInput], {
    nullable: true,
    description: 'Added or replaced, per language.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => NameAndDescriptionTranslationInput)
  @TRANSLATIONS_MAX
  translations?: NameAndDescriptionTranslationInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @LanguageCode(true)
  @MaxItems(100)
  removeLanguages?: string[];
}

@InputType()
export class OrganizationFilter {
  @Field({ nullable: true })
  @IsOptional()
  @CountryCode()
  countryCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  cityId?: string;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind, ruleMessage('invalid'))
  kind?: OrganizationKind;

  @Field(() => ID, { nullable: true, description: 'Members of this network.' })
  @IsOptional()
  @Uuid()
  networkId?: string;

  @Field(() => ID, { nullable: true, description: 'Working on this topic.' })
  @IsOptional()
  @Uuid()
  topicId?: string;

  @Field({
    nullable: true,
    description: 'Name, acronym or a translated name contains this text; accents ignored.',
  })
  @IsOptional()
  @Text(100)
  nameContains?: string;
}
