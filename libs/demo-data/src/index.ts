export * from './demo-data.loader.js';
export * from './demo-data.module.js';
export * from './demo-members.loader.js';
