import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry, readEach } from '#core';
import { toAdoptionType } from './adoptions/adoptions.resolver.js';
import { AdoptionsService } from './adoptions/adoptions.service.js';
import { toPracticeType } from './practices/practice.mapper.js';
import { PracticesService } from './practices/practices.service.js';

/**
 * Practices and adoptions for `node`. A practice is read as `practice(id)` reads it (its policy:
 * drafts for the owner's members, network-only ones for the networks'); an adoption is readable
 * with its practice. Translations are not records: they have no id of their own.
 */
@Injectable()
export class PracticesNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly practices: PracticesService,
    private readonly adoptions: AdoptionsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      {
        typename: 'Practice',
        key: { kind: 'uuid', table: 'practice' },
        load: (ctx, ids) => readEach(ids, (id) => this.practices.get(ctx, id), toPracticeType),
      },
      {
        typename: 'Adoption',
        key: { kind: 'uuid', table: 'adoption' },
        load: async (ctx, ids) =>
          new Map((await this.adoptions.readable(ctx, ids)).map((a) => [a.id, toAdoptionType(a)])),
      },
    );
  }
}
