import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting gets a summary per language (issue 17), ranked as a summary in search: every meeting
 * is queued for indexing again, its documents now taking the summary (when written) and putting
 * the venue and agenda into the body.
 */
export class MeetingSummary1764800500000 implements MigrationInterface {
  name = 'MeetingSummary1764800500000';

  async up(q: QueryRunner): Promise<void> {
    // The same limit as a practice's summary.
    await q.query(
      `ALTER TABLE meeting_translation ADD COLUMN summary text CHECK (length(summary) <= 100000)`,
    );
    await q.query(`
      INSERT INTO search_outbox (kind, entity_id)
      SELECT 'MEETING', m.id FROM meeting m
      ON CONFLICT (kind, entity_id) DO UPDATE
        SET revision = search_outbox.revision + 1, attempts = 0, next_attempt_at = now(), failed_at = NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_translation DROP COLUMN summary`);
  }
}
