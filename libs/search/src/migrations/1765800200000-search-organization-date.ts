import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations are indexed with the oldest date instead of their creation time (see
 * organization-documents.ts): after an import they filled the newest-first list of an empty
 * search and won every tie against the practices carrying the same topic labels. Their documents
 * are queued to be written again.
 */
export class SearchOrganizationDate1765800200000 implements MigrationInterface {
  name = 'SearchOrganizationDate1765800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO search_outbox (kind, entity_id)
      SELECT DISTINCT entity_type, entity_id FROM search_document WHERE entity_type = 'ORGANIZATION'
      ON CONFLICT (kind, entity_id) DO UPDATE
        SET revision = search_outbox.revision + 1, attempts = 0, next_attempt_at = now(), failed_at = NULL`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the documents are rewritten by whichever code runs.
  }
}
