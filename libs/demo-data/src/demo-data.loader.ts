import type { DataSource, EntityManager } from 'typeorm';
import {
  City,
  CityTranslation,
  Country,
  CountryTranslation,
  Network,
  NetworkMembership,
  NetworkTranslation,
  Organization,
  OrganizationTopic,
  OrganizationTranslation,
  Person,
  PersonTranslation,
  Programme,
  ProgrammeTranslation,
} from '#directory';
import {
  Practice,
  PracticeNetwork,
  PracticeStatus,
  PracticeTopic,
  PracticeTranslation,
  Visibility,
} from '#practices';
import {
  ActionItem,
  ActionItemStatus,
  ExchangeVisibility,
  Meeting,
  MeetingKind,
  MeetingTranslation,
  StudyVisit,
  StudyVisitTranslation,
} from '#exchanges';
import { markAllSearchChanged } from '#search';
import { Topic, TopicTranslation } from '#taxonomy';
import { DEMO_CITIES, DEMO_COUNTRIES } from './content/places.js';
import { DEMO_NETWORKS, DEMO_ORGANIZATIONS, DEMO_PEOPLE, DEMO_PROGRAMMES } from './content/directory.js';
import { DEMO_MEETINGS, DEMO_STUDY_VISITS } from './content/exchanges.js';
import { DEMO_PRACTICES } from './content/practices.js';
import { DEMO_TOPICS } from './content/topics.js';
import type { DemoActionItem, PerLanguage } from './demo-data.types.js';

const DIRECTORY_MARKER = 'demo_data.directory';
const PRACTICES_MARKER = 'demo_data.practices';
const EXCHANGES_MARKER = 'demo_data.exchanges';

const entries = <T>(perLanguage: PerLanguage<T> | undefined): [string, T][] =>
  Object.entries(perLanguage ?? {}).filter((e): e is [string, T] => e[1] !== undefined);

/**
 * Loads the demo directory and taxonomy built from the seed articles, once: a marker row in
 * app_meta records that it ran, so records a user deleted are not brought back on restart.
 * Returns whether anything was loaded.
 */
