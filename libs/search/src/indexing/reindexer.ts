import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DocumentLoader } from '../documents/document-loader.js';
import { SEARCHABLE_TABLES } from '../documents/searchable-tables.js';
import { SEARCHABLE_TYPES, type IndexEntry } from '../engine/search-engine.js';
import { SearchEngines } from '../engine/search-engines.js';

const BATCH = 500;

/** `npm run reindex`: every engine's index rebuilt from the database, swapped in at once. */
@Injectable()
export class Reindexer {
  private readonly logger = new Logger('Reindexer');

  constructor(
    private readonly dataSource: DataSource,
    private readonly engines: SearchEngines,
    private readonly loader: DocumentLoader,
  ) {}

  async reindexAll(): Promise<{ engine: string; documents: number }[]> {
    const synonyms = await this.synonyms();
    const results: { engine: string; documents: number }[] = [];
    for (const engine of this.engines.all) {
      const started = performance.now();
      const { documents } = await engine.reindex({ batches: this.batches(), synonyms });
      this.logger.log(
        `${engine.name}: ${documents} documents in ${Math.round(performance.now() - started)} ms`,
      );
      results.push({ engine: engine.name, documents });
    }
    return results;
  }

  /** Every record, kind by kind, in id order (keyset), a batch at a time. */
  private async *batches(): AsyncGenerator<IndexEntry[]> {
    for (const type of SEARCHABLE_TYPES) {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows = (await this.dataSource.query(
          `SELECT id FROM ${SEARCHABLE_TABLES[type]} WHERE id > $1 ORDER BY id LIMIT $2`,
          [after, BATCH],
        )) as { id: string }[];
        if (rows.length === 0) break;
        yield await this.loader.load(
          this.dataSource.manager,
          type,
          rows.map((r) => r.id),
        );
        after = rows.at(-1)!.id;
      }
    }
  }

  /** Topic labels and synonyms in every language, one group per topic. */
  private async synonyms(): Promise<string[][]> {
    const rows = (await this.dataSource.query(
      `SELECT array_agg(DISTINCT w ORDER BY w) AS words
       FROM topic_translation tt, unnest(array_append(tt.synonyms, tt.label)) AS w
       GROUP BY tt.topic_id`,
    )) as { words: string[] }[];
    return rows.map((r) => r.words.map((w) => w.toLowerCase())).filter((g) => g.length > 1);
  }
}
