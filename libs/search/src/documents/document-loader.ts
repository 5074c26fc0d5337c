import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IndexEntry, SearchDocument, SearchableType } from '../engine/search-engine.js';
import type { AccessColumns } from '../engines/postgres/sql-conditions.js';
import {
  cityKeywords,
  countryCodes,
  keywordArray,
  networkKeywords,
  organizationKeywords,
  plainText,
  topicKeywords,
} from './keyword-sql.js';

/**
 * Builds the search documents of records from the database, in one statement per kind and batch:
 * one document per language a record is written in, with the names of its topics, places and
 * organizations in every language, its facets, and who may find it — the same grants as the
 * module's read policy (PracticePolicy, ExchangesPolicy; the directory is public).
 */
@Injectable()
export class DocumentLoader {
  async load(em: EntityManager, type: SearchableType, ids: string[]): Promise<IndexEntry[]> {
    if (ids.length === 0) return [];
    const rows = (await em.query(SQL[type], [ids])) as { doc: SearchDocument }[];
    const byId = new Map<string, SearchDocument[]>(ids.map((id) => [id, []]));
    for (const { doc } of rows) byId.get(doc.entityId)?.push(doc);
    // A record with no document (deleted, or not found) is removed from the index.
    return [...byId].map(([entityId, documents]) => ({ type, entityId, documents }));
  }
}

const PRACTICE_NETWORKS = `ARRAY(SELECT pn.network_id FROM practice_network pn WHERE pn.practice_id = p.id ORDER BY 1)`;
const PRACTICE_TOPICS = `ARRAY(SELECT pt.topic_id FROM practice_topic pt WHERE pt.practice_id = p.id ORDER BY 1)`;
const PRACTICE_CITIES = `ARRAY_REMOVE(ARRAY[p.city_id], NULL)`;

const MEETING_TOPICS = `ARRAY(SELECT mt.topic_id FROM meeting_topic mt WHERE mt.meeting_id = m.id ORDER BY 1)`;
const MEETING_ORGANIZATIONS = `ARRAY_REMOVE(ARRAY[m.host_organization_id], NULL)
  || ARRAY(SELECT a.organization_id FROM meeting_attendee a WHERE a.meeting_id = m.id)`;
/** A meeting's venue and agenda item titles: its summary when it has none of its own, else body text. */
const MEETING_VENUE_AGENDA = `concat_ws(' · ', m.venue,
  (SELECT string_agg(ai.title, ' · ' ORDER BY ai.position) FROM meeting_agenda_item ai WHERE ai.meeting_id = m.id))`;
const MEETING_HAS_SUMMARY = `btrim(coalesce(t.summary, '')) <> ''`;

const VISIT_ORGANIZATIONS = `ARRAY[v.owner_organization_id]
  || ARRAY(SELECT so.organization_id FROM study_visit_organization so WHERE so.study_visit_id = v.id)`;
const VISIT_NETWORKS = `ARRAY_REMOVE(ARRAY[v.network_id], NULL)`;
/**
 * A study visit's topics, and the taxonomy's `study-visits` topic when there is one: its labels
 * and synonyms in every language ("pažintiniai vizitai", "študijski obiski", "studiebesök") find
 * every visit, and the topic filter and facet count them.
 */
const STUDY_VISITS_TOPIC_KEY = 'study-visits';
const VISIT_TOPICS = `ARRAY(SELECT topic_id FROM study_visit_topic WHERE study_visit_id = v.id
  UNION SELECT tp.id FROM topic tp WHERE tp.key = '${STUDY_VISITS_TOPIC_KEY}' ORDER BY 1)`;
const VISIT_CITIES = `ARRAY(SELECT DISTINCT o.city_id FROM organization o
  WHERE o.city_id IS NOT NULL AND o.id = ANY(${VISIT_ORGANIZATIONS}) ORDER BY 1)`;

/**
 * Who may find a record, read from its own row: the grants its documents carry (DocumentAccess),
 * the same as the module's read policy. Written into every document here, and evaluated on the
 * live row by the postgres engine for records whose documents may be behind (live-access.ts).
 */
