// Webhooks: networks' subscriptions to change events, signed (Standard Webhooks) and delivered by
// the worker(s) or the API's own runner. Imports core and the outbox; the modules' records reach
// it through the composition root (WebhookSources).
export * from './webhook.entity.js';
export * from './webhook-config.js';
export * from './webhook-tokens.js';
export * from './secret-box.js';
export * from './delivery/target-address.js';
export * from './delivery/http-post.js';
export * from './delivery/record-views.js';
export * from './delivery/dispatcher.js';
export * from './delivery/deliverer.js';
export * from './delivery/webhook-runner.js';
export * from './delivery/change-listener.js';
export * from './graphql/webhook.types.js';
export * from './webhooks.service.js';
export * from './webhooks.module.js';
export * from './migrations/1765100000000-webhooks.js';
import { Webhook, WebhookDelivery } from './webhook.entity.js';
import { Webhooks1765100000000 } from './migrations/1765100000000-webhooks.js';

export const webhooksEntities = [Webhook, WebhookDelivery];
export const webhooksMigrations = [Webhooks1765100000000];
