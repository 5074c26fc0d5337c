import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The postgres search engine's storage: one flattened document per (record, language) with two
 * stored vectors — a compact `head` (title A, summary B) that is ranked, `keywords` (names and
 * topic labels in every language, without positions) and `body`
 * that is only matched (ranking whole bodies is what makes broad queries slow) — and a word list
 * for typo tolerance (pg_trgm over distinct words, not over documents).
 */
export class SearchDocuments1763781100000 implements MigrationInterface {
  name = 'SearchDocuments1763781100000';

  async up(q: QueryRunner): Promise<void> {
    // The language's own text-search configuration where PostgreSQL has one, else `simple`
    // (Slovenian, Latvian, Estonian, Polish have no stemmer in stock PostgreSQL).
    await q.query(`
      CREATE FUNCTION px_search_config(language text) RETURNS regconfig
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT (CASE language
          WHEN 'en' THEN 'pg_catalog.english' WHEN 'lt' THEN 'pg_catalog.lithuanian'
          WHEN 'sv' THEN 'pg_catalog.swedish' WHEN 'fi' THEN 'pg_catalog.finnish'
          WHEN 'de' THEN 'pg_catalog.german' WHEN 'da' THEN 'pg_catalog.danish'
          WHEN 'nb' THEN 'pg_catalog.norwegian' WHEN 'no' THEN 'pg_catalog.norwegian'
          WHEN 'nl' THEN 'pg_catalog.dutch' WHEN 'fr' THEN 'pg_catalog.french'
          WHEN 'es' THEN 'pg_catalog.spanish' WHEN 'it' THEN 'pg_catalog.italian'
          WHEN 'pt' THEN 'pg_catalog.portuguese' WHEN 'ro' THEN 'pg_catalog.romanian'
          WHEN 'hu' THEN 'pg_catalog.hungarian' WHEN 'ru' THEN 'pg_catalog.russian'
          ELSE 'pg_catalog.simple' END)::regconfig
      $$`);
    // Stemmed as written, stemmed unaccented, and unaccented as is: diacritics never matter and
    // every variant keeps the word positions phrases need.
    await q.query(`
      CREATE FUNCTION px_search_vector(language text, content text, weight "char") RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT setweight(
          to_tsvector(px_search_config(language), content)
          || to_tsvector(px_search_config(language), px_unaccent(content))
          || to_tsvector('pg_catalog.simple', px_unaccent(content)), weight)
      $$`);
    // Long text: stemmed and plain, both unaccented (a third, accented variant would add a third
    // more index entries to every document for little gain on bodies).
    await q.query(`
      CREATE FUNCTION px_search_body_vector(language text, content text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT setweight(
          to_tsvector(px_search_config(language), px_unaccent(content))
          || to_tsvector('pg_catalog.simple', px_unaccent(content)), 'D')
      $$`);
    await q.query(
      `CREATE AGGREGATE px_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '')`,
    );
    await q.query(`
      CREATE TABLE search_document (
        entity_type varchar(16) NOT NULL,
        entity_id uuid NOT NULL,
        language varchar(2) NOT NULL,
        is_original boolean NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        country_codes varchar(2)[] NOT NULL,
        city_ids uuid[] NOT NULL,
        topic_ids uuid[] NOT NULL,
        network_ids uuid[] NOT NULL,
        year smallint,
        sort_date timestamptz NOT NULL,
        is_public boolean NOT NULL,
        member_network_ids uuid[] NOT NULL,
        coordinator_network_ids uuid[] NOT NULL,
        organization_ids uuid[] NOT NULL,
        head tsvector NOT NULL,
        keywords tsvector NOT NULL,
        body_vector tsvector NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (entity_type, entity_id, language)
      )`);
    // fastupdate on makes writes cheap (entries are merged in bulk); the engine then merges the
    // pending list after every batch it writes (gin_clean_pending_list), because a pending list of
    // a few thousand rows made searches several times slower.
    await q.query(`CREATE INDEX search_document_head ON search_document USING gin (head)`);
    await q.query(`CREATE INDEX search_document_keywords ON search_document USING gin (keywords)`);
    await q.query(`CREATE INDEX search_document_body ON search_document USING gin (body_vector)`);
    // Keep the ranked vector inline (compressed) rather than in a TOAST table: ranking reads it
    // for every candidate.
    await q.query(`ALTER TABLE search_document ALTER COLUMN head SET STORAGE MAIN`);
    await q.query(
      `CREATE INDEX search_document_recent ON search_document (sort_date DESC, entity_type DESC, entity_id DESC)`,
    );
    // Filters combine with the text match in one bitmap (a broad word within one country).
    for (const column of ['country_codes', 'city_ids', 'topic_ids', 'network_ids']) {
      await q.query(`CREATE INDEX search_document_${column} ON search_document USING gin (${column})`);
    }
    await q.query(`CREATE INDEX search_document_type ON search_document (entity_type, sort_date DESC)`);
    await q.query(`CREATE INDEX search_document_year ON search_document (year)`);
    await q.query(`CREATE TABLE search_word (word text PRIMARY KEY)`);
    await q.query(`CREATE INDEX search_word_trgm ON search_word USING gin (word gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_word`);
    await q.query(`DROP TABLE search_document`);
    await q.query(`DROP AGGREGATE px_tsvector_agg(tsvector)`);
    await q.query(`DROP FUNCTION px_search_body_vector(text, text)`);
    await q.query(`DROP FUNCTION px_search_vector(text, text, "char")`);
    await q.query(`DROP FUNCTION px_search_config(text)`);
  }
}
