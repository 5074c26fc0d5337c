import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { SignedInMutationsGuard } from './auth/allow-anonymous.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import type { DatabaseDefinition } from './database/data-source.factory.js';
import { DatabaseModule } from './database/database.module.js';
import { GraphqlRootModule } from './graphql/graphql-root.module.js';
import { GraphiqlModule } from './graphql/graphiql/graphiql.module.js';
import { HealthModule } from './health/health.module.js';
import { TimeBudgetInterceptor } from './graphql/time-budget.interceptor.js';
import { SystemResolver } from './graphql/system.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { I18nModule } from './i18n/i18n.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { NodeModule } from './node/node.module.js';
import { WritesModule } from './writes/writes.module.js';

/**
 * Configuration, database, i18n, the write path, the GraphQL endpoint, /health and /metrics: what
 * every app needs.
 */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, database: DatabaseDefinition): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(database),
        I18nModule,
        GraphqlRootModule,
        ...(config.graphiql ? [GraphiqlModule] : []),
        HealthModule,
        MetricsModule,
        WritesModule,
        NodeModule,
      ],
      providers: [
        SystemResolver,
        AuditResolver,
        { provide: APP_GUARD, useClass: SignedInMutationsGuard },
        { provide: APP_INTERCEPTOR, useClass: TimeBudgetInterceptor },
      ],
    };
  }
}
