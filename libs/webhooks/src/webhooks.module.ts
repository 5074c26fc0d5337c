import {
  Inject,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChangeEvents } from '#outbox';
import { WebhookRunner, type RunnerLog } from './delivery/webhook-runner.js';
import type { WebhookSources } from './delivery/record-views.js';
import { WebhooksNodes } from './graphql/webhooks.nodes.js';
import { WebhooksResolver } from './graphql/webhooks.resolver.js';
import type { WebhookConfig } from './webhook-config.js';
import { WEBHOOK_CONFIG } from './webhook-tokens.js';
import { WebhooksService } from './webhooks.service.js';

/** The runner's log (pino's argument order) on Nest's logger: the message, then the error's stack. */
function nestRunnerLog(): RunnerLog {
  const logger = new Logger('Webhooks');
  return {
    error: (object, message) => {
      const error = (object as { err?: unknown }).err;
      logger.error(message, error instanceof Error ? error.stack : String(error));
    },
  };
}

export interface WebhooksModuleOptions {
  /** The webhooks' settings (loadWebhookConfig). */
  config: WebhookConfig;
  /** What the modules show of their records, and the scans that record events (the composition root). */
  sources: WebhookSources;
}

/**
 * Webhooks: the GraphQL API to manage them and, with WEBHOOK_WORKER=inline (the default, and what
 * the embedded database needs), the runner that dispatches and delivers in this process.
 */
@Module({})
export class WebhooksModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly runner: WebhookRunner,
    @Inject(WEBHOOK_CONFIG) private readonly config: WebhookConfig,
  ) {}

  static forRoot(options: WebhooksModuleOptions): DynamicModule {
    return {
      module: WebhooksModule,
      providers: [
        { provide: WEBHOOK_CONFIG, useValue: options.config },
        {
          provide: WebhookRunner,
          inject: [DataSource, ChangeEvents],
          useFactory: (dataSource: DataSource, changeEvents: ChangeEvents) =>
            new WebhookRunner(dataSource, options.config, options.sources, changeEvents, nestRunnerLog()),
        },
        WebhooksService,
        WebhooksResolver,
        WebhooksNodes,
      ],
      exports: [WebhookRunner, WebhooksService],
    };
  }

  onModuleInit(): void {
    if (this.config.worker === 'inline') this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}