export const RECORD_ACCESS: Record<SearchableType, { table: string; alias: string; grants: AccessColumns }> =
  {
    PRACTICE: {
      table: 'practice',
      alias: 'p',
      grants: {
        public: `(p.status = 'PUBLISHED' AND p.visibility = 'PUBLIC')`,
        memberNetworkIds: `CASE WHEN p.status = 'PUBLISHED' AND p.visibility = 'NETWORK'
                              THEN ${PRACTICE_NETWORKS} ELSE ARRAY[]::uuid[] END`,
        coordinatorNetworkIds: `CASE WHEN p.status = 'IN_REVIEW' THEN ${PRACTICE_NETWORKS} ELSE ARRAY[]::uuid[] END`,
        organizationIds: 'ARRAY[p.owner_organization_id]',
      },
    },
    MEETING: {
      table: 'meeting',
      alias: 'm',
      grants: {
        public: `(m.visibility = 'PUBLIC')`,
        memberNetworkIds: 'ARRAY[m.network_id]',
        coordinatorNetworkIds: 'ARRAY[]::uuid[]',
        organizationIds: 'ARRAY[]::uuid[]',
      },
    },
    STUDY_VISIT: {
      table: 'study_visit',
      alias: 'v',
      grants: {
        public: `(v.visibility = 'PUBLIC')`,
        memberNetworkIds: `CASE WHEN v.visibility = 'NETWORK' THEN ${VISIT_NETWORKS} ELSE ARRAY[]::uuid[] END`,
        coordinatorNetworkIds: 'ARRAY[]::uuid[]',
        organizationIds: 'ARRAY[v.owner_organization_id]',
      },
    },
    // The directory is public.
    ORGANIZATION: {
      table: 'organization',
      alias: 'o',
      grants: {
        public: 'true',
        memberNetworkIds: 'ARRAY[]::uuid[]',
        coordinatorNetworkIds: 'ARRAY[]::uuid[]',
        organizationIds: 'ARRAY[]::uuid[]',
      },
    },
  };

const accessJson = (type: SearchableType): string => {
  const g = RECORD_ACCESS[type].grants;
  return `jsonb_build_object('public', ${g.public}, 'memberNetworkIds', ${g.memberNetworkIds},
        'coordinatorNetworkIds', ${g.coordinatorNetworkIds}, 'organizationIds', ${g.organizationIds})`;
};

