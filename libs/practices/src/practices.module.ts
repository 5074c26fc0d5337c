import { Module } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { TaxonomyModule } from '#taxonomy';
import {
  AdoptionsResolver,
  OrganizationAdoptionsResolver,
  PracticeDetailsResolver,
} from './adoptions.resolver.js';
import { AdoptionsService } from './adoptions.service.js';
import { PracticeEditingResolver } from './practice-editing.resolver.js';
import { PracticeEditingService } from './practice-editing.service.js';
import { PracticeListRepository } from './practice-list.repository.js';
import { PracticesResolver } from './practices.resolver.js';
import { PracticesService } from './practices.service.js';

@Module({
  imports: [DirectoryModule, TaxonomyModule],
  providers: [
    PracticeListRepository,
    PracticesService,
    PracticesResolver,
    PracticeEditingService,
    PracticeEditingResolver,
    AdoptionsService,
    AdoptionsResolver,
    PracticeDetailsResolver,
    OrganizationAdoptionsResolver,
  ],
  exports: [PracticesService],
})
export class PracticesModule {}
