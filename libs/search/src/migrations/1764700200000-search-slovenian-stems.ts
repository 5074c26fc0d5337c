import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The vector functions as the first search migration created them, restored by down(). */
const PREVIOUS_HEAD = `SELECT setweight(
    to_tsvector(px_search_config(language), content)
    || to_tsvector(px_search_config(language), px_unaccent(content))
    || to_tsvector('pg_catalog.simple', px_unaccent(content)), weight)`;
const PREVIOUS_KEYWORDS = `SELECT setweight(
    to_tsvector(px_search_config(language), px_unaccent(content))
    || to_tsvector('pg_catalog.simple', px_unaccent(content)), 'D')`;

/**
 * PostgreSQL has no Slovenian stemmer, and Slovenian inflects every noun and adjective: "mestno
 * jedro" (the town centre) is "v mestnem jedru" in a text. Slovenian documents also get their
 * words with the commonest case endings cut off (a light stemmer: at least four letters stay,
 * so "mesto", "mesta", "mestu" and "mestom" all give "mest"), and query words are cut the same
 * way (see the postgres engine's analyse). Word positions are kept, so phrases still work.
 * Documents already indexed in Slovenian are queued for indexing again.
 */
export class SearchSlovenianStems1764700200000 implements MigrationInterface {
  name = 'SearchSlovenianStems1764700200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION px_slovenian_stems(content text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT regexp_replace(content, '\\m(\\w{4,}?)(ega|emu|ami|imi|ih|im|om|em|ov|ah|mi|a|e|i|o|u)\\M', '\\1', 'g')
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION px_search_vector(language text, content text, weight "char") RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT setweight(
          to_tsvector(px_search_config(language), content)
          || to_tsvector(px_search_config(language), px_unaccent(content))
          || to_tsvector('pg_catalog.simple', px_unaccent(content))
          || CASE WHEN language = 'sl' THEN to_tsvector('pg_catalog.simple', px_slovenian_stems(px_unaccent(content)))
                  ELSE ''::tsvector END, weight)
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION px_search_body_vector(language text, content text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT setweight(
          to_tsvector(px_search_config(language), px_unaccent(content))
          || to_tsvector('pg_catalog.simple', px_unaccent(content))
          || CASE WHEN language = 'sl' THEN to_tsvector('pg_catalog.simple', px_slovenian_stems(px_unaccent(content)))
                  ELSE ''::tsvector END, 'D')
      $$`);
    await q.query(`
      INSERT INTO search_outbox (kind, entity_id)
      SELECT DISTINCT entity_type, entity_id FROM search_document WHERE language = 'sl'
      ON CONFLICT (kind, entity_id) DO UPDATE
        SET revision = search_outbox.revision + 1, attempts = 0, next_attempt_at = now(), failed_at = NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION px_search_vector(language text, content text, weight "char") RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ ${PREVIOUS_HEAD} $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION px_search_body_vector(language text, content text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ ${PREVIOUS_KEYWORDS} $$`);
    await q.query(`DROP FUNCTION px_slovenian_stems(text)`);
  }
}
