import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The field vocabulary's terms as the index holds them (engines/postgres/concept-terms.ts): filled
 * by the first search of a release whose vocabulary is not stored yet, looked up per search by
 * the forms of each term's first two words. `version` is a hash of the vocabulary and of how it is
 * analysed, so an upgrade stores its own beside the old one, which is then removed.
 */
export class SearchVocabulary1765900100000 implements MigrationInterface {
  name = 'SearchVocabulary1765900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_vocabulary (
        version varchar(64) NOT NULL,
        term integer NOT NULL,
        concept integer NOT NULL,
        language varchar(2) NOT NULL,
        words jsonb NOT NULL,
        first_forms text[] NOT NULL,
        next_forms text[],
        PRIMARY KEY (version, term)
      )`);
    await q.query(
      `CREATE INDEX search_vocabulary_first_forms ON search_vocabulary USING gin (first_forms) WITH (fastupdate = off)`,
    );
    await q.query(`CREATE INDEX search_vocabulary_concept ON search_vocabulary (version, concept)`);
    await q.query(`
      CREATE TABLE search_vocabulary_version (
        version varchar(64) PRIMARY KEY,
        stored_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_vocabulary_version`);
    await q.query(`DROP TABLE search_vocabulary`);
  }
}
