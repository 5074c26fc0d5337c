import { Practice, PracticeNetwork, PracticeTopic, PracticeTranslation } from './entities/practice.entity.js';
import { Practices1763780300000 } from './migrations/1763780300000-practices.js';

export * from './entities/enums.js';
export * from './entities/practice.entity.js';
export * from './practices.module.js';
export * from './practices.service.js';

export const practicesEntities = [Practice, PracticeTranslation, PracticeTopic, PracticeNetwork];
export const practicesMigrations = [Practices1763780300000];
