import { toCityType, toOrganizationType, type CityType } from '#directory';
import { toTopicType } from '#taxonomy';
import type { PracticeView } from './practices.service.js';
import type { PracticeTranslation } from '../entities/practice.entity.js';
import type { PracticeTranslationType, PracticeType } from './practice.types.js';

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
    related: view.related && toRelated(view.related),
  };
}

/** The list's related records as output types, with the names it already picked. */
function toRelated(related: NonNullable<PracticeView['related']>): NonNullable<PracticeType['related']> {
  const organization = toOrganizationType(related.organization.row);
  organization.localizedName = related.organization.localizedName;
  let city: CityType | null = null;
  if (related.city) {
    city = toCityType(related.city.row);
    city.localizedName = related.city.localizedName;
  }
  const topics = related.topics.map((t) => {
    const topic = toTopicType(t.row);
    topic.localizedLabel = t.localizedLabel;
    return topic;
  });
  return { organization, city, topics };
}

export function toTranslationType(t: PracticeTranslation): PracticeTranslationType {
  return {
    language: t.language,
    title: t.title,
    summary: t.summary,
    challenge: t.challenge,
    solution: t.solution,
    results: t.results,
    lessonsLearned: t.lessonsLearned,
    transferability: t.transferability,
  };
}
