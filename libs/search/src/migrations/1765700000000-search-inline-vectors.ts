import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The vectors every search reads — `head` (title and summary) and `keywords` (labels) — stay in
 * the document's row instead of being moved to the TOAST table, and a row may hold up to 4,000
 * bytes before anything is moved out (the body and its vector go first). Searches read a few
 * thousand rows and test both vectors on each: out of line, each test cost a TOAST index lookup
 * and more pages. At 100,000 records a two-word search touched 28,293 buffers before, 2,955
 * after (docs/benchmarks.md#search-speed). Rows written before keep their layout until they are
 * rewritten (`npm run reindex`, or `VACUUM FULL search_document`); both are read alike.
 */
export class SearchInlineVectors1765700000000 implements MigrationInterface {
  name = 'SearchInlineVectors1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_document
        ALTER COLUMN head SET STORAGE MAIN,
        ALTER COLUMN keywords SET STORAGE MAIN,
        SET (toast_tuple_target = 4000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_document
        ALTER COLUMN head SET STORAGE EXTENDED,
        ALTER COLUMN keywords SET STORAGE EXTENDED,
        RESET (toast_tuple_target)`);
  }
}
