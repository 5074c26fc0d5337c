import { Module } from '@nestjs/common';
import { ProvenanceResolver } from '#core';
import { DirectoryModule } from '#directory';
import { PracticesModule } from '#practices';
import { TaxonomyModule } from '#taxonomy';
import {
  ActionItemsResolver,
  MeetingActionItemsResolver,
  StudyVisitActionItemsResolver,
} from './action-items/action-items.resolver.js';
import { ActionItemsService } from './action-items/action-items.service.js';
import { Meeting } from './entities/meeting.entity.js';
import { ExchangesNodes } from './exchanges.nodes.js';
import { StudyVisit } from './entities/study-visit.entity.js';
import { FeedsController } from './feeds/feeds.controller.js';
import { MeetingType } from './meetings/meeting.types.js';
import { MeetingsResolver } from './meetings/meetings.resolver.js';
import { MeetingsService } from './meetings/meetings.service.js';
import { StudyVisitItemResolver, StudyVisitsResolver } from './study-visits/study-visits.resolver.js';
import { StudyVisitType } from './study-visits/study-visit.types.js';
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
    ExchangesNodes,
    ProvenanceResolver(MeetingType, Meeting),
    ProvenanceResolver(StudyVisitType, StudyVisit),
  ],
  exports: [MeetingsService, StudyVisitsService, ActionItemsService],
})
export class ExchangesModule {}
