import type { MeetingType } from './meeting.types.js';
import type { MeetingView } from './meetings.service.js';

export function toMeetingType(v: MeetingView): MeetingType {
  const m = v.meeting;
  return {
    id: m.id,
    kind: m.kind,
    date: m.date,
    venue: m.venue,
    attendeeCount: m.attendeeCount,
    visibility: m.visibility,
    version: m.version,
    title: v.translation?.title ?? '',
    summary: v.translation?.summary ?? null,
    notes: v.translation?.notes ?? null,
    decisions: v.translation?.decisions ?? null,
    language: v.translation?.language ?? m.originalLanguage,
    originalLanguage: m.originalLanguage,
    availableLanguages: v.availableLanguages,
    agenda: v.agenda,
    networkId: m.networkId,
    hostOrganizationId: m.hostOrganizationId,
    cityId: m.cityId,
  };
}
