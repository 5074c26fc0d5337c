import type { EntityManager } from 'typeorm';
import type { SearchableType } from '../engine/search-engine.js';

/** The table of each kind of record that has search documents (only for the demo loader, going away). */
export const SEARCHABLE_TABLES: Record<SearchableType, string> = {
  PRACTICE: 'practice',
  STUDY_VISIT: 'study_visit',
  MEETING: 'meeting',
  ORGANIZATION: 'organization',
};

/** Queues every searchable record for indexing (after a bulk load that bypassed the services). */
export async function markAllSearchChanged(em: EntityManager): Promise<void> {
  for (const [kind, table] of Object.entries(SEARCHABLE_TABLES)) {
    await em.query(
      `INSERT INTO search_outbox (kind, entity_id) SELECT $1, id FROM ${table}
       ON CONFLICT (kind, entity_id) DO UPDATE SET revision = search_outbox.revision + 1, next_attempt_at = now()`,
      [kind],
    );
  }
}
