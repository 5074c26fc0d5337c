import { SearchOutbox } from '#outbox';
import type { DataSource } from 'typeorm';
import { DocumentLoader, type SearchSources } from '../documents/document-loader.js';
import { SearchEngines } from '../engine/search-engines.js';
import type { SearchConfig } from '../search-config.js';
import { Reindexer } from './reindexer.js';
import { SearchIndexer } from './search-indexer.js';

/**
 * The indexer and reindexer without the HTTP application: for apps/worker and `npm run reindex`.
 * Same classes as inside the API, wired by hand (they need nothing else).
 */
export function standaloneSearch(config: SearchConfig, dataSource: DataSource, sources: SearchSources) {
  const loader = new DocumentLoader(sources);
  const engines = SearchEngines.fromConfig(config, dataSource, {
    records: loader.sources,
    placeNames: loader.placeNames,
  });
  return {
    engines,
    indexer: new SearchIndexer(dataSource, new SearchOutbox(), engines, loader, config),
    reindexer: new Reindexer(dataSource, engines, loader),
  };
}
