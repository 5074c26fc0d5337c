import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * fuzzystrmatch's levenshtein_less_equal: a close word for a typo must also be within one or two
 * edits (see the postgres engine's analyse). Trigram similarity alone let made-up words built
 * on a real stem ("festivalinskas", 0.53 to "festivalis") find records.
 */
export class SearchEditDistance1764700100000 implements MigrationInterface {
  name = 'SearchEditDistance1764700100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP EXTENSION IF EXISTS fuzzystrmatch`);
  }
}
