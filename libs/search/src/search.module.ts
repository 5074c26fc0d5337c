import {
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OnModuleInit,
  type Provider,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthRegistry } from '#core';
import { SearchOutbox } from '#outbox';
import { DocumentLoader, isSearchableType, type SearchSources } from './documents/document-loader.js';
import { SearchEngines } from './engine/search-engines.js';
import { SEARCH_HIT_READERS, type SearchHitReader } from './graphql/search-hit-readers.js';
import { SearchResolver } from './graphql/search.resolver.js';
import { SearchService } from './graphql/search.service.js';
import { SearchHealthIndicator } from './indexing/search-health.js';
import { SearchIndexResolver } from './indexing/search-index.resolver.js';
import { SearchIndexer } from './indexing/search-indexer.js';
import { Reindexer } from './indexing/reindexer.js';
import { SEARCH_CONFIG, type SearchConfig } from './search-config.js';

/**
 * What the composition root gives search: the modules' documents and read rules, and how to read
 * the records hits point to. Search itself imports no module.
 */
export interface SearchModuleOptions {
  /** Search's settings (loadSearchConfig). */
  config: SearchConfig;
  sources: SearchSources;
  /** The modules whose providers the hit readers and field resolvers need. */
  imports: NonNullable<ModuleMetadata['imports']>;
  readers: {
    inject: InjectionToken[];
    useFactory: (...providers: never[]) => SearchHitReader[];
  };
  /** Resolvers of search types' fields that show the modules' records (facets, a hit's entity). */
  resolvers: Provider[];
}

/** Search: the engines, the outbox indexer, the `search` query and the index's health. */
@Module({})
export class SearchModule implements OnModuleInit {
  constructor(
    private readonly registry: HealthRegistry,
    private readonly health: SearchHealthIndicator,
    private readonly outbox: SearchOutbox,
    private readonly loader: DocumentLoader,
  ) {}

  static forRoot(options: SearchModuleOptions): DynamicModule {
    return {
      module: SearchModule,
      imports: options.imports,
      providers: [
        { provide: SEARCH_CONFIG, useValue: options.config },
        { provide: DocumentLoader, useValue: new DocumentLoader(options.sources) },
        {
          provide: SEARCH_HIT_READERS,
          inject: options.readers.inject,
          useFactory: options.readers.useFactory,
        },
        {
          provide: SearchEngines,
          inject: [DataSource, DocumentLoader],
          useFactory: (dataSource: DataSource, loader: DocumentLoader) =>
            SearchEngines.fromConfig(options.config, dataSource, {
              records: loader.sources,
              placeNames: loader.placeNames,
            }),
        },
        SearchIndexer,
        Reindexer,
        SearchHealthIndicator,
        SearchService,
        SearchResolver,
        SearchIndexResolver,
        ...options.resolvers,
      ],
      exports: [SearchEngines, SearchIndexer, Reindexer, DocumentLoader, SearchService, SEARCH_CONFIG],
    };
  }

  onModuleInit(): void {
    this.registry.register('search', () => this.health.engine());
    this.registry.register('searchOutbox', () => this.health.outbox());
    this.outbox.useDependents(
      (em, kind, ids) => this.loader.dependents(em, kind, ids),
      (kind) => isSearchableType(kind),
    );
  }
}
