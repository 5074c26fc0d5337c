import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { Email, LanguageCode, Required, ruleMessage, Text, Uuid } from '#core';
import { OrganizationRoleName } from '../entities/user.entity.js';
import '../members/member.types.js'; // registers the OrganizationRole enum

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => OrganizationRoleName)
  role: OrganizationRoleName;

  @Field()
  expiresAt: Date;
}

@InputType()
export class InviteMemberInput {
  @Field()
  @Email()
  @Text(254)
  email: string;

  @Field(() => ID)
  @Uuid()
  organizationId: string;

  @Field(() => OrganizationRoleName)
  @IsEnum(OrganizationRoleName, ruleMessage('invalid'))
  role: OrganizationRoleName;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @Required()
  @Text(200)
  token: string;

  @Field()
  @Required()
  @Text(160)
  displayName: string;

  @Field({
    description:
      "For a new account its password (at least 10 characters); when the email already has an account, that account's password.",
  })
  @Text(200)
  password: string;

  @Field(() => String, { nullable: true, defaultValue: 'en' })
  @IsOptional()
  @LanguageCode()
  preferredLocale?: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @Required()
  @Text(200)
  token: string;

  @Field()
  @Text(200)
  newPassword: string;
}
