import type { IndexEntry, SearchDocument, SearchRequest } from '../../libs/search/src/index.js';

/**
 * For tests that drive a search engine directly: a public practice with one document, and a
 * search as an anonymous reader would run it.
 */
export function practiceEntry(
  id: string,
  document: Pick<SearchDocument, 'language' | 'title' | 'summary' | 'body' | 'date'> &
    Partial<Pick<SearchDocument, 'countryCodes' | 'cityIds'>>,
): IndexEntry {
  return {
    type: 'PRACTICE',
    entityId: id,
    documents: [
      {
        type: 'PRACTICE',
        entityId: id,
        isOriginal: true,
        keywords: [],
        countryCodes: [],
        cityIds: [],
        topicIds: [],
        networkIds: [],
        year: Number(document.date.slice(0, 4)),
        access: { public: true, memberNetworkIds: [], coordinatorNetworkIds: [], organizationIds: [] },
        ...document,
      },
    ],
  };
}

export function anonymousSearch(query: string, locale = 'en', first = 10): SearchRequest {
  return {
    query,
    locale,
    filter: {},
    first,
    after: null,
    reader: { kind: 'scoped', memberNetworkIds: [], coordinatorNetworkIds: [], organizationIds: [] },
  };
}
