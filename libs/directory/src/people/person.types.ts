import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, Matches, ValidateNested } from 'class-validator';
import {
  Connection,
  Email,
  LanguageCode,
  LanguageCodeScalar,
  MaxItems,
  Node,
  Required,
  ruleMessage,
  Text,
  Uuid,
} from '#core';

@ObjectType('PersonRole')
export class PersonRoleType {
  @Field(() => LanguageCodeScalar)
  language: string;

  @Field()
  role: string;
}

@ObjectType('Person', {
  implements: () => [Node],
  description: 'A contact person, with a public role. Email and phone are for members only.',
})
export class PersonType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  organizationId: string | null;
  originalLanguage: string;
  /** Present only when the caller may see contact details (mapped by the resolver). */
  email: string | null;
  phone: string | null;
}

export const PersonConnection = Connection(PersonType, 'Person');

@InputType()
export class PersonRoleInput {
  @Field(() => String)
  @LanguageCode()
  language: string;

  @Field()
  @Required()
  @Text(200)
  role: string;
}

const PHONE = Matches(/^\+?[0-9 ()./-]{5,40}$/, ruleMessage('invalid'));

@InputType()
export class CreatePersonInput {
  @Field()
  @Required()
  @Text(160)
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Email()
  @Text(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PHONE
  phone?: string | null;

  @Field(() => String, { description: 'Language the roles were first written in.' })
  @LanguageCode()
  originalLanguage: string;

  @Field(() => [PersonRoleInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PersonRoleInput)
  @ArrayMaxSize(100, ruleMessage('max', { max: 100 }))
  roles?: PersonRoleInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(100)
  externalRef?: string | null;
}

@InputType()
export class UpdatePersonInput {
  @Field({ nullable: true })
  @IsOptional()
  @Required()
  @Text(160)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Email()
  @Text(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PHONE
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @LanguageCode()
  originalLanguage?: string;

  @Field(() => [PersonRoleInput], { nullable: true, description: 'Added or replaced, per language.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PersonRoleInput)
  @ArrayMaxSize(100, ruleMessage('max', { max: 100 }))
  roles?: PersonRoleInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @LanguageCode(true)
  @MaxItems(100)
  removeLanguages?: string[];
}

@InputType()
export class PersonFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  organizationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text(100)
  nameContains?: string;
}
