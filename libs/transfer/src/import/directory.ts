import type { EntityManager } from 'typeorm';
import type { RecordOf as Of } from '../records.js';
import {
  entries,
  id,
  ids,
  idsByRef,
  nameAndDescriptionRows,
  type Owner,
  provenanceColumn,
  replace,
  upsertRow,
} from './store.js';

export async function upsertCountry(em: EntityManager, r: Of<'country'>): Promise<void> {
  const inserted = (await em.query(
    `INSERT INTO country (code) VALUES ($1) ON CONFLICT (code) DO NOTHING RETURNING code`,
    [r.ref],
  )) as unknown[];
  await replace(
    em,
    'country_translation',
    'country_code',
    { id: r.ref, created: inserted.length > 0 },
    entries(r.names).map(([language, name]) => ({ language, name })),
  );
}

export async function upsertTopic(em: EntityManager, r: Of<'topic'>): Promise<void> {
  const parentId = r.parent ? await id(em, 'topic', r.parent, 'parent') : null;
  // As upsertRow, by key.
  const [row] = (await em.query(
    `INSERT INTO topic (key, parent_id, provenance) VALUES ($1, $2, $3)
     ON CONFLICT (key) DO UPDATE SET parent_id = EXCLUDED.parent_id, provenance = EXCLUDED.provenance, updated_at = now()
     RETURNING id, (xmax = 0) AS created`,
    [r.ref, parentId, provenanceColumn(r.provenance)],
  )) as [Owner];
  await replace(
    em,
    'topic_translation',
    'topic_id',
    row,
    entries(r.labels).map(([language, l]) => ({ language, label: l.label, synonyms: l.synonyms ?? [] })),
  );
}

export async function upsertCity(em: EntityManager, r: Of<'city'>): Promise<void> {
  await id(em, 'country', r.country, 'country');
  const city = await upsertRow(em, 'city', r.ref, {
    country_code: r.country,
    name: r.name,
    original_language: r.language,
    population: r.population ?? null,
    latitude: r.latitude ?? null,
    longitude: r.longitude ?? null,
    provenance: provenanceColumn(r.provenance),
  });
  await replace(
    em,
    'city_translation',
    'city_id',
    city,
    entries(r.names).map(([language, name]) => ({ language, name })),
  );
}

export async function upsertOrganization(em: EntityManager, r: Of<'organization'>): Promise<void> {
  const organization = await upsertRow(em, 'organization', r.ref, {
    kind: r.kind,
    name: r.name,
    acronym: r.acronym ?? null,
    city_id: r.city ? await id(em, 'city', r.city, 'city') : null,
    website: r.website ?? null,
    default_language: r.language,
    provenance: provenanceColumn(r.provenance),
  });
  await replace(
    em,
    'organization_translation',
    'organization_id',
    organization,
    nameAndDescriptionRows(r.translations),
  );
  await replace(
    em,
    'organization_topic',
    'organization_id',
    organization,
    (await ids(em, 'topic', r.topics, 'topics')).map((topic_id) => ({ topic_id })),
  );
}

export async function upsertPerson(em: EntityManager, r: Of<'person'>): Promise<void> {
  const person = await upsertRow(em, 'person', r.ref, {
    name: r.name,
    organization_id: r.organization ? await id(em, 'organization', r.organization, 'organization') : null,
    email: r.email ?? null,
    original_language: r.language,
    provenance: provenanceColumn(r.provenance),
  });
  await replace(
    em,
    'person_translation',
    'person_id',
    person,
    entries(r.roles).map(([language, role]) => ({ language, role })),
  );
}

export async function upsertNetwork(em: EntityManager, r: Of<'network'>): Promise<void> {
  const network = await upsertRow(em, 'network', r.ref, {
    name: r.name,
    acronym: r.acronym ?? null,
    website: r.website ?? null,
    original_language: r.language,
    provenance: provenanceColumn(r.provenance),
  });
  await replace(em, 'network_translation', 'network_id', network, nameAndDescriptionRows(r.translations));
  const organizations = await idsByRef(
    em,
    'organization',
    r.members.map((m) => m.organization),
    'members',
  );
  const members = r.members.map((m) => ({
    organization_id: organizations.get(m.organization),
    role: m.role,
    joined_on: m.joinedOn ?? null,
  }));
  await replace(em, 'network_membership', 'network_id', network, members);
}

export async function upsertProgramme(em: EntityManager, r: Of<'programme'>): Promise<void> {
  const programme = await upsertRow(em, 'programme', r.ref, {
    kind: r.kind,
    name: r.name,
    acronym: r.acronym ?? null,
    website: r.website ?? null,
    original_language: r.language,
    start_date: r.startDate ?? null,
    end_date: r.endDate ?? null,
    provenance: provenanceColumn(r.provenance),
  });
  await replace(
    em,
    'programme_translation',
    'programme_id',
    programme,
    nameAndDescriptionRows(r.translations),
  );
}
