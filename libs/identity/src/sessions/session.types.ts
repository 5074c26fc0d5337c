import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { LanguageCodeScalar, Required, Text } from '#core';
import { NetworkType, OrganizationType } from '#directory';
import { OrganizationRoleName } from '../entities/user.entity.js';
import '../members/member.types.js'; // registers the OrganizationRole enum

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
