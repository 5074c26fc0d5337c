import { z } from 'zod';
import { FORMAT_RULES, type FormatRule } from '#core';

/**
 * The JSON Lines exchange format: one record per line, `type` first, references to other records
 * by their stable `ref` (a topic's ref is its key, a country's its ISO code). A record may only
 * refer to records that exist already or come earlier in the file; `npm run export` writes them
 * in that order. The demo data (libs/demo-data/demo-data.jsonl) is a file of these records.
 */
/**
 * A string in one of the formats GraphQL input accepts, checked by the same function
 * (FORMAT_RULES); the message names the rule, and the importer words it from the catalogue.
 */
export const RULE_PREFIX = 'rule:';
const format = (rule: FormatRule) => z.string().refine(FORMAT_RULES[rule], `${RULE_PREFIX}${rule}`);
const url = (max: number) => format('url').pipe(z.string().max(max));

const ref = z.string().min(1).max(100);
const lang = format('languageCode');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');
const perLanguage = <T extends z.ZodTypeAny>(value: T) => z.record(lang, value);
const text = (max: number) => z.string().max(max);

/**
 * Where a record's content comes from: the published articles it is drawn from (title and date),
 * or `ILLUSTRATIVE` where it was written for illustration; `note` names what a sourced record
 * invents, or what an illustrative one stands for. Carried by the demo data; optional everywhere.
 */
const provenance = z
  .strictObject({
    kind: z.enum(['SOURCED', 'ILLUSTRATIVE']),
    sources: z
      .array(z.strictObject({ title: text(500).min(1), date: isoDate.optional() }))
      .min(1)
      .max(20)
      .optional(),
    note: text(2000).min(1).optional(),
  })
  .refine((p) => p.kind !== 'SOURCED' || p.sources !== undefined, {
    message: 'a SOURCED provenance names its sources',
    path: ['sources'],
  });

