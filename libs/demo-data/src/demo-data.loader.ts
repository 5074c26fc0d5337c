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
import { Topic, TopicTranslation } from '#taxonomy';
import { DEMO_CITIES, DEMO_COUNTRIES } from './content/places.js';
import { DEMO_NETWORKS, DEMO_ORGANIZATIONS, DEMO_PEOPLE, DEMO_PROGRAMMES } from './content/directory.js';
import { DEMO_TOPICS } from './content/topics.js';
import type { PerLanguage } from './demo-data.types.js';

const MARKER = 'demo_data.directory';

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
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [MARKER]);
    const done = (await em.query(`SELECT 1 FROM app_meta WHERE key = $1`, [MARKER])) as unknown[];
    if (done.length > 0) return false;
    const topicIds = await loadTopics(em);
    await loadPlaces(em);
    const organizationIds = await loadOrganizations(em, topicIds);
    await loadPeople(em, organizationIds);
    await loadNetworks(em, organizationIds);
    await loadProgrammes(em);
    await em.query(`INSERT INTO app_meta (key, value) VALUES ($1, $2)`, [
      MARKER,
      JSON.stringify({ loadedAt: new Date().toISOString() }),
    ]);
    return true;
  });
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

async function refMap(em: EntityManager, table: 'city' | 'organization'): Promise<Map<string, string>> {
  const rows = (await em.query(`SELECT id, external_ref FROM ${table} WHERE external_ref IS NOT NULL`)) as {
    id: string;
    external_ref: string;
  }[];
  return new Map(rows.map((r) => [r.external_ref, r.id]));
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
