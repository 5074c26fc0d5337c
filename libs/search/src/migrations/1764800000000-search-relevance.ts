import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Relevance rework (issue 17): `px_query_lexemes` gives a query word's lexemes under every
 * configuration queries are stemmed with (one definition for words, typo fixes, compounds and
 * compound parts), and organizations are indexed again because their description now ranks as
 * body text, not as a summary.
 */
export class SearchRelevance1764800000000 implements MigrationInterface {
  name = 'SearchRelevance1764800000000';

  async up(q: QueryRunner): Promise<void> {
    // As written and unaccented, stemmed under each configuration, and the plain form itself
    // (bodies keep only the stemmed form of their words, titles all three).
    await q.query(`
      CREATE FUNCTION px_query_lexemes(words text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT l ORDER BY l), ARRAY[]::text[])
        FROM unnest(words) AS w(word),
          unnest(ARRAY['pg_catalog.english', 'pg_catalog.lithuanian', 'pg_catalog.swedish',
                       'pg_catalog.finnish', 'pg_catalog.german', 'pg_catalog.simple']::regconfig[]) AS c(cfg),
          unnest(tsvector_to_array(to_tsvector(c.cfg, w.word) || to_tsvector(c.cfg, px_unaccent(w.word)))
                 || lower(px_unaccent(w.word))) AS l
        WHERE w.word IS NOT NULL AND w.word <> ''
      $$`);
    await q.query(`
      INSERT INTO search_outbox (kind, entity_id)
      SELECT DISTINCT entity_type, entity_id FROM search_document WHERE entity_type = 'ORGANIZATION'
      ON CONFLICT (kind, entity_id) DO UPDATE
        SET revision = search_outbox.revision + 1, attempts = 0, next_attempt_at = now(), failed_at = NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION px_query_lexemes(text[])`);
  }
}
