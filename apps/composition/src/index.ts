export * from './database-definition.js';
export * from './search-sources.js';
