// The transactional outbox: the change records writes leave in their own transaction, for the
// search indexer (search-outbox) and for portals (change-events). Knows no module and no engine.
export * from './search-outbox.js';
export * from './change-events.js';
export * from './migrations/1763781000000-search-outbox.js';
export * from './migrations/1765000000000-change-events.js';
export * from './migrations/1765400000000-change-event-horizon.js';
export * from './migrations/1765700100000-search-outbox-vacuum.js';
export * from './change-event-pending.js';
