import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a full reindex needs to lose nothing and to leave no stale words (indexing/reindexer.ts,
 * the postgres engine's reindex):
 * - `search_reindex_run`: the one reindex running, with a heartbeat (a second one is refused; a
 *   crashed one's row goes stale and is taken over);
 * - `search_reindex_replay`: records the indexer indexed while it ran. The rebuilt index may have
 *   read them before the change, so they are queued again once it is in place;
 * - `search_word.seen_at` and `search_word_sweep`: during a rebuild every word in use is touched,
 *   and the words nothing touched (their records are gone) are deleted at the end.
 */
export class SearchReindexRuns1764700000000 implements MigrationInterface {
  name = 'SearchReindexRuns1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_reindex_run (
        id smallint PRIMARY KEY CHECK (id = 1),
        started_at timestamptz NOT NULL,
        heartbeat_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE search_reindex_replay (
        kind varchar(16) NOT NULL,
        entity_id uuid NOT NULL,
        PRIMARY KEY (kind, entity_id)
      )`);
    // A constant default fills existing rows without rewriting the table; new words get the time.
    await q.query(`ALTER TABLE search_word ADD COLUMN seen_at timestamptz NOT NULL DEFAULT '-infinity'`);
    await q.query(`ALTER TABLE search_word ALTER COLUMN seen_at SET DEFAULT clock_timestamp()`);
    await q.query(`
      CREATE TABLE search_word_sweep (
        id smallint PRIMARY KEY CHECK (id = 1),
        started_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_word_sweep`);
    await q.query(`ALTER TABLE search_word DROP COLUMN seen_at`);
    await q.query(`DROP TABLE search_reindex_replay`);
    await q.query(`DROP TABLE search_reindex_run`);
  }
}
