import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional } from 'class-validator';
import { Connection, Node, Required, ruleMessage, Text, Uuid } from '#core';
import { ActionItemStatus } from '../entities/enums.js';

registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
const ISO_DATE = IsISO8601({ strict: true }, ruleMessage('invalid'));

@ObjectType('ActionItem', {
  implements: () => [Node],
  description: 'A follow-up from a meeting or a study visit.',
})
export class ActionItemType {
  @Field(() => ID)
  id: string;

  @Field()
  description: string;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  dueDate: string | null;

  @Field(() => ActionItemStatus)
  status: ActionItemStatus;

  @Field({ description: 'Still OPEN after its due date.' })
  overdue: boolean;

  @Field(() => Int, { description: 'Give it back as expectedVersion when changing the item.' })
  version: number;

  @Field()
  updatedAt: Date;

  meetingId: string | null;
  studyVisitId: string | null;
  ownerOrganizationId: string | null;
  ownerPersonId: string | null;
}

export const ActionItemConnection = Connection(ActionItemType, 'ActionItem');

@InputType()
export class ActionItemInput {
  @Field(() => ID, { nullable: true, description: 'The meeting it follows from (or give studyVisitId).' })
  @IsOptional()
  @Uuid()
  meetingId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  studyVisitId?: string;

  @Field()
  @Required()
  @Text(2000)
  description: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  ownerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  ownerPersonId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  dueDate?: string | null;
}

@InputType()
export class UpdateActionItemInput {
  @Field({ nullable: true })
  @IsOptional()
  @Required()
  @Text(2000)
  description?: string;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus, ruleMessage('invalid'))
  status?: ActionItemStatus;

  @Field(() => String, { nullable: true, description: 'ISO date; null clears it.' })
  @IsOptional()
  @ISO_DATE
  dueDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization that owns it; null clears it.' })
  @IsOptional()
  @Uuid()
  ownerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who owns it; null clears it.' })
  @IsOptional()
  @Uuid()
  ownerPersonId?: string | null;
}

@InputType()
export class ActionItemFilter {
  @Field(() => ID, { nullable: true, description: 'From meetings of, or visits shared with, this network.' })
  @IsOptional()
  @Uuid()
  networkId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Uuid()
  ownerOrganizationId?: string;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus, ruleMessage('invalid'))
  status?: ActionItemStatus;

  @Field({
    nullable: true,
    description: 'Only OPEN items past their due date ("what is overdue in my network").',
  })
  @IsOptional()
  overdue?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ISO_DATE
  dueBefore?: string;
}
