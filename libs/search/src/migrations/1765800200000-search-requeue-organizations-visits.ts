import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations and study visits are indexed differently, so their documents are queued to be
 * written again:
 * - an organization carries the oldest date instead of its creation time (organization-documents.ts):
 *   after an import they filled the newest-first list of an empty search and won every tie against
 *   the practices carrying the same topic labels;
 * - a study visit's cities and countries (filters, facets) are where it took place, its hosts'
 *   and host cities (study-visit-documents.ts): a visit from Örebro to Maribor counted as Swedish,
 *   and a host city recorded without an organization was missing.
 */
export class SearchRequeueOrganizationsVisits1765800200000 implements MigrationInterface {
  name = 'SearchRequeueOrganizationsVisits1765800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO search_outbox (kind, entity_id)
      SELECT DISTINCT entity_type, entity_id FROM search_document
      WHERE entity_type IN ('ORGANIZATION', 'STUDY_VISIT')
      ON CONFLICT (kind, entity_id) DO UPDATE
        SET revision = search_outbox.revision + 1, attempts = 0, next_attempt_at = now(), failed_at = NULL`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the documents are rewritten by whichever code runs.
  }
}
