import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import {
  Connection,
  CountryCode,
  LanguageCode,
  Latitude,
  Longitude,
  MaxItems,
  Node,
  Required,
  ruleMessage,
  Text,
  WholeNumber,
} from '#core';
import { LocalizedNameInput } from '../shared/translation.types.js';

@ObjectType('City', { implements: () => [Node] })
export class CityType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The name in the city\'s own language, e.g. "Växjö".' })
  localName: string;

  @Field(() => Int, { nullable: true })
  population: number | null;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  countryCode: string;
  originalLanguage: string;
  /** The caller's name and its language, when a list already picked them. */
  localizedName?: { name: string; language: string };
}

export const CityConnection = Connection(CityType, 'City');

@InputType()
export class CreateCityInput {
  @Field()
  @CountryCode()
  countryCode: string;

  @Field({ description: "The name in the city's own language." })
  @Required()
  @Text(160)
  name: string;

  @Field(() => String, { description: 'Language of `name` (ISO 639-1).' })
  @LanguageCode()
  originalLanguage: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @WholeNumber(0, 100_000_000)
  population?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Latitude()
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Longitude()
  longitude?: number | null;

  @Field(() => [LocalizedNameInput], { nullable: true, description: 'Names in other languages.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => LocalizedNameInput)
  @ArrayMaxSize(100, ruleMessage('max', { max: 100 }))
  names?: LocalizedNameInput[];

  @Field(() => String, { nullable: true, description: 'Stable identifier for imports.' })
  @IsOptional()
  @Text(100)
  externalRef?: string | null;
}

@InputType()
export class UpdateCityInput {
  @Field({ nullable: true })
  @IsOptional()
  @CountryCode()
  countryCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Required()
  @Text(160)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @LanguageCode()
  originalLanguage?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @WholeNumber(0, 100_000_000)
  population?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Latitude()
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Longitude()
  longitude?: number | null;

  @Field(() => [LocalizedNameInput], { nullable: true, description: 'Added or replaced, per language.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => LocalizedNameInput)
  @ArrayMaxSize(100, ruleMessage('max', { max: 100 }))
  names?: LocalizedNameInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @LanguageCode(true)
  @MaxItems(100)
  removeLanguages?: string[];
}

@InputType()
export class CityFilter {
  @Field({ nullable: true })
  @IsOptional()
  @CountryCode()
  countryCode?: string;

  @Field({
    nullable: true,
    description: 'Name in any language contains this text; accents ignored ("Vekse" finds Växjö).',
  })
  @IsOptional()
  @Text(100)
  nameContains?: string;
}
