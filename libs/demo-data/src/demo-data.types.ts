import type { NetworkRole, OrganizationKind, ProgrammeKind } from '#directory';

/** Language code → text. */
export type PerLanguage<T> = Partial<Record<string, T>>;

export interface DemoTopic {
  key: string;
  parent?: string;
  labels: PerLanguage<{ label: string; synonyms?: string[] }>;
}

export interface DemoCountry {
  code: string;
  names: PerLanguage<string>;
}

export interface DemoCity {
  ref: string;
  country: string;
  /** Local name, in `language`. */
  name: string;
  language: string;
  population?: number;
  latitude?: number;
  longitude?: number;
  /** Names in other languages (exonyms, e.g. lt "Vekšė" for Växjö). */
  names?: PerLanguage<string>;
}

export interface DemoOrganization {
  ref: string;
  kind: OrganizationKind;
  name: string;
  acronym?: string;
  city: string;
  website?: string;
  language: string;
  topics?: string[];
  translations?: PerLanguage<{ name?: string; description?: string }>;
}

export interface DemoPerson {
  ref: string;
  name: string;
  organization: string;
  language: string;
  roles: PerLanguage<string>;
  /** Only as published in the source article; shown to members only. */
  email?: string;
}

export interface DemoNetwork {
  ref: string;
  name: string;
  acronym?: string;
  website?: string;
  language: string;
  translations?: PerLanguage<{ name?: string; description?: string }>;
  members: { organization: string; role: NetworkRole; joinedOn?: string }[];
}

export interface DemoProgramme {
  ref: string;
  kind: ProgrammeKind;
  name: string;
  acronym?: string;
  website?: string;
  language: string;
  startDate?: string;
  endDate?: string;
  translations?: PerLanguage<{ name?: string; description?: string }>;
}

export interface DemoPractice {
  ref: string;
  organization: string;
  city: string;
  language: string;
  status: 'PUBLISHED';
  visibility: 'PUBLIC' | 'NETWORK';
  topics: string[];
  networks?: string[];
  programme?: string;
  periodStart?: string;
  periodEnd?: string;
  budget?: { amount: string; currency: string };
  sourceUrl?: string;
  /** ISO timestamp: when the source article was published. */
  publishedAt: string;
  translations: PerLanguage<{
    title: string;
    summary: string;
    challenge?: string;
    solution?: string;
    results?: string;
    lessonsLearned?: string;
    transferability?: string;
  }>;
}

export interface DemoActionItem {
  description: string;
  /** Organization ref responsible, if any. */
  ownerOrganization?: string;
  dueDate?: string;
  status: 'OPEN' | 'DONE' | 'DROPPED';
}

export interface DemoMeeting {
  ref: string;
  network: string;
  kind: 'NETWORK_MEETING' | 'CONFERENCE' | 'WORKSHOP' | 'WEBINAR';
  hostOrganization: string;
  city: string;
  venue?: string;
  /** ISO date. */
  date: string;
  attendeeCount?: number;
  attendees: string[];
  language: string;
  visibility: 'PUBLIC' | 'NETWORK';
  agenda: string[];
  /** Topic keys. */
  topics?: string[];
  relatedPractices?: string[];
  translations: PerLanguage<{ title: string; notes?: string; decisions?: string }>;
  actionItems?: DemoActionItem[];
}

export interface DemoStudyVisit {
  ref: string;
  /** The organization that made (and records) the visit. */
  ownerOrganization: string;
  visitors: string[];
  hosts: string[];
  startDate: string;
  endDate: string;
  programme?: string;
  network?: string;
  language: string;
  visibility: 'PUBLIC' | 'NETWORK';
  participants?: string[];
  items?: { date: string; host?: string; title: string }[];
  /** Topic keys. */
  topics?: string[];
  relatedPractices?: string[];
  translations: PerLanguage<{ title: string; purpose?: string; learnings?: string }>;
  actionItems?: DemoActionItem[];
}
