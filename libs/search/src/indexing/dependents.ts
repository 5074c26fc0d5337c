import type { EntityManager } from 'typeorm';
import type { SearchOutboxKind } from '#core';

/**
 * Records whose documents show another record's names or carry it as a facet: a renamed or
 * deleted city, topic, network or organization must reach every document that carries it.
 * Returned per kind, for the outbox.
 *
 * Two sources, because the indexer runs after the change has committed: the database's links
 * (what a record shows now) and the postgres index's own facet arrays (what documents showed when
 * indexed; that index is always kept, also beside Meilisearch). The second finds the records
 * whose link a deletion removed by cascade (a deleted topic's practices, a deleted network's
 * meetings, a deleted organization's study visits), which the first can no longer see.
 */
export async function dependentsOf(
  em: EntityManager,
  kind: SearchOutboxKind,
  ids: string[],
): Promise<{ kind: SearchOutboxKind; ids: string[] }[]> {
  const linked = DEPENDENTS[kind];
  const indexed = INDEXED_AS[kind];
  if (!indexed || ids.length === 0) return [];
  const carrying = `SELECT d.entity_type AS kind, d.entity_id AS id FROM search_document d WHERE d.${indexed} && $1::uuid[]`;
  const rows = (await em.query(linked ? `${linked} UNION ${carrying}` : carrying, [ids])) as {
    kind: SearchOutboxKind;
    id: string;
  }[];
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
  // Practices and visits shared with a network carry it as a facet and in access: the index's
  // network_ids find them (and a deleted network's meetings), see INDEXED_AS.
  NETWORK: `SELECT 'MEETING' AS kind, m.id FROM meeting m WHERE m.network_id = ANY($1::uuid[])`,
};

/** The search_document array (GIN-indexed) that holds each kind's ids; every fanned-out kind has one. */
const INDEXED_AS: Partial<Record<SearchOutboxKind, string>> = {
  ORGANIZATION: 'organization_ids',
  CITY: 'city_ids',
  TOPIC: 'topic_ids',
  NETWORK: 'network_ids',
};
