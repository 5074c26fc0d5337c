export * from './database-definition.js';
export * from './search-sources.js';
export * from './webhook-sources.js';
