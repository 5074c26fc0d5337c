import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each document's content hashed (title, summary, body, labels): ranking breaks its last ties by
 * it instead of by the record's id, which every import draws anew, so two imports of the same
 * data rank alike (see content-hash.ts). Computed here for the documents already indexed, with
 * the same expression the indexer uses.
 */
export class SearchContentHash1766100000000 implements MigrationInterface {
  name = 'SearchContentHash1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_document ADD COLUMN content_hash bigint`);
    await q.query(`
      UPDATE search_document
      SET content_hash = ('x' || left(md5(concat_ws(E'\\x1f', title, summary, body, keywords::text)), 16))::bit(64)::bigint`);
    await q.query(`ALTER TABLE search_document ALTER COLUMN content_hash SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_document DROP COLUMN content_hash`);
  }
}
