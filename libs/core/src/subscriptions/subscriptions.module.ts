import { type DynamicModule, Module } from '@nestjs/common';
import { I18nModule } from '../i18n/i18n.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { ChangeEventFeed } from './change-event-feed.js';
import { SUBSCRIPTION_CONFIG, type SubscriptionConfig } from './subscription-config.js';
import { SubscriptionServer } from './subscription-server.js';

/**
 * GraphQL subscriptions: the WebSocket transport on the API's HTTP server and the process's one
 * feed of change events. The API's subscription resolvers (apps/api) listen to the feed; only
 * the API loads this (the worker serves no clients).
 */
@Module({})
export class SubscriptionsModule {
  static forRoot(config: SubscriptionConfig): DynamicModule {
    return {
      module: SubscriptionsModule,
      imports: [I18nModule, MetricsModule],
      providers: [{ provide: SUBSCRIPTION_CONFIG, useValue: config }, ChangeEventFeed, SubscriptionServer],
      exports: [SUBSCRIPTION_CONFIG, ChangeEventFeed, SubscriptionServer],
    };
  }
}
