import { CITY_NAMES, organizationDocuments } from '#directory';
import { meetingDocuments, studyVisitDocuments } from '#exchanges';
import { practiceDocuments } from '#practices';
import type { SearchSources } from '#search';
import { TOPIC_SYNONYM_GROUPS } from '#taxonomy';

/** What each module gives the search index: its records' documents and read rules, topic synonyms, place names. */
export const searchSources: SearchSources = {
  records: [practiceDocuments, studyVisitDocuments, meetingDocuments, organizationDocuments],
  synonymGroups: TOPIC_SYNONYM_GROUPS,
  placeNames: CITY_NAMES,
};
