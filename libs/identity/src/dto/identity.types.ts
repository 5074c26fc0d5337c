import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import {
  Connection,
  Email,
  LanguageCode,
  LanguageCodeScalar,
  Node,
  Required,
  ruleMessage,
  Text,
  Uuid,
} from '#core';
import { NetworkType, OrganizationType } from '#directory';
import { OrganizationRoleName } from '../entities/user.entity.js';

registerEnumType(OrganizationRoleName, { name: 'OrganizationRole' });

@ObjectType('OrganizationMembership', { description: "The signed-in member's role in one organization." })
export class OrganizationMembershipType {
  @Field(() => OrganizationType)
  organization: OrganizationType;

  @Field(() => OrganizationRoleName)
  role: OrganizationRoleName;
}

@ObjectType('Me', { description: 'The signed-in member, with what they may do.' })
export class MeType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => LanguageCodeScalar)
  preferredLocale: string;

  @Field({ description: 'Platform administrator.' })
  isAdmin: boolean;

  @Field(() => [OrganizationMembershipType])
  organizations: OrganizationMembershipType[];

  @Field(() => [NetworkType], { description: 'Networks the member coordinates.' })
  coordinatedNetworks: NetworkType[];

  @Field(() => [NetworkType], { description: 'Networks whose member-only content the member can read.' })
  memberNetworks: NetworkType[];
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'Single-use: `refreshSession` returns a new one. Keep it secret.' })
  refreshToken: string;

  @Field()
  refreshTokenExpiresAt: Date;

  @Field(() => ID)
  userId: string;
}

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

@ObjectType('ApiKey', {
  implements: () => [Node],
  description: 'A read-only key for a member-city portal, scoped to one network.',
})
export class ApiKeyType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Public part of the key (`pxk_<prefix>_…`), to recognize it.' })
  prefix: string;

  networkId: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field(() => ApiKeyType)
  apiKey: ApiKeyType;

  @Field({ description: "The whole key. Shown only now: store it in the portal's secrets." })
  secret: string;
}

@InputType()
export class LoginInput {
  @Field()
  @Required()
  @Text(254)
  email: string;

  @Field()
  @Required()
  @Text(200)
  password: string;
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

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID)
  @Uuid()
  networkId: string;

  @Field({ description: 'What the key is for, e.g. "Velenje city portal".' })
  @Required()
  @Text(120)
  name: string;
}

@ObjectType('Member', {
  implements: () => [Node],
  description: 'A member account, as administrators see it.',
})
export class MemberType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => LanguageCodeScalar)
  preferredLocale: string;

  @Field()
  isAdmin: boolean;

  @Field(() => Date, { nullable: true, description: 'Set when the account is disabled.' })
  disabledAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field()
  createdAt: Date;
}

export const MemberConnection = Connection(MemberType, 'Member');

@InputType()
export class MemberFilter {
  @Field(() => ID, { nullable: true, description: 'Members with a role in this organization.' })
  @IsOptional()
  @Uuid()
  organizationId?: string;

  @Field({ nullable: true, description: 'Email or name contains this text.' })
  @IsOptional()
  @Text(100)
  contains?: string;
}
