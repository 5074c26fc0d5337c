import type { FieldConcept } from './concept.js';
import { COMMUNITY_CONCEPTS } from './concepts-community.js';
import { ECONOMY_CONCEPTS } from './concepts-economy.js';
import { EVENT_CONCEPTS } from './concepts-events.js';
import { LEISURE_CONCEPTS } from './concepts-leisure.js';
import { OPERATIONS_CONCEPTS } from './concepts-operations.js';
import { PLACE_CONCEPTS } from './concepts-place.js';
import { STREET_LIFE_CONCEPTS } from './concepts-street-life.js';

export type { FieldConcept, VocabularyLanguage } from './concept.js';

/**
 * The field's concepts with their terms in each content language (see FieldConcept): the town
 * centre's economy, its management, governance and digital tools; events, culture, tourism and
 * marketing; mobility, public space, environment and heritage; everyday life and services; how
 * businesses run (deliveries, parcels, reuse); leisure and the built fabric; street life (small amenities,
 * cleanliness and nuisance, animals, visitor services, safety and inclusion, kinds of shops, disruption and
 * planning, streets and transport, weather, heritage and information, seasonal events, students, meetings).
 * Engine-independent: the postgres engine looks for a query's terms' translations with them, Meilisearch
 * gets them as synonyms.
 */
export const FIELD_CONCEPTS: readonly FieldConcept[] = [
  ...ECONOMY_CONCEPTS,
  ...EVENT_CONCEPTS,
  ...PLACE_CONCEPTS,
  ...COMMUNITY_CONCEPTS,
  ...OPERATIONS_CONCEPTS,
  ...LEISURE_CONCEPTS,
  ...STREET_LIFE_CONCEPTS,
];
