import { type DynamicModule, Module } from '@nestjs/common';
import {
  Audit1763780050000,
  CoreModule,
  CoreExtensions1763780000000,
  SearchOutbox1763781000000,
  type AppConfig,
  type DatabaseDefinition,
} from '#core';
import { DemoDataModule } from '#demo-data';
import { DirectoryModule, directoryEntities, directoryMigrations } from '#directory';
import { ExchangesModule, exchangesEntities, exchangesMigrations } from '#exchanges';
import { IdentityModule, identityEntities, identityMigrations } from '#identity';
import { PracticesModule, practicesEntities, practicesMigrations } from '#practices';
import { SearchModule, searchMigrations } from '#search';
import { TaxonomyModule, taxonomyEntities, taxonomyMigrations } from '#taxonomy';

/** Every entity and migration of every module, in the order the migrations must run. */
export const databaseDefinition: DatabaseDefinition = {
  entities: [
    ...taxonomyEntities,
    ...directoryEntities,
    ...practicesEntities,
    ...identityEntities,
    ...exchangesEntities,
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
  ],
};

/** The API: core infrastructure plus one module per bounded area. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, databaseDefinition),
        IdentityModule,
        TaxonomyModule,
        DirectoryModule,
        PracticesModule,
        ExchangesModule,
        SearchModule,
        DemoDataModule,
      ],
    };
  }
}
