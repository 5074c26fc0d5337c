import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting's attending organizations and a study visit's visitors (organizations and their
 * cities) are now body text, not labels (meeting-documents.ts, study-visit-documents.ts): their
 * names hold their towns, and as labels they made a record rank as if it took place in each of
 * those towns. Meetings and study visits are queued to be indexed again.
 */
export class SearchRequeueMeetingsVisits1766000000000 implements MigrationInterface {
  name = 'SearchRequeueMeetingsVisits1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO search_outbox (kind, entity_id)
      SELECT DISTINCT entity_type, entity_id FROM search_document WHERE entity_type IN ('MEETING', 'STUDY_VISIT')
      ON CONFLICT (kind, entity_id) DO UPDATE
        SET revision = search_outbox.revision + 1, attempts = 0, next_attempt_at = now(), failed_at = NULL`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the documents are rewritten by whichever code runs.
  }
}
