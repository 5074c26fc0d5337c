import { OrganizationsService, toOrganizationType } from '#directory';
import { MeetingsService, StudyVisitsService, toMeetingType, toStudyVisitType } from '#exchanges';
import { PracticesService, toPracticeType } from '#practices';
import type { SearchHitReader } from '#search';

/** Each hit type read through its module's service: the same read rules as its own queries. */
export const searchHitReaders = {
  inject: [PracticesService, MeetingsService, StudyVisitsService, OrganizationsService],
  useFactory: (
    practices: PracticesService,
    meetings: MeetingsService,
    visits: StudyVisitsService,
    organizations: OrganizationsService,
  ): SearchHitReader[] => [
    {
      type: 'PRACTICE',
      readableIds: (ctx, ids) => practices.readableIds(ctx, ids),
      load: async (ctx, id) => toPracticeType(await practices.get(ctx, id)),
    },
    {
      type: 'MEETING',
      readableIds: (ctx, ids) => meetings.readableIds(ctx, ids),
      load: async (ctx, id) => toMeetingType(await meetings.get(ctx, id)),
    },
    {
      type: 'STUDY_VISIT',
      readableIds: (ctx, ids) => visits.readableIds(ctx, ids),
      load: async (ctx, id) => toStudyVisitType(await visits.get(ctx, id)),
    },
    {
      type: 'ORGANIZATION',
      readableIds: (ctx, ids) => organizations.existingIds(ctx, ids),
      load: async (ctx, id) => toOrganizationType(await organizations.get(ctx, id)),
    },
  ],
};
