import { type DynamicModule, Module } from '@nestjs/common';
import { databaseDefinition, searchSources, webhookSources } from '#composition';
import { CoreModule, loadSubscriptionConfig, type AppConfig, type SubscriptionConfig } from '#core';
import { DemoDataModule } from '#demo-data';
import { DirectoryModule } from '#directory';
import { ExchangesModule } from '#exchanges';
import { IdentityModule } from '#identity';
import { PracticesModule } from '#practices';
import { SearchModule, type SearchConfig } from '#search';
import { TaxonomyModule } from '#taxonomy';
import { WebModule } from '#web';
import { WebhooksModule, type WebhookConfig } from '#webhooks';
import { SEARCH_FIELD_RESOLVERS } from './search-wiring/search-field.resolvers.js';
import { searchHitReaders } from './search-wiring/search-hit-readers.js';
import { ApiSubscriptionsModule } from './subscriptions/api-subscriptions.module.js';

/** The API: core infrastructure plus one module per bounded area. */
@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    search: SearchConfig,
    webhooks: WebhookConfig,
    subscriptions: SubscriptionConfig = loadSubscriptionConfig(),
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, databaseDefinition),
        IdentityModule,
        TaxonomyModule,
        DirectoryModule,
        PracticesModule,
        ExchangesModule,
        SearchModule.forRoot({
          config: search,
          sources: searchSources,
          imports: [DirectoryModule, TaxonomyModule, PracticesModule, ExchangesModule],
          readers: searchHitReaders,
          resolvers: SEARCH_FIELD_RESOLVERS,
        }),
        WebhooksModule.forRoot({ config: webhooks, sources: webhookSources }),
        DemoDataModule,
        WebModule,
        ApiSubscriptionsModule.forRoot(subscriptions),
      ],
    };
  }
}

/** Moved to #composition; re-exported while callers move over. */
export { databaseDefinition } from '#composition';
