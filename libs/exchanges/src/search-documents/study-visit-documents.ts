import { keywordArray, plainText, type ReadGrants } from '#core';
import {
  cityKeywords,
  countryCodes,
  networkKeywords,
  organizationKeywords,
  organizationNames,
} from '#directory';
import { topicKeywords } from '#taxonomy';

const ORGANIZATIONS = `ARRAY[v.owner_organization_id]
  || ARRAY(SELECT so.organization_id FROM study_visit_organization so WHERE so.study_visit_id = v.id)`;
const NETWORKS = `ARRAY_REMOVE(ARRAY[v.network_id], NULL)`;
/**
 * A study visit's topics, and the taxonomy's `study-visits` topic when there is one: its labels
 * and synonyms in every language ("pažintiniai vizitai", "študijski obiski", "studiebesök") find
 * every visit, and the topic filter and facet count them.
 */
const STUDY_VISITS_TOPIC_KEY = 'study-visits';
const TOPICS = `ARRAY(SELECT topic_id FROM study_visit_topic WHERE study_visit_id = v.id
  UNION SELECT tp.id FROM topic tp WHERE tp.key = '${STUDY_VISITS_TOPIC_KEY}' ORDER BY 1)`;
/**
 * Where the visit took place: its host organizations' cities and the host cities recorded
 * without an organization. The city and country filters and facets mean this, as the
 * `studyVisits` filter does ("a host is in this city"): a visit from Örebro to Maribor is not a
 * Swedish record.
 */
const HOST_CITIES = `ARRAY(SELECT DISTINCT x.city_id FROM (
    SELECT o.city_id FROM study_visit_organization so JOIN organization o ON o.id = so.organization_id
    WHERE so.study_visit_id = v.id AND so.role = 'HOST' AND o.city_id IS NOT NULL
    UNION SELECT hc.city_id FROM study_visit_host_city hc WHERE hc.study_visit_id = v.id) x ORDER BY 1)`;
/** The host organizations: with the host cities, the visit's labels. */
const HOSTS = `ARRAY(SELECT so.organization_id FROM study_visit_organization so
  WHERE so.study_visit_id = v.id AND so.role = 'HOST' ORDER BY 1)`;
/**
 * The visiting organizations and their cities are body text (their names), not labels: they still
 * find the visit ("Kaunas IN in Växjö"), but as labels they counted like the place it took place
 * in, so a visit from Kaunas ranked as Kaunas's own record.
 */
const VISITORS = `ARRAY(SELECT x.id FROM unnest(${ORGANIZATIONS}) AS x(id) WHERE x.id <> ALL(${HOSTS}))`;
const VISITOR_CITY_NAMES = `(SELECT string_agg(DISTINCT c.name, ', ') FROM organization o JOIN city c ON c.id = o.city_id
  WHERE o.id = ANY(${VISITORS}) AND c.id <> ALL(${HOST_CITIES}))`;

/**
 * Who may read a study visit, on alias `v`: PUBLIC ones everyone, NETWORK ones members of its
 * network, all of them the visiting (owner) organization.
 */
export const STUDY_VISIT_READ_GRANTS: ReadGrants = {
  public: `(v.visibility = 'PUBLIC')`,
  memberNetworkIds: `CASE WHEN v.visibility = 'NETWORK' THEN ${NETWORKS} ELSE ARRAY[]::uuid[] END`,
  coordinatorNetworkIds: 'ARRAY[]::uuid[]',
  organizationIds: 'ARRAY[v.owner_organization_id]',
};

/** A study visit's search documents: one per language it is written in. */
export const studyVisitDocuments = {
  kind: 'STUDY_VISIT',
  table: 'study_visit',
  alias: 'v',
  grants: STUDY_VISIT_READ_GRANTS,
  documents: (access: string) => `
    SELECT jsonb_build_object(
      'type', 'STUDY_VISIT', 'entityId', v.id, 'language', t.language,
      'isOriginal', t.language = v.original_language,
      'title', t.title, 'summary', ${plainText(`coalesce(t.purpose, '')`)},
      'body', concat_ws(E'\\n', ${plainText(`coalesce(t.learnings, '')`)},
                        (SELECT string_agg(si.title, ' · ' ORDER BY si.position) FROM study_visit_item si WHERE si.study_visit_id = v.id),
                        ${organizationNames(VISITORS)}, ${VISITOR_CITY_NAMES}),
      'keywords', ${keywordArray(
        organizationKeywords(HOSTS),
        cityKeywords(HOST_CITIES),
        networkKeywords(NETWORKS),
        topicKeywords(TOPICS),
      )},
      'countryCodes', ${countryCodes(HOST_CITIES)},
      'cityIds', ${HOST_CITIES},
      'topicIds', ${TOPICS},
      'networkIds', ${NETWORKS},
      'year', extract(year FROM v.start_date)::int,
      'date', v.start_date::timestamptz,
      'access', ${access}) AS doc
    FROM study_visit v JOIN study_visit_translation t ON t.study_visit_id = v.id
    WHERE v.id = ANY($1::uuid[])`,
  shows: {
    ORGANIZATION: `SELECT v.id FROM study_visit v WHERE v.owner_organization_id = ANY($1::uuid[])
      UNION SELECT so.study_visit_id FROM study_visit_organization so WHERE so.organization_id = ANY($1::uuid[])`,
    CITY: `SELECT so.study_visit_id FROM study_visit_organization so
        JOIN organization o ON o.id = so.organization_id WHERE o.city_id = ANY($1::uuid[])
      UNION SELECT v.id FROM study_visit v
        JOIN organization o ON o.id = v.owner_organization_id WHERE o.city_id = ANY($1::uuid[])
      UNION SELECT hc.study_visit_id FROM study_visit_host_city hc WHERE hc.city_id = ANY($1::uuid[])`,
  },
};
