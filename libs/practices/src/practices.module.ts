import { Module } from '@nestjs/common';
import { ProvenanceResolver } from '#core';
import { DirectoryModule } from '#directory';
import { TaxonomyModule } from '#taxonomy';
import {
  AdoptionsResolver,
  OrganizationAdoptionsResolver,
  PracticeDetailsResolver,
} from './adoptions/adoptions.resolver.js';
import { AdoptionsService } from './adoptions/adoptions.service.js';
import { Practice } from './entities/practice.entity.js';
import { PracticeEditingResolver } from './editing/practice-editing.resolver.js';
import { PracticeEditingService } from './editing/practice-editing.service.js';
import { PracticesNodes } from './practices.nodes.js';
import { PracticeListRepository } from './practices/practice-list.repository.js';
import { PracticeType } from './practices/practice.types.js';
import { PracticesResolver } from './practices/practices.resolver.js';
import { PracticesService } from './practices/practices.service.js';

@Module({
  imports: [DirectoryModule, TaxonomyModule],
  providers: [
    PracticeListRepository,
    PracticesService,
    PracticesResolver,
    PracticeEditingService,
    PracticeEditingResolver,
    AdoptionsService,
    PracticesNodes,
    AdoptionsResolver,
    PracticeDetailsResolver,
    OrganizationAdoptionsResolver,
    ProvenanceResolver(PracticeType, Practice),
  ],
  exports: [PracticesService, PracticeEditingService, AdoptionsService],
})
export class PracticesModule {}
