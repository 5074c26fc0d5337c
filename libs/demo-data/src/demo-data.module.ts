import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#core';
import { loadDemoData } from './demo-data.loader.js';

/** Loads the demo data at start when DEMO_DATA is on (the default outside production). */
@Injectable()
class DemoDataBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.loadDemoData) return;
    if (await loadDemoData(this.dataSource)) this.logger.log('demo data loaded');
  }
}

@Module({ providers: [DemoDataBootstrap] })
export class DemoDataModule {}
