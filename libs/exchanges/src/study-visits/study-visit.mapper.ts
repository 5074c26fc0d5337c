import type { StudyVisitType } from './study-visit.types.js';
import type { StudyVisitView } from './study-visits.service.js';

export function toStudyVisitType(v: StudyVisitView): StudyVisitType {
  const s = v.visit;
  return {
    id: s.id,
    startDate: s.startDate,
    endDate: s.endDate,
    visibility: s.visibility,
    version: s.version,
    title: v.translation?.title ?? '',
    purpose: v.translation?.purpose ?? null,
    learnings: v.translation?.learnings ?? null,
    language: v.translation?.language ?? s.originalLanguage,
    originalLanguage: s.originalLanguage,
    availableLanguages: v.availableLanguages,
    programme: v.items.map((i) => ({
      date: i.date,
      title: i.title,
      hostOrganizationId: i.hostOrganizationId,
    })),
    ownerOrganizationId: s.ownerOrganizationId,
    networkId: s.networkId,
    fundingProgrammeId: s.fundingProgrammeId,
  };
}
