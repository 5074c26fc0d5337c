import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { Connection, LanguageCodeScalar, Node, Text, Uuid } from '#core';
import { OrganizationRoleName } from '../entities/user.entity.js';

registerEnumType(OrganizationRoleName, { name: 'OrganizationRole' });

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
