import { type DynamicModule, Module } from '@nestjs/common';
import { SubscriptionsModule, type SubscriptionConfig } from '#core';
import { ChangeSubscriptionsResolver } from './change-subscriptions.resolver.js';

/** The API's subscriptions: core's transport and feed, and the fields portals subscribe to. */
@Module({})
export class ApiSubscriptionsModule {
  static forRoot(config: SubscriptionConfig): DynamicModule {
    return {
      module: ApiSubscriptionsModule,
      imports: [SubscriptionsModule.forRoot(config)],
      providers: [ChangeSubscriptionsResolver],
    };
  }
}
