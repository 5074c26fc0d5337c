import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search documents' vectors and body compressed with lz4 instead of pglz, where the server was
 * built with it (Debian's PostgreSQL is; PGlite is not, and keeps pglz). Indexing compresses every
 * body and body vector (inserting 1,238 documents: 361 ms with pglz, 265–334 ms with lz4), and
 * lz4 decompresses faster where searches read them. Values written before keep pglz until
 * rewritten (`npm run reindex`); both kinds are read alike.
 */
export class SearchCompression1764600000000 implements MigrationInterface {
  name = 'SearchCompression1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        ALTER TABLE search_document
          ALTER COLUMN head SET COMPRESSION lz4,
          ALTER COLUMN keywords SET COMPRESSION lz4,
          ALTER COLUMN body SET COMPRESSION lz4,
          ALTER COLUMN body_vector SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported THEN
        RAISE NOTICE 'lz4 is not available: search documents stay compressed with pglz';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_document
        ALTER COLUMN head SET COMPRESSION default,
        ALTER COLUMN keywords SET COMPRESSION default,
        ALTER COLUMN body SET COMPRESSION default,
        ALTER COLUMN body_vector SET COMPRESSION default`);
  }
}
