import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsISO8601, IsOptional, ValidateNested } from 'class-validator';
import { Connection, LanguageCode, MaxItems, Node, Required, ruleMessage, Text, Uuid, WebUrl } from '#core';
import { NetworkRole } from '../entities/enums.js';
import { NameAndDescriptionTranslationInput } from '../shared/translation.types.js';

registerEnumType(NetworkRole, { name: 'NetworkRole' });

@ObjectType('Network', {
  implements: () => [Node],
  description: 'A community of organizations that share practices, e.g. the MMS/TCM network.',
})
export class NetworkType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Official name, in the original language.' })
  officialName: string;

  @Field(() => String, { nullable: true })
  acronym: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  originalLanguage: string;
}

export const NetworkConnection = Connection(NetworkType, 'Network');

@ObjectType('NetworkMembership', { description: "An organization's place in a network." })
export class NetworkMembershipType {
  @Field(() => NetworkRole)
  role: NetworkRole;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  joinedOn: string | null;

  networkId: string;
  organizationId: string;
}

@InputType()
export class CreateNetworkInput {
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
export class UpdateNetworkInput {
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
export class NetworkMemberInput {
  @Field(() => ID)
  @Uuid()
  networkId: string;

  @Field(() => ID)
  @Uuid()
  organizationId: string;

  @Field(() => NetworkRole)
  @IsEnum(NetworkRole, ruleMessage('invalid'))
  role: NetworkRole;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true }, ruleMessage('invalid'))
  joinedOn?: string | null;
}

@InputType()
export class NetworkFilter {
  @Field(() => ID, { nullable: true, description: 'Networks this organization belongs to.' })
  @IsOptional()
  @Uuid()
  organizationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text(100)
  nameContains?: string;
}
