import type { EntityManager } from 'typeorm';
import type { SearchOutboxKind } from '#core';

/**
 * Records whose documents show another record's names: a renamed city, topic or organization
 * must reach every document that carries it. Returned per kind, for the outbox.
 */
export async function dependentsOf(
  em: EntityManager,
  kind: SearchOutboxKind,
  ids: string[],
): Promise<{ kind: SearchOutboxKind; ids: string[] }[]> {
  const query = DEPENDENTS[kind];
  if (!query || ids.length === 0) return [];
  const rows = (await em.query(query, [ids])) as { kind: SearchOutboxKind; id: string }[];
  const byKind = new Map<SearchOutboxKind, string[]>();
  for (const { kind: k, id } of rows) byKind.set(k, [...(byKind.get(k) ?? []), id]);
  return [...byKind].map(([k, list]) => ({ kind: k, ids: list }));
}

const ORGANIZATION_DEPENDENTS = `
  SELECT 'PRACTICE' AS kind, p.id FROM practice p WHERE p.owner_organization_id = ANY($1::uuid[])
  UNION SELECT 'MEETING', m.id FROM meeting m WHERE m.host_organization_id = ANY($1::uuid[])
  UNION SELECT 'MEETING', a.meeting_id FROM meeting_attendee a WHERE a.organization_id = ANY($1::uuid[])
  UNION SELECT 'STUDY_VISIT', v.id FROM study_visit v WHERE v.owner_organization_id = ANY($1::uuid[])
  UNION SELECT 'STUDY_VISIT', so.study_visit_id FROM study_visit_organization so WHERE so.organization_id = ANY($1::uuid[])`;

const DEPENDENTS: Partial<Record<SearchOutboxKind, string>> = {
  ORGANIZATION: ORGANIZATION_DEPENDENTS,
  CITY: `
    SELECT 'PRACTICE' AS kind, p.id FROM practice p WHERE p.city_id = ANY($1::uuid[])
    UNION SELECT 'MEETING', m.id FROM meeting m WHERE m.city_id = ANY($1::uuid[])
    UNION SELECT 'ORGANIZATION', o.id FROM organization o WHERE o.city_id = ANY($1::uuid[])
    UNION SELECT 'STUDY_VISIT', so.study_visit_id FROM study_visit_organization so
      JOIN organization o ON o.id = so.organization_id WHERE o.city_id = ANY($1::uuid[])
    UNION SELECT 'STUDY_VISIT', v.id FROM study_visit v
      JOIN organization o ON o.id = v.owner_organization_id WHERE o.city_id = ANY($1::uuid[])`,
  TOPIC: `
    SELECT 'PRACTICE' AS kind, pt.practice_id AS id FROM practice_topic pt WHERE pt.topic_id = ANY($1::uuid[])
    UNION SELECT 'ORGANIZATION', ot.organization_id FROM organization_topic ot WHERE ot.topic_id = ANY($1::uuid[])`,
};
