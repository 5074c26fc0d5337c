import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Serves `practices(sort: RECENTLY_UPDATED)` without sorting the table. */
export class PracticeSort1763780800000 implements MigrationInterface {
  name = 'PracticeSort1763780800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX practice_updated_idx ON practice (updated_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX practice_updated_idx`);
  }
}
