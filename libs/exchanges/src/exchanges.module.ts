import { Module } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { PracticesModule } from '#practices';
import { TaxonomyModule } from '#taxonomy';
import {
  ActionItemsResolver,
  ActionItemsService,
  MeetingActionItemsResolver,
  StudyVisitActionItemsResolver,
} from './action-items/action-items.js';
import { FeedsController } from './feeds/feeds.controller.js';
import { MeetingsResolver } from './meetings/meetings.resolver.js';
import { MeetingsService } from './meetings/meetings.service.js';
import { StudyVisitItemResolver, StudyVisitsResolver } from './study-visits/study-visits.resolver.js';
import { StudyVisitsService } from './study-visits/study-visits.service.js';

/** Network meetings, study visits and the action items that follow from them. */
@Module({
  imports: [DirectoryModule, PracticesModule, TaxonomyModule],
  controllers: [FeedsController],
  providers: [
    MeetingsService,
    MeetingsResolver,
    StudyVisitsService,
    StudyVisitsResolver,
    StudyVisitItemResolver,
    ActionItemsService,
    ActionItemsResolver,
    MeetingActionItemsResolver,
    StudyVisitActionItemsResolver,
  ],
  exports: [MeetingsService, StudyVisitsService],
})
export class ExchangesModule {}
