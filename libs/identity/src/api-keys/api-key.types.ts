import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Node, Required, Text, Uuid } from '#core';

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
export class CreateApiKeyInput {
  @Field(() => ID)
  @Uuid()
  networkId: string;

  @Field({ description: 'What the key is for, e.g. "Velenje city portal".' })
  @Required()
  @Text(120)
  name: string;
}
