import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from 'class-validator';
import { Connection, CountryCode, LanguageCode, MaxItems, Text, ruleMessage } from '#core';
import { LocalizedNameInput } from '../shared/translation.types.js';

@ObjectType('Country', { description: 'A country (ISO 3166-1) with its name in many languages.' })
export class CountryType {
  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. "LT".' })
  code: string;
}

export const CountryConnection = Connection(CountryType, 'Country');

@InputType()
export class CreateCountryInput {
  @Field()
  @CountryCode()
  code: string;

  @Field(() => [LocalizedNameInput])
  @ValidateNested({ each: true })
  @Type(() => LocalizedNameInput)
  @ArrayMinSize(1, ruleMessage('translationRequired'))
  @ArrayMaxSize(100, ruleMessage('max', { max: 100 }))
  names: LocalizedNameInput[];
}

@InputType()
export class UpdateCountryInput {
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
export class CountryFilter {
  @Field({ nullable: true, description: 'Name in any language contains this text; accents ignored.' })
  @IsOptional()
  @Text(100)
  nameContains?: string;
}
