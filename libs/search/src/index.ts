import { SearchDocuments1763781100000 } from './migrations/1763781100000-search-documents.js';
import { SearchCompression1764600000000 } from './migrations/1764600000000-search-compression.js';
import { SearchDocumentOwners1764600100000 } from './migrations/1764600100000-search-document-owners.js';
import { SearchReindexRuns1764700000000 } from './migrations/1764700000000-search-reindex-runs.js';
import { SearchEditDistance1764700100000 } from './migrations/1764700100000-search-edit-distance.js';
import { SearchSlovenianStems1764700200000 } from './migrations/1764700200000-search-slovenian-stems.js';
import { SearchRelevance1764800000000 } from './migrations/1764800000000-search-relevance.js';
import { SearchInlineVectors1765700000000 } from './migrations/1765700000000-search-inline-vectors.js';
import { SearchRequeueOrganizationsVisits1765800200000 } from './migrations/1765800200000-search-requeue-organizations-visits.js';
import { SearchRequeueSlovenianStems1765900000000 } from './migrations/1765900000000-search-requeue-slovenian-stems.js';
import { SearchVocabulary1765900100000 } from './migrations/1765900100000-search-vocabulary.js';
import { SearchRequeueMeetingsVisits1766000000000 } from './migrations/1766000000000-search-requeue-meetings-visits.js';
import { SearchContentHash1766100000000 } from './migrations/1766100000000-search-content-hash.js';

export * from './engine/search-engine.js';
export * from './engine/search-engines.js';
export * from './engines/postgres/postgres-search.engine.js';
export * from './indexing/reindexer.js';
export * from './indexing/search-indexer.js';
export * from './search.module.js';

export const searchMigrations = [
  SearchDocuments1763781100000,
  SearchCompression1764600000000,
  SearchDocumentOwners1764600100000,
  SearchReindexRuns1764700000000,
  SearchEditDistance1764700100000,
  SearchSlovenianStems1764700200000,
  SearchRelevance1764800000000,
  SearchInlineVectors1765700000000,
  SearchRequeueOrganizationsVisits1765800200000,
  SearchRequeueSlovenianStems1765900000000,
  SearchVocabulary1765900100000,
  SearchRequeueMeetingsVisits1766000000000,
  SearchContentHash1766100000000,
];
export * from './indexing/standalone.js';
export type { FieldConcept } from './vocabulary/concept.js';
export {
  ANALYSED_VOCABULARY_FILE,
  fieldConcepts,
  analysedVocabularyText,
  readAnalysedVocabulary,
} from './vocabulary/analysed-vocabulary.js';
export { analyseVocabulary, vocabularyVersion } from './engines/postgres/concept-terms.js';
export * from './documents/document-loader.js';
export * from './graphql/search-hit-readers.js';
export * from './graphql/search.service.js';
// The GraphQL hit is SearchHitObject here: SearchHit is the engine's hit (engine/search-engine.ts).
export {
  CityFacet,
  CountryFacet,
  NetworkFacet,
  SearchHit as SearchHitObject,
  TopicFacet,
} from './graphql/search.types.js';
export * from './search-config.js';
