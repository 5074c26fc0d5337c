import { Practice, PracticeNetwork, PracticeTopic, PracticeTranslation } from './entities/practice.entity.js';
import {
  Adoption,
  PracticeContact,
  PracticeLink,
  PracticeMetric,
} from './entities/practice-details.entity.js';
import { Practices1763780300000 } from './migrations/1763780300000-practices.js';
import { PracticeDetails1763780600000 } from './migrations/1763780600000-practice-details.js';
import { PracticeSort1763780800000 } from './migrations/1763780800000-practice-sort.js';
import { PracticeCountry1763781200000 } from './migrations/1763781200000-practice-country.js';
import { PracticeProvenance1764900200000 } from './migrations/1764900200000-practice-provenance.js';

export * from './entities/enums.js';
export { AdoptionsService } from './adoptions/adoptions.service.js';
export { PracticeEditingService, type PracticeTransition } from './editing/practice-editing.service.js';
export {
  CreatePracticeInput,
  PracticeContentInput,
  PracticeDetailsInput,
} from './editing/practice-editing.types.js';
export * from './entities/practice-details.entity.js';
export * from './entities/practice.entity.js';
export * from './practices.module.js';
export { PracticePolicy } from './practices.policy.js';
export * from './practices/practice.mapper.js';
export * from './practices/practice.types.js';
export * from './practices/practices.service.js';

export const practicesEntities = [
  Practice,
  PracticeTranslation,
  PracticeTopic,
  PracticeNetwork,
  PracticeMetric,
  PracticeLink,
  PracticeContact,
  Adoption,
];
export const practicesMigrations = [
  Practices1763780300000,
  PracticeDetails1763780600000,
  PracticeSort1763780800000,
  PracticeCountry1763781200000,
  PracticeProvenance1764900200000,
];
export * from './search-documents/practice-documents.js';
