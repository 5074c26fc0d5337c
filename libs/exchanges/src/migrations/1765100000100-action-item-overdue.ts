import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which action items have been announced as overdue, per due date: the overdue scan inserts here
 * and records the event in one transaction, so each (item, due date) is announced exactly once
 * however many scans run at once (the primary key decides).
 */
export class ActionItemOverdue1765100000100 implements MigrationInterface {
  name = 'ActionItemOverdue1765100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE action_item_overdue (
        action_item_id uuid NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
        due_date date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (action_item_id, due_date)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE action_item_overdue`);
  }
}
