import { keywordArray, plainText, type ReadGrants } from '#core';
import { topicKeywords } from '#taxonomy';
import { cityKeywords, countryCodes } from './directory-keywords.js';

/** The directory is public. */
export const ORGANIZATION_READ_GRANTS: ReadGrants = {
  public: 'true',
  memberNetworkIds: 'ARRAY[]::uuid[]',
  coordinatorNetworkIds: 'ARRAY[]::uuid[]',
  organizationIds: 'ARRAY[]::uuid[]',
};

const TOPICS =
  'ARRAY(SELECT ot.topic_id FROM organization_topic ot WHERE ot.organization_id = o.id ORDER BY 1)';
const CITIES = 'ARRAY_REMOVE(ARRAY[o.city_id], NULL)';

/**
 * An organization's search documents: its name is the title, its description (long text about
 * it) ranks as a body. The default language's text comes from the record itself when it has no
 * translation row of its own.
 */
export const organizationDocuments = {
  kind: 'ORGANIZATION',
  table: 'organization',
  alias: 'o',
  grants: ORGANIZATION_READ_GRANTS,
  documents: (access: string) => `
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
      'title', x.name, 'summary', '', 'body', ${plainText('x.description')},
      'keywords', ${keywordArray(
        `SELECT jsonb_build_object('language', o.default_language, 'text', coalesce(o.acronym, '')) AS k`,
        topicKeywords(TOPICS),
        cityKeywords(CITIES),
      )},
      'countryCodes', ${countryCodes(CITIES)},
      'cityIds', ${CITIES},
      'topicIds', ${TOPICS},
      'networkIds', ARRAY(SELECT nm.network_id FROM network_membership nm WHERE nm.organization_id = o.id ORDER BY 1),
      'year', NULL,
      -- Not its import or creation time: a directory entry is no news. The oldest date there is
      -- keeps organizations behind practices, visits and meetings in the newest-first list of an
      -- empty search, and behind them when a search ties (they carry the same topic labels).
      'date', 'epoch'::timestamptz,
      'access', ${access}) AS doc
    FROM texts x JOIN organization o ON o.id = x.id`,
  shows: {
    CITY: 'SELECT o.id FROM organization o WHERE o.city_id = ANY($1::uuid[])',
    TOPIC: 'SELECT ot.organization_id FROM organization_topic ot WHERE ot.topic_id = ANY($1::uuid[])',
  },
};
