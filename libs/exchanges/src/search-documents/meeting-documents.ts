import { keywordArray, plainText, type ReadGrants } from '#core';
import {
  cityKeywords,
  countryCodes,
  networkKeywords,
  organizationKeywords,
  organizationNames,
} from '#directory';
import { topicKeywords } from '#taxonomy';

const TOPICS = `ARRAY(SELECT mt.topic_id FROM meeting_topic mt WHERE mt.meeting_id = m.id ORDER BY 1)`;
const HOST = `ARRAY_REMOVE(ARRAY[m.host_organization_id], NULL)`;
/**
 * The attending organizations are body text (their names), not labels: a label counts like the
 * meeting's own place, and an attendee's name often holds its town ("Turun Keskusta ry" at a
 * meeting in Tampere), which made the meeting rank as Turku's for "kaupunkipyörät Turku".
 */
const ATTENDEES = `ARRAY(SELECT a.organization_id FROM meeting_attendee a WHERE a.meeting_id = m.id)`;
const CITIES = 'ARRAY_REMOVE(ARRAY[m.city_id], NULL)';
/**
 * A meeting's venue and its agenda in the document's language: its summary when it has none of its
 * own, else body text.
 */
const VENUE_AGENDA = `concat_ws(' · ', m.venue, nullif(array_to_string(t.agenda, ' · '), ''))`;
const HAS_SUMMARY = `btrim(coalesce(t.summary, '')) <> ''`;

/** Who may read a meeting, on alias `m`: PUBLIC ones everyone, the others members of its network. */
export const MEETING_READ_GRANTS: ReadGrants = {
  public: `(m.visibility = 'PUBLIC')`,
  memberNetworkIds: 'ARRAY[m.network_id]',
  coordinatorNetworkIds: 'ARRAY[]::uuid[]',
  organizationIds: 'ARRAY[]::uuid[]',
};

/** A meeting's search documents: one per language it is written in. */
export const meetingDocuments = {
  kind: 'MEETING',
  table: 'meeting',
  alias: 'm',
  grants: MEETING_READ_GRANTS,
  documents: (access: string) => `
    SELECT jsonb_build_object(
      'type', 'MEETING', 'entityId', m.id, 'language', t.language,
      'isOriginal', t.language = m.original_language,
      'title', t.title,
      -- The summary as written ranks as one; without it, the venue and agenda stand in for it.
      'summary', CASE WHEN ${HAS_SUMMARY} THEN ${plainText('t.summary')} ELSE ${VENUE_AGENDA} END,
      'body', concat_ws(E'\\n', CASE WHEN ${HAS_SUMMARY} THEN nullif(${VENUE_AGENDA}, '') END,
                        nullif(${plainText(`concat_ws(E'\\n', t.notes, t.decisions)`)}, ''), ${organizationNames(ATTENDEES)}),
      'keywords', ${keywordArray(
        topicKeywords(TOPICS),
        organizationKeywords(HOST),
        cityKeywords(CITIES),
        networkKeywords('ARRAY[m.network_id]'),
      )},
      'countryCodes', ${countryCodes(CITIES)},
      'cityIds', ${CITIES},
      'topicIds', ${TOPICS},
      'networkIds', ARRAY[m.network_id],
      'year', extract(year FROM m.date)::int,
      'date', m.date::timestamptz,
      'access', ${access}) AS doc
    FROM meeting m JOIN meeting_translation t ON t.meeting_id = m.id
    WHERE m.id = ANY($1::uuid[])`,
  shows: {
    ORGANIZATION: `SELECT m.id FROM meeting m WHERE m.host_organization_id = ANY($1::uuid[])
      UNION SELECT a.meeting_id FROM meeting_attendee a WHERE a.organization_id = ANY($1::uuid[])`,
    CITY: 'SELECT m.id FROM meeting m WHERE m.city_id = ANY($1::uuid[])',
    NETWORK: 'SELECT m.id FROM meeting m WHERE m.network_id = ANY($1::uuid[])',
  },
};
