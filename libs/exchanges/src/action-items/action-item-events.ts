import type { DataSource } from 'typeorm';
import { readableCondition, type GrantHolder } from '#core';
import type { ChangeEvents } from '#outbox';
import { MEETING_READ_GRANTS } from '../search-documents/meeting-documents.js';
import { STUDY_VISIT_READ_GRANTS } from '../search-documents/study-visit-documents.js';

/**
 * Records `actionItem.overdue` for open items whose due date has passed (the day after it, in
 * the database's time zone), at most `limit` per call. Marking and recording happen in one
 * transaction; a concurrent scan that found the same item waits on the mark's primary key and
 * then skips it, so every (item, due date) is announced exactly once. Returns how many it recorded.
 */
export async function recordOverdueActionItems(
  dataSource: DataSource,
  changeEvents: ChangeEvents,
  limit = 500,
): Promise<number> {
  return dataSource.transaction(async (em) => {
    const rows = (await em.query(
      `WITH due AS (
         SELECT a.id, a.due_date FROM action_item a
         WHERE a.status = 'OPEN' AND a.due_date < current_date
           AND NOT EXISTS (SELECT 1 FROM action_item_overdue o
                           WHERE o.action_item_id = a.id AND o.due_date = a.due_date)
         ORDER BY a.due_date LIMIT $1),
       marked AS (
         INSERT INTO action_item_overdue (action_item_id, due_date) SELECT id, due_date FROM due
         ON CONFLICT DO NOTHING RETURNING action_item_id)
       SELECT a.id,
              ARRAY_REMOVE(ARRAY[coalesce(m.network_id, v.network_id)], NULL)::text[] AS network_ids,
              (ARRAY(SELECT mt.topic_id FROM meeting_topic mt WHERE mt.meeting_id = a.meeting_id)
               || ARRAY(SELECT vt.topic_id FROM study_visit_topic vt WHERE vt.study_visit_id = a.study_visit_id))::text[] AS topic_ids
       FROM marked k JOIN action_item a ON a.id = k.action_item_id
       LEFT JOIN meeting m ON m.id = a.meeting_id
       LEFT JOIN study_visit v ON v.id = a.study_visit_id`,
      [limit],
    )) as { id: string; network_ids: string[]; topic_ids: string[] }[];
    await changeEvents.record(
      em,
      rows.map((row) => ({
        type: 'actionItem.overdue',
        recordKind: 'ACTION_ITEM',
        recordId: row.id,
        networkIds: row.network_ids,
        topicIds: row.topic_ids,
      })),
    );
    return rows.length;
  });
}

/**
 * An action item as pushed to portals: readable with its meeting or study visit (the rule of
 * ExchangesPolicy and the items' list reads, from the same grants), its own fields as data.
 */
export const actionItemRecordView = {
  kind: 'ACTION_ITEM' as const,
  from: `action_item a LEFT JOIN meeting m ON m.id = a.meeting_id LEFT JOIN study_visit v ON v.id = a.study_visit_id`,
  alias: 'a',
  readable: (holder: GrantHolder, params: unknown[]): string =>
    `((m.id IS NOT NULL AND ${readableCondition(MEETING_READ_GRANTS, holder, params)})
      OR (v.id IS NOT NULL AND ${readableCondition(STUDY_VISIT_READ_GRANTS, holder, params)}))`,
  data: `SELECT jsonb_build_object('id', a.id, 'kind', 'ACTION_ITEM', 'description', a.description,
    'dueDate', a.due_date, 'status', a.status, 'meetingId', a.meeting_id, 'studyVisitId', a.study_visit_id,
    'ownerOrganizationId', a.owner_organization_id) AS data
    FROM action_item a WHERE a.id = ANY($1::uuid[])`,
};
