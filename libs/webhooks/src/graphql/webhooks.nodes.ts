import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '#core';
import { WebhooksService } from '../webhooks.service.js';
import { toWebhookType } from './webhooks.resolver.js';

/** Webhooks for `node`: read by their network's coordinators and admins, as `webhooks` is. */
@Injectable()
export class WebhooksNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly webhooks: WebhooksService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      typename: 'Webhook',
      key: { kind: 'uuid', table: 'webhook' },
      load: async (ctx, ids) =>
        new Map((await this.webhooks.readable(ctx, ids)).map((w) => [w.id, toWebhookType(w)])),
    });
  }
}
