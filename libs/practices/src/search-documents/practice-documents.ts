import { keywordArray, plainText, type GrantedIds, type ReadGrants, type RecordGrants } from '#core';
import { PracticeStatus, Visibility } from '../entities/enums.js';
import { cityKeywords, countryCodes, networkKeywords, organizationKeywords } from '#directory';
import { topicKeywords } from '#taxonomy';

const NETWORKS = `ARRAY(SELECT pn.network_id FROM practice_network pn WHERE pn.practice_id = p.id ORDER BY 1)`;
const TOPICS = `ARRAY(SELECT pt.topic_id FROM practice_topic pt WHERE pt.practice_id = p.id ORDER BY 1)`;
const CITIES = `ARRAY_REMOVE(ARRAY[p.city_id], NULL)`;
const PUBLISHED = `p.status = 'PUBLISHED'`;

/**
 * Who may read a practice, on alias `p` — the one rule for lists, counts and the search index:
 * - everyone: published and PUBLIC;
 * - members (and a network's API key): also published NETWORK practices shared with their networks;
 * - coordinators of a network it is shared with: also while IN_REVIEW (they publish it);
 * - members of the owner organization: everything it owns, drafts and PRIVATE included;
 * - platform admins: everything.
 */
export const PRACTICE_READ_GRANTS: ReadGrants = {
  public: `(${PUBLISHED} AND p.visibility = 'PUBLIC')`,
  memberNetworkIds: `CASE WHEN ${PUBLISHED} AND p.visibility = 'NETWORK' THEN ${NETWORKS} ELSE ARRAY[]::uuid[] END`,
  coordinatorNetworkIds: `CASE WHEN p.status = 'IN_REVIEW' THEN ${NETWORKS} ELSE ARRAY[]::uuid[] END`,
  organizationIds: 'ARRAY[p.owner_organization_id]',
};

/**
 * PRACTICE_READ_GRANTS for one loaded practice (single reads), arm for arm; the networks it is
 * shared with are read only when an arm needs them. A test holds the two to agree.
 */
export function practiceGrantsOf(
  practice: { status: PracticeStatus; visibility: Visibility; ownerOrganizationId: string },
  sharedWith: () => Promise<readonly string[]>,
): RecordGrants {
  const published = practice.status === PracticeStatus.PUBLISHED;
  const none: GrantedIds = [];
  return {
    public: published && practice.visibility === Visibility.PUBLIC,
    memberNetworkIds: published && practice.visibility === Visibility.NETWORK ? sharedWith : none,
    coordinatorNetworkIds: practice.status === PracticeStatus.IN_REVIEW ? sharedWith : none,
    organizationIds: [practice.ownerOrganizationId],
  };
}

/** A practice's search documents: one per language it is written in. */
export const practiceDocuments = {
  kind: 'PRACTICE',
  table: 'practice',
  alias: 'p',
  grants: PRACTICE_READ_GRANTS,
  documents: (access: string) => `
    SELECT jsonb_build_object(
      'type', 'PRACTICE', 'entityId', p.id, 'language', t.language,
      'isOriginal', t.language = p.original_language,
      'title', t.title, 'summary', ${plainText(`coalesce(t.summary, '')`)},
      'body', ${plainText(`concat_ws(E'\\n', t.challenge, t.solution, t.results, t.lessons_learned, t.transferability)`)},
      'keywords', ${keywordArray(
        topicKeywords(TOPICS),
        organizationKeywords('ARRAY[p.owner_organization_id]'),
        cityKeywords(CITIES),
        networkKeywords(NETWORKS),
      )},
      'countryCodes', ${countryCodes(CITIES)},
      'cityIds', ${CITIES},
      'topicIds', ${TOPICS},
      'networkIds', ${NETWORKS},
      'year', extract(year FROM coalesce(p.published_at, p.created_at))::int,
      'date', coalesce(p.published_at, p.created_at),
      'access', ${access}) AS doc
    FROM practice p JOIN practice_translation t ON t.practice_id = p.id
    WHERE p.id = ANY($1::uuid[])`,
  // Shared networks are found through the index's own network_ids (a deleted link is gone).
  shows: {
    ORGANIZATION: 'SELECT p.id FROM practice p WHERE p.owner_organization_id = ANY($1::uuid[])',
    CITY: 'SELECT p.id FROM practice p WHERE p.city_id = ANY($1::uuid[])',
    TOPIC: 'SELECT pt.practice_id FROM practice_topic pt WHERE pt.topic_id = ANY($1::uuid[])',
  },
};
