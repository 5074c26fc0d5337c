import { Audit1763780050000, CoreExtensions1763780000000, type DatabaseDefinition } from '#core';
import {
  ChangeEventHorizon1765400000000,
  ChangeEvents1765000000000,
  SearchOutbox1763781000000,
  SearchOutboxVacuum1765700100000,
} from '#outbox';
import { directoryEntities, directoryMigrations } from '#directory';
import { exchangesEntities, exchangesMigrations } from '#exchanges';
import { identityEntities, identityMigrations } from '#identity';
import { practicesEntities, practicesMigrations } from '#practices';
import { searchMigrations } from '#search';
import { taxonomyEntities, taxonomyMigrations } from '#taxonomy';
import { webhooksEntities, webhooksMigrations } from '#webhooks';

/**
 * Every entity and migration of every module, in the order the migrations must run: one list for
 * the API, the worker, the scripts, the benchmarks and the tests.
 */
export const databaseDefinition: DatabaseDefinition = {
  entities: [
    ...taxonomyEntities,
    ...directoryEntities,
    ...practicesEntities,
    ...identityEntities,
    ...exchangesEntities,
    ...webhooksEntities,
  ],
  migrations: [
    CoreExtensions1763780000000,
    Audit1763780050000,
    ...taxonomyMigrations,
    ...directoryMigrations,
    ...practicesMigrations,
    ...identityMigrations,
    ...exchangesMigrations,
    SearchOutbox1763781000000,
    ...searchMigrations,
    ChangeEvents1765000000000,
    ChangeEventHorizon1765400000000,
    ...webhooksMigrations,
    SearchOutboxVacuum1765700100000,
  ],
};
