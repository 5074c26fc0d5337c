import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#core';
import { loadDemoData } from './demo-data.loader.js';
import { loadDemoMembers } from './demo-members.loader.js';

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
    if (this.config.env !== 'development') return;
    const members = await loadDemoMembers(this.dataSource);
    if (members.length === 0) return;
    // Shown once, at the first start: the passwords are random and only their hashes are kept.
    this.logger.log(
      `demo members created (sign in with the login mutation; shown only this once):\n${members
        .map((m) => `  ${m.email}  ${m.password}  — ${m.what}`)
        .join('\n')}`,
    );
  }
}

@Module({ providers: [DemoDataBootstrap] })
export class DemoDataModule {}
