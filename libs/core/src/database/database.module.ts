import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { openDatabase, type DatabaseDefinition, type OpenDatabase } from './data-source.factory.js';
import { migrateDatabase } from './migrate.js';
import { AuditLog } from '../audit/audit-log.js';
import { ChangeEvents, SearchOutbox } from '#outbox';
import { PreparedStatements } from './prepared-statements.js';
import { QueryCounter } from './query-counter.js';

export const OPEN_DATABASE = Symbol('OPEN_DATABASE');

@Injectable()
class DatabaseLifecycle implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');

  constructor(@Inject(OPEN_DATABASE) private readonly db: OpenDatabase) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.close();
    this.logger.log('database closed');
  }
}

/**
 * Opens the database once per process and runs pending migrations before anything else starts.
 * Modules list their entities and migrations in the root module; this module owns none.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(definition: DatabaseDefinition): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: OPEN_DATABASE,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig): Promise<OpenDatabase> => {
            const db = await openDatabase(config, definition);
            try {
              const applied = await migrateDatabase(db.dataSource, config.database);
              if (applied.length > 0) {
                new Logger('Database').log(
                  `applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`,
                );
              }
            } catch (error) {
              await db.close();
              throw error;
            }
            return db;
          },
        },
        { provide: DataSource, inject: [OPEN_DATABASE], useFactory: (db: OpenDatabase) => db.dataSource },
        { provide: QueryCounter, inject: [OPEN_DATABASE], useFactory: (db: OpenDatabase) => db.queryCounter },
        DatabaseLifecycle,
        PreparedStatements,
        AuditLog,
        {
          provide: SearchOutbox,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new SearchOutbox().attach(dataSource),
        },
        {
          provide: ChangeEvents,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new ChangeEvents().attach(dataSource),
        },
      ],
      exports: [
        DataSource,
        QueryCounter,
        OPEN_DATABASE,
        PreparedStatements,
        AuditLog,
        SearchOutbox,
        ChangeEvents,
      ],
    };
  }
}
