import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the coordinators' web forms need (issue 18, item 4), keeping every existing row:
 * - action items get a version (optimistic locking, like practices and meetings): existing items
 *   start at 1;
 * - a meeting's agenda becomes translatable: it moves into its translations, the existing items
 *   into the translation in the meeting's original language (the only language they were
 *   written in), and every meeting is queued for indexing again;
 * - a study visit may be hosted by cities where no organization is recorded yet.
 */
export class ExchangeFormGaps1765300000000 implements MigrationInterface {
  name = 'ExchangeFormGaps1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE action_item ADD COLUMN version integer NOT NULL DEFAULT 1`);

    // The same limits as before: at most 100 items of at most 300 characters (checked on input).
    await q.query(`ALTER TABLE meeting_translation ADD COLUMN agenda text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE meeting_translation t SET agenda = a.titles
      FROM (SELECT ai.meeting_id, array_agg(ai.title::text ORDER BY ai.position) AS titles
            FROM meeting_agenda_item ai GROUP BY ai.meeting_id) a, meeting m
      WHERE a.meeting_id = t.meeting_id AND m.id = t.meeting_id AND t.language = m.original_language`);
    await q.query(`DROP TABLE meeting_agenda_item`);
    await q.query(`
      INSERT INTO search_outbox (kind, entity_id)
      SELECT 'MEETING', m.id FROM meeting m
      ON CONFLICT (kind, entity_id) DO UPDATE
        SET revision = search_outbox.revision + 1, attempts = 0, next_attempt_at = now(), failed_at = NULL`);

    await q.query(`
      CREATE TABLE study_visit_host_city (
        study_visit_id uuid NOT NULL REFERENCES study_visit(id) ON DELETE CASCADE,
        city_id uuid NOT NULL REFERENCES city(id) ON DELETE CASCADE,
        PRIMARY KEY (study_visit_id, city_id)
      )`);
    await q.query(`CREATE INDEX study_visit_host_city_city_idx ON study_visit_host_city (city_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE study_visit_host_city`);
    await q.query(`
      CREATE TABLE meeting_agenda_item (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        title varchar(300) NOT NULL,
        PRIMARY KEY (meeting_id, position)
      )`);
    await q.query(`
      INSERT INTO meeting_agenda_item (meeting_id, position, title)
      SELECT t.meeting_id, i.position - 1, i.title
      FROM meeting_translation t JOIN meeting m ON m.id = t.meeting_id AND m.original_language = t.language,
           unnest(t.agenda) WITH ORDINALITY AS i(title, position)`);
    await q.query(`ALTER TABLE meeting_translation DROP COLUMN agenda`);
    await q.query(`ALTER TABLE action_item DROP COLUMN version`);
  }
}
