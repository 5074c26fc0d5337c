import type { PracticeView } from './practices.service.js';
import type { PracticeType } from './practice.types.js';

export function toPracticeType(view: PracticeView): PracticeType {
  const p = view.practice;
  return {
    id: p.id,
    title: view.title,
    summary: view.summary,
    language: view.language,
    originalLanguage: p.originalLanguage,
    availableLanguages: view.availableLanguages,
    status: p.status,
    visibility: p.visibility,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    budget:
      p.budgetAmount !== null && p.budgetCurrency !== null
        ? { amount: p.budgetAmount, currency: p.budgetCurrency }
        : null,
    sourceUrl: p.sourceUrl,
    version: p.version,
    publishedAt: p.publishedAt,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    ownerOrganizationId: p.ownerOrganizationId,
    cityId: p.cityId,
    fundingProgrammeId: p.fundingProgrammeId,
  };
}