export const countryRecord = z.strictObject({
  type: z.literal('country'),
  ref: format('countryCode'),
  names: perLanguage(text(120).min(1)),
});
export const topicRecord = z.strictObject({
  type: z.literal('topic'),
  ref: format('topicKey').pipe(z.string().max(64)),
  parent: z.string().optional(),
  labels: perLanguage(
    z.strictObject({ label: text(120).min(1), synonyms: z.array(text(120)).max(30).optional() }),
  ),
  provenance: provenance.optional(),
});
export const cityRecord = z.strictObject({
  type: z.literal('city'),
  ref,
  country: format('countryCode'),
  name: text(160).min(1),
  language: lang,
  population: z.number().int().min(0).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  names: perLanguage(text(160).min(1)).optional(),
  provenance: provenance.optional(),
});
const nameAndDescription = perLanguage(
  z.strictObject({ name: text(200).optional(), description: text(20000).optional() }),
);
export const organizationRecord = z.strictObject({
  type: z.literal('organization'),
  ref,
  kind: z.enum([
    'MUNICIPALITY',
    'DEVELOPMENT_AGENCY',
    'TOURISM_BOARD',
    'CHAMBER',
    'UNIVERSITY',
    'SCIENCE_PARK',
    'NGO',
    'NETWORK_SECRETARIAT',
    'BUSINESS_SUPPORT',
    'PUBLIC_AGENCY',
  ]),
  name: text(200).min(1),
  acronym: text(32).optional(),
  city: ref.optional(),
  website: url(500).optional(),
  language: lang,
  topics: z.array(z.string()).max(50).optional(),
  translations: nameAndDescription.optional(),
  provenance: provenance.optional(),
});
export const personRecord = z.strictObject({
  type: z.literal('person'),
  ref,
  name: text(160).min(1),
  organization: ref.optional(),
  language: lang,
  roles: perLanguage(text(200).min(1)),
  email: format('email').pipe(z.string().max(254)).optional(),
  provenance: provenance.optional(),
});
export const networkRecord = z.strictObject({
  type: z.literal('network'),
  ref,
  name: text(200).min(1),
  acronym: text(32).optional(),
  website: url(500).optional(),
  language: lang,
  translations: nameAndDescription.optional(),
  members: z
    .array(
      z.strictObject({
        organization: ref,
        role: z.enum(['COORDINATOR', 'MEMBER', 'OBSERVER']),
        joinedOn: isoDate.optional(),
      }),
    )
    .max(500),
  provenance: provenance.optional(),
});
export const programmeRecord = z.strictObject({
  type: z.literal('programme'),
  ref,
  kind: z.enum(['FUNDING_PROGRAMME', 'PROJECT', 'INITIATIVE']),
  name: text(200).min(1),
  acronym: text(32).optional(),
  website: url(500).optional(),
  language: lang,
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  translations: nameAndDescription.optional(),
  provenance: provenance.optional(),
});
const practiceText = z.strictObject({
  title: text(300).min(1),
  summary: text(100_000).optional(),
  challenge: text(100_000).optional(),
  solution: text(100_000).optional(),
  results: text(100_000).optional(),
  lessonsLearned: text(100_000).optional(),
  transferability: text(100_000).optional(),
});
export const practiceRecord = z.strictObject({
  type: z.literal('practice'),
  ref,
  organization: ref,
  city: ref.optional(),
  language: lang,
  status: z.enum(['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED']),
  visibility: z.enum(['PUBLIC', 'NETWORK', 'PRIVATE']),
  topics: z.array(z.string()).max(20),
  networks: z.array(ref).max(50).optional(),
  programme: ref.optional(),
  periodStart: isoDate.optional(),
  periodEnd: isoDate.optional(),
  budget: z
    .strictObject({
      amount: z.string().regex(/^\d{1,12}(\.\d{1,2})?$/),
      currency: format('currencyCode'),
    })
    .optional(),
  sourceUrl: url(1000).optional(),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  metrics: z
    .array(
      z.strictObject({
        name: text(200).min(1),
        value: z.string().regex(/^-?\d{1,14}(\.\d{1,4})?$/),
        unit: text(40).optional(),
      }),
    )
    .max(50)
    .optional(),
  links: z
    .array(
      z.strictObject({
        url: url(1000),
        title: text(300).min(1),
        kind: z.enum(['WEBSITE', 'DOCUMENT', 'VIDEO', 'IMAGE', 'PRESS', 'OTHER']),
        language: lang.optional(),
      }),
    )
    .max(50)
    .optional(),
  contacts: z.array(ref).max(20).optional(),
  translations: perLanguage(practiceText),
  provenance: provenance.optional(),
});
export const adoptionRecord = z.strictObject({
  type: z.literal('adoption'),
  practice: ref,
  organization: ref,
  status: z.enum(['CONSIDERING', 'ADAPTING', 'ADOPTED', 'DROPPED']),
  notes: text(20000).optional(),
  startedOn: isoDate.optional(),
  endedOn: isoDate.optional(),
});
const actionItem = z.strictObject({
  description: text(2000).min(1),
  ownerOrganization: ref.optional(),
  dueDate: isoDate.optional(),
  status: z.enum(['OPEN', 'DONE', 'DROPPED']),
});
export const meetingRecord = z.strictObject({
  type: z.literal('meeting'),
  ref,
  network: ref,
  kind: z.enum(['NETWORK_MEETING', 'CONFERENCE', 'WORKSHOP', 'WEBINAR']),
  hostOrganization: ref.optional(),
  city: ref.optional(),
  venue: text(300).optional(),
  date: isoDate,
  attendeeCount: z.number().int().min(0).optional(),
  attendees: z.array(ref).max(200),
  language: lang,
  visibility: z.enum(['PUBLIC', 'NETWORK']),
  /** The agenda in the original language. */
  agenda: z.array(text(300)).max(100),
  topics: z.array(z.string()).max(20).optional(),
  relatedPractices: z.array(ref).max(100).optional(),
  translations: perLanguage(
    z.strictObject({
      title: text(300).min(1),
      summary: text(100_000).optional(),
      notes: text(100_000).optional(),
      decisions: text(100_000).optional(),
      /** In this language; the original language's is the record's `agenda`. */
      agenda: z.array(text(300)).max(100).optional(),
    }),
  ),
  actionItems: z.array(actionItem).max(100).optional(),
  provenance: provenance.optional(),
});
export const studyVisitRecord = z.strictObject({
  type: z.literal('studyVisit'),
  ref,
  ownerOrganization: ref,
  visitors: z.array(ref).max(50),
  /** May be left out when only the host cities are known (`hostCities`). */
  hosts: z.array(ref).max(50).default([]),
  /** Host cities where no organization is recorded yet. */
  hostCities: z.array(ref).max(50).optional(),
  startDate: isoDate,
  endDate: isoDate,
  programme: ref.optional(),
  network: ref.optional(),
  language: lang,
  visibility: z.enum(['PUBLIC', 'NETWORK', 'PRIVATE']),
  participants: z.array(ref).max(100).optional(),
  items: z
    .array(z.strictObject({ date: isoDate, host: ref.optional(), title: text(300).min(1) }))
    .max(100)
    .optional(),
  topics: z.array(z.string()).max(20).optional(),
  relatedPractices: z.array(ref).max(100).optional(),
  translations: perLanguage(
    z.strictObject({
      title: text(300).min(1),
      purpose: text(100_000).optional(),
      learnings: text(100_000).optional(),
    }),
  ),
  actionItems: z.array(actionItem).max(100).optional(),
  provenance: provenance.optional(),
});

export const transferRecord = z.discriminatedUnion('type', [
  countryRecord,
  topicRecord,
  cityRecord,
  organizationRecord,
  personRecord,
  networkRecord,
  programmeRecord,
  practiceRecord,
  adoptionRecord,
  meetingRecord,
  studyVisitRecord,
]);
export type TransferRecord = z.infer<typeof transferRecord>;
/** The record of one type. */
export type RecordOf<T extends TransferRecord['type']> = Extract<TransferRecord, { type: T }>;
