import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { Connection } from '../pagination/connection.types.js';
import { JSONObjectScalar } from '../graphql/scalars.js';
import { Text } from '../validation/rules.js';
import { Uuid } from '../validation/rules.js';

@ObjectType('AuditEvent', { description: 'One change: who, when, what.' })
export class AuditEventType {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field({ description: 'user, api-key, operator or anonymous.' })
  actorKind: string;

  @Field(() => ID, { nullable: true, description: 'The member (or API key) who made the change.' })
  actorId: string | null;

  @Field()
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field({ description: 'e.g. create, update, saveTranslation, publish.' })
  action: string;

  @Field(() => JSONObjectScalar, { description: 'Changed fields as { field: { from, to } }.' })
  changes: Record<string, unknown>;
}

export const AuditEventConnection = Connection(AuditEventType, 'AuditEvent');

@ArgsType()
export class AuditFilterArgs {
  @Field({ nullable: true, description: 'e.g. "Practice".' })
  @IsOptional()
  @Text(40)
  entityType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  entityId?: string;
}