const SQL: Record<SearchableType, string> = {
  PRACTICE: `
    SELECT jsonb_build_object(
      'type', 'PRACTICE', 'entityId', p.id, 'language', t.language,
      'isOriginal', t.language = p.original_language,
      'title', t.title, 'summary', ${plainText(`coalesce(t.summary, '')`)},
      'body', ${plainText(`concat_ws(E'\\n', t.challenge, t.solution, t.results, t.lessons_learned, t.transferability)`)},
      'keywords', ${keywordArray(
        topicKeywords(PRACTICE_TOPICS),
        organizationKeywords('ARRAY[p.owner_organization_id]'),
        cityKeywords(PRACTICE_CITIES),
        networkKeywords(PRACTICE_NETWORKS),
      )},
      'countryCodes', ${countryCodes(PRACTICE_CITIES)},
      'cityIds', ${PRACTICE_CITIES},
      'topicIds', ${PRACTICE_TOPICS},
      'networkIds', ${PRACTICE_NETWORKS},
      'year', extract(year FROM coalesce(p.published_at, p.created_at))::int,
      'date', coalesce(p.published_at, p.created_at),
      'access', ${accessJson('PRACTICE')}) AS doc
    FROM practice p JOIN practice_translation t ON t.practice_id = p.id
    WHERE p.id = ANY($1::uuid[])`,

  MEETING: `
    SELECT jsonb_build_object(
      'type', 'MEETING', 'entityId', m.id, 'language', t.language,
      'isOriginal', t.language = m.original_language,
      'title', t.title,
      -- The summary as written ranks as one; without it, the venue and agenda stand in for it.
      'summary', CASE WHEN ${MEETING_HAS_SUMMARY} THEN ${plainText('t.summary')} ELSE ${MEETING_VENUE_AGENDA} END,
      'body', concat_ws(E'\\n', CASE WHEN ${MEETING_HAS_SUMMARY} THEN nullif(${MEETING_VENUE_AGENDA}, '') END,
                        nullif(${plainText(`concat_ws(E'\\n', t.notes, t.decisions)`)}, '')),
      'keywords', ${keywordArray(
        topicKeywords(MEETING_TOPICS),
        organizationKeywords(MEETING_ORGANIZATIONS),
        cityKeywords('ARRAY_REMOVE(ARRAY[m.city_id], NULL)'),
        networkKeywords('ARRAY[m.network_id]'),
      )},
      'countryCodes', ${countryCodes('ARRAY_REMOVE(ARRAY[m.city_id], NULL)')},
      'cityIds', ARRAY_REMOVE(ARRAY[m.city_id], NULL),
      'topicIds', ${MEETING_TOPICS},
      'networkIds', ARRAY[m.network_id],
      'year', extract(year FROM m.date)::int,
      'date', m.date::timestamptz,
      'access', ${accessJson('MEETING')}) AS doc
    FROM meeting m JOIN meeting_translation t ON t.meeting_id = m.id
    WHERE m.id = ANY($1::uuid[])`,

  STUDY_VISIT: `
    SELECT jsonb_build_object(
      'type', 'STUDY_VISIT', 'entityId', v.id, 'language', t.language,
      'isOriginal', t.language = v.original_language,
      'title', t.title, 'summary', ${plainText(`coalesce(t.purpose, '')`)},
      'body', concat_ws(E'\\n', ${plainText(`coalesce(t.learnings, '')`)},
                        (SELECT string_agg(si.title, ' · ' ORDER BY si.position) FROM study_visit_item si WHERE si.study_visit_id = v.id)),
      'keywords', ${keywordArray(
        organizationKeywords(VISIT_ORGANIZATIONS),
        cityKeywords(VISIT_CITIES),
        networkKeywords(VISIT_NETWORKS),
        topicKeywords(VISIT_TOPICS),
      )},
      'countryCodes', ${countryCodes(VISIT_CITIES)},
      'cityIds', ${VISIT_CITIES},
      'topicIds', ${VISIT_TOPICS},
      'networkIds', ${VISIT_NETWORKS},
      'year', extract(year FROM v.start_date)::int,
      'date', v.start_date::timestamptz,
      'access', ${accessJson('STUDY_VISIT')}) AS doc
    FROM study_visit v JOIN study_visit_translation t ON t.study_visit_id = v.id
    WHERE v.id = ANY($1::uuid[])`,

  // The directory is public. The default language's text comes from the record itself when it
  // has no translation row of its own.
  ORGANIZATION: `
    WITH texts AS (
      SELECT o.id, ot.language, coalesce(ot.name, o.name) AS name, coalesce(ot.description, '') AS description
      FROM organization o JOIN organization_translation ot ON ot.organization_id = o.id
      WHERE o.id = ANY($1::uuid[])
      UNION ALL
      SELECT o.id, o.default_language, o.name, '' FROM organization o
      WHERE o.id = ANY($1::uuid[]) AND NOT EXISTS (
        SELECT 1 FROM organization_translation ot WHERE ot.organization_id = o.id AND ot.language = o.default_language)
    )
    SELECT jsonb_build_object(
      'type', 'ORGANIZATION', 'entityId', o.id, 'language', x.language,
      'isOriginal', x.language = o.default_language,
      -- The name is the title; a description is long text about the organization, ranked as a body.
      'title', x.name, 'summary', '', 'body', ${plainText('x.description')},
      'keywords', ${keywordArray(
        `SELECT jsonb_build_object('language', o.default_language, 'text', coalesce(o.acronym, '')) AS k`,
        topicKeywords('ARRAY(SELECT ot.topic_id FROM organization_topic ot WHERE ot.organization_id = o.id)'),
        cityKeywords('ARRAY_REMOVE(ARRAY[o.city_id], NULL)'),
      )},
      'countryCodes', ${countryCodes('ARRAY_REMOVE(ARRAY[o.city_id], NULL)')},
      'cityIds', ARRAY_REMOVE(ARRAY[o.city_id], NULL),
      'topicIds', ARRAY(SELECT ot.topic_id FROM organization_topic ot WHERE ot.organization_id = o.id ORDER BY 1),
      'networkIds', ARRAY(SELECT nm.network_id FROM network_membership nm WHERE nm.organization_id = o.id ORDER BY 1),
      'year', NULL,
      'date', o.created_at,
      'access', ${accessJson('ORGANIZATION')}) AS doc
    FROM texts x JOIN organization o ON o.id = x.id`,
};
