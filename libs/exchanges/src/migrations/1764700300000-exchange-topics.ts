import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings and study visits are tagged with topics, as practices are: their topic labels and
 * synonyms in every language then find them in search, and the topic filter and facet count them.
 */
export class ExchangeTopics1764700300000 implements MigrationInterface {
  name = 'ExchangeTopics1764700300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_topic (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_id, topic_id)
      )`);
    await q.query(`CREATE INDEX meeting_topic_topic_idx ON meeting_topic (topic_id)`);
    await q.query(`
      CREATE TABLE study_visit_topic (
        study_visit_id uuid NOT NULL REFERENCES study_visit(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        PRIMARY KEY (study_visit_id, topic_id)
      )`);
    await q.query(`CREATE INDEX study_visit_topic_topic_idx ON study_visit_topic (topic_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE study_visit_topic`);
    await q.query(`DROP TABLE meeting_topic`);
  }
}
