import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { assertId, mapConnection, type ConnectionResult, type RequestContext } from '#core';
import { WebhooksService } from '../webhooks.service.js';
import type { Webhook, WebhookDelivery } from '../webhook.entity.js';
import {
  CreateWebhookInput,
  CreateWebhookPayload,
  RotateWebhookSecretPayload,
  UpdateWebhookInput,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookType,
  type WebhookDeliveryType,
  type WebhookEvent,
} from './webhook.types.js';

export const toWebhookType = (w: Webhook): WebhookType => ({
  id: w.id,
  url: w.url,
  events: w.events as WebhookEvent[],
  topicIds: w.topicIds,
  enabled: w.disabledAt === null,
  disabledAt: w.disabledAt,
  disabledReason: w.disabledReason,
  createdAt: w.createdAt,
});

const toDeliveryType = (d: WebhookDelivery): WebhookDeliveryType => ({
  id: d.id,
  event: d.eventType as WebhookEvent,
  status: d.status,
  attempts: d.attempts,
  statusCode: d.lastStatusCode,
  durationMs: d.lastDurationMs,
  nextAttemptAt: d.status === 'PENDING' ? d.nextAttemptAt : null,
  error: d.lastError,
  deliveredAt: d.deliveredAt,
  createdAt: d.createdAt,
});

@Resolver()
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Query(() => [WebhookType], { description: "A network's webhooks (its coordinators and admins)." })
  async webhooks(
    @Context() ctx: RequestContext,
    @Args('networkId', { type: () => ID }) networkId: string,
  ): Promise<WebhookType[]> {
    return (await this.service.list(ctx, assertId(networkId, 'networkId'))).map(toWebhookType);
  }

  @Query(() => WebhookDeliveryConnection, { description: "A webhook's deliveries, oldest first." })
  async webhookDeliveries(
    @Context() ctx: RequestContext,
    @Args() args: WebhookDeliveriesArgs,
  ): Promise<ConnectionResult<WebhookDeliveryType>> {
    return mapConnection(await this.service.deliveries(ctx, args.webhookId, args), toDeliveryType);
  }

  @Mutation(() => CreateWebhookPayload, {
    description: 'Subscribes a URL to events of a network; the signing secret is shown once.',
  })
  async createWebhook(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateWebhookInput,
  ): Promise<CreateWebhookPayload> {
    const { webhook, secret } = await this.service.create(ctx, input);
    return { webhook: toWebhookType(webhook), secret };
  }

  @Mutation(() => WebhookType)
  async updateWebhook(
    @Context() ctx: RequestContext,
    @Args('input') input: UpdateWebhookInput,
  ): Promise<WebhookType> {
    const { id, ...changes } = input;
    return toWebhookType(await this.service.update(ctx, id, changes));
  }

  @Mutation(() => WebhookType, { description: 'Deletes a webhook and its delivery history.' })
  async deleteWebhook(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WebhookType> {
    return toWebhookType(await this.service.delete(ctx, assertId(id)));
  }

  @Mutation(() => RotateWebhookSecretPayload, { description: 'A new signing secret, shown once.' })
  async rotateWebhookSecret(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RotateWebhookSecretPayload> {
    const { webhook, secret } = await this.service.rotateSecret(ctx, assertId(id));
    return { webhook: toWebhookType(webhook), secret };
  }
}
