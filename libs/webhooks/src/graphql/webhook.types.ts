import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMinSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString } from 'class-validator';
import { Connection, MaxItems, Node, PageArgs, Required, ruleMessage, Uuid } from '#core';
import { WebhookDeliveryStatus } from '../webhook.entity.js';

/** The events a webhook may subscribe to; the values are the `type` its bodies carry. */
export enum WebhookEvent {
  PRACTICE_PUBLISHED = 'practice.published',
  PRACTICE_UPDATED = 'practice.updated',
  PRACTICE_ARCHIVED = 'practice.archived',
  MEETING_CREATED = 'meeting.created',
  MEETING_UPDATED = 'meeting.updated',
  STUDY_VISIT_CREATED = 'studyVisit.created',
  STUDY_VISIT_UPDATED = 'studyVisit.updated',
  ACTION_ITEM_OVERDUE = 'actionItem.overdue',
}
registerEnumType(WebhookEvent, { name: 'WebhookEvent', description: 'What a webhook is told about.' });
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

const MAX_TOPICS = 50;

@ObjectType('Webhook', {
  implements: () => [Node],
  description: "A network's webhook (its coordinators and admins see it).",
})
export class WebhookType {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => [WebhookEvent])
  events: WebhookEvent[];

  @Field(() => [ID], { description: 'Only records with one of these topics; empty: all.' })
  topicIds: string[];

  @Field({ description: 'False once deliveries failed for the whole retry window (see disabledReason).' })
  enabled: boolean;

  @Field(() => Date, { nullable: true })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true })
  disabledReason: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('CreateWebhookPayload')
export class CreateWebhookPayload {
  @Field(() => WebhookType)
  webhook: WebhookType;

  @Field({ description: 'The signing secret (whsec_…): shown this once, never again.' })
  secret: string;
}

@ObjectType('RotateWebhookSecretPayload')
export class RotateWebhookSecretPayload {
  @Field(() => WebhookType)
  webhook: WebhookType;

  @Field({ description: 'The new signing secret: shown this once; the old one stops at once.' })
  secret: string;
}

@ObjectType('WebhookDelivery', { description: 'One event sent (or being sent) to a webhook.' })
export class WebhookDeliveryType {
  @Field(() => ID)
  id: string;

  @Field(() => WebhookEvent)
  event: WebhookEvent;

  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status of the latest attempt." })
  statusCode: number | null;

  @Field(() => Int, { nullable: true, description: 'How long the latest attempt took, in milliseconds.' })
  durationMs: number | null;

  @Field(() => Date, { nullable: true, description: 'When it is tried again (while PENDING).' })
  nextAttemptAt: Date | null;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field()
  createdAt: Date;
}

export const WebhookDeliveryConnection = Connection(WebhookDeliveryType, 'WebhookDelivery');

@InputType()
export class CreateWebhookInput {
  @Field(() => ID)
  @Uuid()
  networkId: string;

  @Field({ description: 'https:// address receiving the POSTs.' })
  @Required()
  @IsString(ruleMessage('invalid'))
  url: string;

  @Field(() => [WebhookEvent])
  @IsArray(ruleMessage('invalid'))
  @ArrayMinSize(1, ruleMessage('notEmpty'))
  @IsEnum(WebhookEvent, { each: true, ...ruleMessage('invalid') })
  events: WebhookEvent[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @MaxItems(MAX_TOPICS)
  @Uuid(true)
  topicIds?: string[];
}

@InputType()
export class UpdateWebhookInput {
  @Field(() => ID)
  @Uuid()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString(ruleMessage('invalid'))
  url?: string;

  @Field(() => [WebhookEvent], { nullable: true })
  @IsOptional()
  @IsArray(ruleMessage('invalid'))
  @ArrayMinSize(1, ruleMessage('notEmpty'))
  @IsEnum(WebhookEvent, { each: true, ...ruleMessage('invalid') })
  events?: WebhookEvent[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @MaxItems(MAX_TOPICS)
  @Uuid(true)
  topicIds?: string[];

  @Field({ nullable: true, description: 'true re-enables a disabled webhook; false disables it.' })
  @IsOptional()
  @IsBoolean(ruleMessage('invalid'))
  enabled?: boolean;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID)
  @Uuid()
  webhookId: string;
}
