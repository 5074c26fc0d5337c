export * from './demo-data.loader.js';
export * from './demo-data.module.js';
export type * from './demo-data.types.js';
