import { Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, HealthRegistry, SearchOutbox, type AppConfig } from '#core';
import { DirectoryModule } from '#directory';
import { ExchangesModule } from '#exchanges';
import { PracticesModule } from '#practices';
import { TaxonomyModule } from '#taxonomy';
import { DocumentLoader } from './documents/document-loader.js';
import { SearchEngines } from './engine/search-engines.js';
import { dependentsOf } from './indexing/dependents.js';
import { SearchHealthIndicator } from './indexing/search-health.js';
import { SearchIndexResolver } from './indexing/search-index.resolver.js';
import { SearchIndexer } from './indexing/search-indexer.js';
import { Reindexer } from './indexing/reindexer.js';
import {
  CityFacetResolver,
  NetworkFacetResolver,
  SearchResolver,
  TopicFacetResolver,
} from './graphql/search.resolver.js';
import { SearchService } from './graphql/search.service.js';

/** Search: the engines, the outbox indexer, the `search` query and the index's health. */
@Module({
  imports: [DirectoryModule, TaxonomyModule, PracticesModule, ExchangesModule],
  providers: [
    {
      provide: SearchEngines,
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) =>
        SearchEngines.fromConfig(config.search, dataSource),
    },
    DocumentLoader,
    SearchIndexer,
    Reindexer,
    SearchHealthIndicator,
    SearchService,
    SearchResolver,
    CityFacetResolver,
    TopicFacetResolver,
    NetworkFacetResolver,
    SearchIndexResolver,
  ],
  exports: [SearchEngines, SearchIndexer, Reindexer],
})
export class SearchModule implements OnModuleInit {
  constructor(
    private readonly registry: HealthRegistry,
    private readonly health: SearchHealthIndicator,
    private readonly outbox: SearchOutbox,
  ) {}

  onModuleInit(): void {
    this.registry.register('search', () => this.health.engine());
    this.registry.register('searchOutbox', () => this.health.outbox());
    this.outbox.useDependents(dependentsOf);
  }
}
