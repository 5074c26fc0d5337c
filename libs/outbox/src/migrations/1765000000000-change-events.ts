import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The change events portals are told about (see change-events.ts). */
export class ChangeEvents1765000000000 implements MigrationInterface {
  name = 'ChangeEvents1765000000000';

  async up(q: QueryRunner): Promise<void> {
    // `tx`: the writing transaction, so consumers read in commit-safe order (readChangeEventsAfter).
    await q.query(`
      CREATE TABLE change_events (
        id bigserial PRIMARY KEY,
        tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
        type varchar(40) NOT NULL,
        record_kind varchar(16) NOT NULL,
        record_id uuid NOT NULL,
        network_ids uuid[] NOT NULL DEFAULT '{}',
        topic_ids uuid[] NOT NULL DEFAULT '{}',
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX change_events_position ON change_events (tx, id)`);
    await q.query(`CREATE INDEX change_events_occurred_at ON change_events (occurred_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE change_events`);
  }
}
