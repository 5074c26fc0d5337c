import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from 'class-validator';
import { Connection, CountryCode, LanguageCode, MaxItems, Node, Text, ruleMessage } from '#core';
import { LocalizedNameInput } from '../shared/translation.types.js';

@ObjectType('Country', {
  description: 'A country (ISO 3166-1) with its name in many languages.',
  implements: () => [Node],
})
export class CountryType {
  @Field(() => ID, { description: 'Global id: "Country:" and the code, e.g. "Country:LT".' })
  id: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. "LT".' })
  code: string;
}

/** A country as GraphQL shows it; its id is typed because its key, the code, is not a UUID. */
export const toCountryType = (country: { code: string }): CountryType => ({
  id: `Country:${country.code}`,
  code: country.code,
});

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
