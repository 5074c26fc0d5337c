export * from './exporter.js';
export * from './importer.js';
export * from './records.js';
