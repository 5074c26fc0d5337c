import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Slovenian documents now also carry their words' light stems (engines/postgres/
 * slovenian-stems.ts, computed when a document is written): the ones indexed before are queued
 * for indexing again.
 */
export class SearchSlovenianStems1764700200000 implements MigrationInterface {
  name = 'SearchSlovenianStems1764700200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO search_outbox (kind, entity_id)
      SELECT DISTINCT entity_type, entity_id FROM search_document WHERE language = 'sl'
      ON CONFLICT (kind, entity_id) DO UPDATE
        SET revision = search_outbox.revision + 1, attempts = 0, next_attempt_at = now(), failed_at = NULL`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the documents are rewritten by whichever code indexes them next.
  }
}