export async function loadDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    // Serializes concurrent starts (several API processes on one fresh database).
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('demo_data'))`);
    let loaded = false;
    if (await once(em, DIRECTORY_MARKER)) {
      const topicIds = await loadTopics(em);
      await loadPlaces(em);
      const organizationIds = await loadOrganizations(em, topicIds);
      await loadPeople(em, organizationIds);
      await loadNetworks(em, organizationIds);
      await loadProgrammes(em);
      loaded = true;
    }
    // A later part of the demo has its own marker, so databases seeded before it existed get it too.
    if (await once(em, PRACTICES_MARKER)) {
      await loadPractices(em);
      loaded = true;
    }
    if (await once(em, EXCHANGES_MARKER)) {
      await loadExchanges(em);
      loaded = true;
    }
    // Written through the services' back door, so the search index learns of it here.
    if (loaded) await markAllSearchChanged(em);
    return loaded;
  });
}

/** True (and the marker written) the first time a part of the demo data is loaded. */
async function once(em: EntityManager, marker: string): Promise<boolean> {
  const inserted = (await em.query(
    `INSERT INTO app_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`,
    [marker, JSON.stringify({ loadedAt: new Date().toISOString() })],
  )) as unknown[];
  return inserted.length > 0;
}

async function loadTopics(em: EntityManager): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const topic of DEMO_TOPICS) {
    const parentId = topic.parent ? ids.get(topic.parent) : null;
    if (parentId === undefined)
      throw new Error(`demo topic ${topic.key}: parent ${topic.parent} must come first`);
    const saved = await em.getRepository(Topic).save(em.create(Topic, { key: topic.key, parentId }));
    ids.set(topic.key, saved.id);
    await em.getRepository(TopicTranslation).insert(
      entries(topic.labels).map(([language, l]) => ({
        topicId: saved.id,
        language,
        label: l.label,
        synonyms: l.synonyms ?? [],
      })),
    );
  }
  return ids;
}

async function loadPlaces(em: EntityManager): Promise<void> {
  for (const country of DEMO_COUNTRIES) {
    await em.getRepository(Country).insert({ code: country.code });
    await em
      .getRepository(CountryTranslation)
      .insert(
        entries(country.names).map(([language, name]) => ({ countryCode: country.code, language, name })),
      );
  }
  for (const city of DEMO_CITIES) {
    const saved = await em.getRepository(City).save(
      em.create(City, {
        externalRef: city.ref,
        countryCode: city.country,
        name: city.name,
        originalLanguage: city.language,
        population: city.population ?? null,
        latitude: city.latitude ?? null,
        longitude: city.longitude ?? null,
      }),
    );
    const names = entries(city.names).map(([language, name]) => ({ cityId: saved.id, language, name }));
    if (names.length) await em.getRepository(CityTranslation).insert(names);
  }
}

async function refMap(
  em: EntityManager,
  table: 'city' | 'organization' | 'network' | 'programme' | 'topic' | 'person' | 'practice',
): Promise<Map<string, string>> {
  const column = table === 'topic' ? 'key' : 'external_ref';
  const rows = (await em.query(`SELECT id, ${column} AS ref FROM ${table} WHERE ${column} IS NOT NULL`)) as {
    id: string;
    ref: string;
  }[];
  return new Map(rows.map((r) => [r.ref, r.id]));
}

function lookup(map: Map<string, string>, ref: string, what: string): string {
  const id = map.get(ref);
  if (!id) throw new Error(`demo data: unknown ${what} "${ref}"`);
  return id;
}

async function loadOrganizations(
  em: EntityManager,
  topicIds: Map<string, string>,
): Promise<Map<string, string>> {
  const cities = await refMap(em, 'city');
  const ids = new Map<string, string>();
  for (const o of DEMO_ORGANIZATIONS) {
    const saved = await em.getRepository(Organization).save(
      em.create(Organization, {
        externalRef: o.ref,
        kind: o.kind,
        name: o.name,
        acronym: o.acronym ?? null,
        cityId: lookup(cities, o.city, 'city'),
        website: o.website ?? null,
        defaultLanguage: o.language,
      }),
    );
    ids.set(o.ref, saved.id);
    const translations = entries(o.translations).map(([language, t]) => ({
      organizationId: saved.id,
      language,
      name: t.name ?? null,
      description: t.description ?? null,
    }));
    if (translations.length) await em.getRepository(OrganizationTranslation).insert(translations);
    const topics = (o.topics ?? []).map((key) => ({
      organizationId: saved.id,
      topicId: lookup(topicIds, key, 'topic'),
    }));
    if (topics.length) await em.getRepository(OrganizationTopic).insert(topics);
  }
  return ids;
}

async function loadPeople(em: EntityManager, organizations: Map<string, string>): Promise<void> {
  for (const p of DEMO_PEOPLE) {
    const saved = await em.getRepository(Person).save(
      em.create(Person, {
        externalRef: p.ref,
        name: p.name,
        organizationId: lookup(organizations, p.organization, 'organization'),
        email: p.email ?? null,
        phone: null,
        originalLanguage: p.language,
      }),
    );
    await em
      .getRepository(PersonTranslation)
      .insert(entries(p.roles).map(([language, role]) => ({ personId: saved.id, language, role })));
  }
}

async function loadNetworks(em: EntityManager, organizations: Map<string, string>): Promise<void> {
  for (const n of DEMO_NETWORKS) {
    const saved = await em.getRepository(Network).save(
      em.create(Network, {
        externalRef: n.ref,
        name: n.name,
        acronym: n.acronym ?? null,
        website: n.website ?? null,
        originalLanguage: n.language,
      }),
    );
    const translations = entries(n.translations).map(([language, t]) => ({
      networkId: saved.id,
      language,
      name: t.name ?? null,
      description: t.description ?? null,
    }));
    if (translations.length) await em.getRepository(NetworkTranslation).insert(translations);
    await em.getRepository(NetworkMembership).insert(
      n.members.map((m) => ({
        networkId: saved.id,
        organizationId: lookup(organizations, m.organization, 'organization'),
        role: m.role,
        joinedOn: m.joinedOn ?? null,
      })),
    );
  }
}

async function loadProgrammes(em: EntityManager): Promise<void> {
  for (const p of DEMO_PROGRAMMES) {
    const saved = await em.getRepository(Programme).save(
      em.create(Programme, {
        externalRef: p.ref,
        kind: p.kind,
        name: p.name,
        acronym: p.acronym ?? null,
        website: p.website ?? null,
        originalLanguage: p.language,
        startDate: p.startDate ?? null,
        endDate: p.endDate ?? null,
      }),
    );
    const translations = entries(p.translations).map(([language, t]) => ({
      programmeId: saved.id,
      language,
      name: t.name ?? null,
      description: t.description ?? null,
    }));
    if (translations.length) await em.getRepository(ProgrammeTranslation).insert(translations);
  }
}

async function loadPractices(em: EntityManager): Promise<void> {
  // One after the other: they share the transaction's single connection.
  const organizations = await refMap(em, 'organization');
  const cities = await refMap(em, 'city');
  const networks = await refMap(em, 'network');
  const programmes = await refMap(em, 'programme');
  const topics = await refMap(em, 'topic');
  // Demo records the user deleted stay deleted: a practice whose owner is gone is skipped.
  for (const p of DEMO_PRACTICES.filter((d) => organizations.has(d.organization))) {
    const saved = await em.getRepository(Practice).save(
      em.create(Practice, {
        externalRef: p.ref,
        ownerOrganizationId: lookup(organizations, p.organization, 'organization'),
        cityId: cities.get(p.city) ?? null,
        status: PracticeStatus.PUBLISHED,
        visibility: p.visibility === 'NETWORK' ? Visibility.NETWORK : Visibility.PUBLIC,
        originalLanguage: p.language,
        periodStart: p.periodStart ?? null,
        periodEnd: p.periodEnd ?? null,
        budgetAmount: p.budget?.amount ?? null,
        budgetCurrency: p.budget?.currency ?? null,
        fundingProgrammeId: p.programme ? (programmes.get(p.programme) ?? null) : null,
        sourceUrl: p.sourceUrl ?? null,
        publishedAt: new Date(p.publishedAt),
      }),
    );
    await em.getRepository(PracticeTranslation).insert(
      entries(p.translations).map(([language, t]) => ({
        practiceId: saved.id,
        language,
        title: t.title,
        summary: t.summary,
        challenge: t.challenge ?? null,
        solution: t.solution ?? null,
        results: t.results ?? null,
        lessonsLearned: t.lessonsLearned ?? null,
        transferability: t.transferability ?? null,
      })),
    );
    const topicLinks = p.topics
      .filter((k) => topics.has(k))
      .map((k) => ({ practiceId: saved.id, topicId: lookup(topics, k, 'topic') }));
    if (topicLinks.length) await em.getRepository(PracticeTopic).insert(topicLinks);
    const networkLinks = (p.networks ?? [])
      .filter((r) => networks.has(r))
      .map((r) => ({ practiceId: saved.id, networkId: lookup(networks, r, 'network') }));
    if (networkLinks.length) await em.getRepository(PracticeNetwork).insert(networkLinks);
  }
}

async function loadExchanges(em: EntityManager): Promise<void> {
  const organizations = await refMap(em, 'organization');
  const cities = await refMap(em, 'city');
  const networks = await refMap(em, 'network');
  const programmes = await refMap(em, 'programme');
  const people = await refMap(em, 'person');
  const practices = await refMap(em, 'practice');
  const topics = await refMap(em, 'topic');
  const known = (map: Map<string, string>, refs: readonly string[] = []) =>
    refs.filter((r) => map.has(r)).map((r) => map.get(r)!);
  const actionItem = (item: DemoActionItem, parent: { meetingId?: string; studyVisitId?: string }) => ({
    ...parent,
    description: item.description,
    ownerOrganizationId: item.ownerOrganization ? (organizations.get(item.ownerOrganization) ?? null) : null,
    dueDate: item.dueDate ?? null,
    status: item.status as ActionItemStatus,
  });

  for (const m of DEMO_MEETINGS.filter((d) => networks.has(d.network))) {
    const meeting = await em.getRepository(Meeting).save(
      em.create(Meeting, {
        externalRef: m.ref,
        networkId: networks.get(m.network)!,
        kind: m.kind as MeetingKind,
        hostOrganizationId: organizations.get(m.hostOrganization) ?? null,
        cityId: cities.get(m.city) ?? null,
        venue: m.venue ?? null,
        date: m.date,
        attendeeCount: m.attendeeCount ?? null,
        originalLanguage: m.language,
        visibility: m.visibility as ExchangeVisibility,
      }),
    );
    await em.getRepository(MeetingTranslation).insert(
      entries(m.translations).map(([language, t]) => ({
        meetingId: meeting.id,
        language,
        title: t.title,
        notes: t.notes ?? null,
        decisions: t.decisions ?? null,
      })),
    );
    for (const organizationId of known(organizations, m.attendees)) {
      await em.query(`INSERT INTO meeting_attendee (meeting_id, organization_id) VALUES ($1, $2)`, [
        meeting.id,
        organizationId,
      ]);
    }
    for (const [position, title] of m.agenda.entries()) {
      await em.query(`INSERT INTO meeting_agenda_item (meeting_id, position, title) VALUES ($1, $2, $3)`, [
        meeting.id,
        position,
        title,
      ]);
    }
    for (const topicId of known(topics, m.topics)) {
      await em.query(`INSERT INTO meeting_topic (meeting_id, topic_id) VALUES ($1, $2)`, [
        meeting.id,
        topicId,
      ]);
    }
    for (const practiceId of known(practices, m.relatedPractices)) {
      await em.query(`INSERT INTO meeting_practice (meeting_id, practice_id) VALUES ($1, $2)`, [
        meeting.id,
        practiceId,
      ]);
    }
    for (const item of m.actionItems ?? [])
      await em.getRepository(ActionItem).insert(actionItem(item, { meetingId: meeting.id }));
  }

  for (const v of DEMO_STUDY_VISITS.filter((d) => organizations.has(d.ownerOrganization))) {
    const visit = await em.getRepository(StudyVisit).save(
      em.create(StudyVisit, {
        externalRef: v.ref,
        ownerOrganizationId: organizations.get(v.ownerOrganization)!,
        networkId: v.network ? (networks.get(v.network) ?? null) : null,
        fundingProgrammeId: v.programme ? (programmes.get(v.programme) ?? null) : null,
        startDate: v.startDate,
        endDate: v.endDate,
        originalLanguage: v.language,
        visibility: v.visibility as ExchangeVisibility,
      }),
    );
    await em.getRepository(StudyVisitTranslation).insert(
      entries(v.translations).map(([language, t]) => ({
        studyVisitId: visit.id,
        language,
        title: t.title,
        purpose: t.purpose ?? null,
        learnings: t.learnings ?? null,
      })),
    );
    const roles: [string, readonly string[]][] = [
      ['VISITOR', v.visitors],
      ['HOST', v.hosts],
    ];
    for (const [role, refs] of roles) {
      for (const organizationId of new Set(known(organizations, refs))) {
        await em.query(
          `INSERT INTO study_visit_organization (study_visit_id, organization_id, role) VALUES ($1, $2, $3)`,
          [visit.id, organizationId, role],
        );
      }
    }
    for (const [position, item] of (v.items ?? []).entries()) {
      await em.query(
        `INSERT INTO study_visit_item (study_visit_id, position, date, host_organization_id, title) VALUES ($1, $2, $3, $4, $5)`,
        [
          visit.id,
          position,
          item.date,
          item.host ? (organizations.get(item.host) ?? null) : null,
          item.title,
        ],
      );
    }
    for (const personId of known(people, v.participants)) {
      await em.query(`INSERT INTO study_visit_participant (study_visit_id, person_id) VALUES ($1, $2)`, [
        visit.id,
        personId,
      ]);
    }
    for (const topicId of known(topics, v.topics)) {
      await em.query(`INSERT INTO study_visit_topic (study_visit_id, topic_id) VALUES ($1, $2)`, [
        visit.id,
        topicId,
      ]);
    }
    for (const practiceId of known(practices, v.relatedPractices)) {
      await em.query(`INSERT INTO study_visit_practice (study_visit_id, practice_id) VALUES ($1, $2)`, [
        visit.id,
        practiceId,
      ]);
    }
    for (const item of v.actionItems ?? [])
      await em.getRepository(ActionItem).insert(actionItem(item, { studyVisitId: visit.id }));
  }
}
