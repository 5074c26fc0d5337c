import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '#core';
import { toActionItemType } from './action-items/action-item.mapper.js';
import { ActionItemsService } from './action-items/action-items.service.js';
import { toMeetingType } from './meetings/meeting.mapper.js';
import { MeetingsService } from './meetings/meetings.service.js';
import { toStudyVisitType } from './study-visits/study-visit.mapper.js';
import { StudyVisitsService } from './study-visits/study-visits.service.js';

/** Meetings, study visits and action items for `node`: each under its list's read rule. */
@Injectable()
export class ExchangesNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly meetings: MeetingsService,
    private readonly visits: StudyVisitsService,
    private readonly actionItems: ActionItemsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      {
        typename: 'Meeting',
        key: { kind: 'uuid', table: 'meeting' },
        load: async (ctx, ids) =>
          new Map((await this.meetings.readableViews(ctx, ids)).map((v) => [v.meeting.id, toMeetingType(v)])),
      },
      {
        typename: 'StudyVisit',
        key: { kind: 'uuid', table: 'study_visit' },
        load: async (ctx, ids) =>
          new Map((await this.visits.readableViews(ctx, ids)).map((v) => [v.visit.id, toStudyVisitType(v)])),
      },
      {
        typename: 'ActionItem',
        key: { kind: 'uuid', table: 'action_item' },
        load: async (ctx, ids) =>
          new Map((await this.actionItems.readable(ctx, ids)).map((a) => [a.id, toActionItemType(a)])),
      },
    );
  }
}
