import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Slovenian light stems now keep three letters, not four (slovenian-stems.ts): "Loka" and
 * "v Škofji Loki", "Novo mesto" and "v Novem mestu" meet. Slovenian text is in documents of
 * every language (place and organization labels), so every record is queued to be written again.
 */
export class SearchRequeueSlovenianStems1765900000000 implements MigrationInterface {
  name = 'SearchRequeueSlovenianStems1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO search_outbox (kind, entity_id)
      SELECT DISTINCT entity_type, entity_id FROM search_document
      ON CONFLICT (kind, entity_id) DO UPDATE
        SET revision = search_outbox.revision + 1, attempts = 0, next_attempt_at = now(), failed_at = NULL`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the documents are rewritten by whichever code runs.
  }
}
