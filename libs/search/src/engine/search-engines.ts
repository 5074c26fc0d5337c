import type { SearchConfig } from '../search-config.js';
import type { DataSource } from 'typeorm';
import { MeilisearchEngine } from '../engines/meilisearch/meilisearch.engine.js';
import { PostgresSearchEngine } from '../engines/postgres/postgres-search.engine.js';
import type { EngineSources } from '../engines/postgres/postgres-search.engine.js';
import type { SearchEngine } from './search-engine.js';

/**
 * The engines of this process, chosen by configuration. The postgres index is always kept: it is
 * the default engine, and the fallback that answers when a configured Meilisearch is unreachable.
 */
export class SearchEngines {
  constructor(
    readonly primary: SearchEngine,
    readonly fallback: SearchEngine | null,
  ) {}

  /**
   * Work an engine does once before its first search, started by the process at start-up so that
   * no request waits for it (the postgres engine stores the field vocabulary's terms). Resolves
   * when done; a failure is left to the first search, which tries again.
   */
  async prepare(): Promise<void> {
    await Promise.all(
      this.all.map((engine) =>
        engine instanceof PostgresSearchEngine ? engine.prepare().catch(() => undefined) : undefined,
      ),
    );
  }

  /** Every engine the indexer writes to. */
  get all(): SearchEngine[] {
    return this.fallback ? [this.fallback, this.primary] : [this.primary];
  }

  static fromConfig(config: SearchConfig, dataSource: DataSource, sources: EngineSources): SearchEngines {
    const postgres = new PostgresSearchEngine(dataSource, sources);
    if (config.engine === 'meilisearch' && config.meilisearch) {
      return new SearchEngines(new MeilisearchEngine(config.meilisearch), postgres);
    }
    return new SearchEngines(postgres, null);
  }
}
