import { type DynamicModule, Module } from '@nestjs/common';
import { CoreModule, CoreExtensions1763780000000, type AppConfig, type DatabaseDefinition } from '#core';
import { DemoDataModule } from '#demo-data';
import { DirectoryModule, directoryEntities, directoryMigrations } from '#directory';
import { PracticesModule, practicesEntities, practicesMigrations } from '#practices';
import { TaxonomyModule, taxonomyEntities, taxonomyMigrations } from '#taxonomy';

/** Every entity and migration of every module, in the order the migrations must run. */
export const databaseDefinition: DatabaseDefinition = {
  entities: [...taxonomyEntities, ...directoryEntities, ...practicesEntities],
  migrations: [
    CoreExtensions1763780000000,
    ...taxonomyMigrations,
    ...directoryMigrations,
    ...practicesMigrations,
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
        TaxonomyModule,
        DirectoryModule,
        PracticesModule,
        DemoDataModule,
      ],
    };
  }
}
