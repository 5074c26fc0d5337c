import type { EntityManager } from 'typeorm';
import type { RecordOf as Of } from '../records.js';
import { entries, id, ids, nameAndDescriptionRows, provenanceColumn, replace, upsertRow } from './store.js';

export async function upsertCountry(em: EntityManager, r: Of<'country'>): Promise<void> {
  await em.query(`INSERT INTO country (code) VALUES ($1) ON CONFLICT (code) DO NOTHING`, [r.ref]);
  await replace(
    em,
    'country_translation',
    'country_code',
    r.ref,
    entries(r.names).map(([language, name]) => ({ language, name })),
  );
}

export async function upsertTopic(em: EntityManager, r: Of<'topic'>): Promise<void> {
  const parentId = r.parent ? await id(em, 'topic', r.parent, 'parent') : null;
  const [row] = (await em.query(
    `INSERT INTO topic (key, parent_id, provenance) VALUES ($1, $2, $3)
     ON CONFLICT (key) DO UPDATE SET parent_id = EXCLUDED.parent_id, provenance = EXCLUDED.provenance, updated_at = now() RETURNING id`,
    [r.ref, parentId, provenanceColumn(r.provenance)],
  )) as [{ id: string }];
  await replace(
    em,
    'topic_translation',
    'topic_id',
    row.id,
    entries(r.labels).map(([language, l]) => ({ language, label: l.label, synonyms: l.synonyms ?? [] })),
  );
}

export async function upsertCity(em: EntityManager, r: Of<'city'>): Promise<void> {
  await id(em, 'country', r.country, 'country');
  const cityId = await upsertRow(em, 'city', r.ref, {
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
    cityId,
    entries(r.names).map(([language, name]) => ({ language, name })),
  );
}

export async function upsertOrganization(em: EntityManager, r: Of<'organization'>): Promise<void> {
  const orgId = await upsertRow(em, 'organization', r.ref, {
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
    orgId,
    nameAndDescriptionRows(r.translations),
  );
  await replace(
    em,
    'organization_topic',
    'organization_id',
    orgId,
    (await ids(em, 'topic', r.topics, 'topics')).map((topic_id) => ({ topic_id })),
  );
}

export async function upsertPerson(em: EntityManager, r: Of<'person'>): Promise<void> {
  const personId = await upsertRow(em, 'person', r.ref, {
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
    personId,
    entries(r.roles).map(([language, role]) => ({ language, role })),
  );
}

export async function upsertNetwork(em: EntityManager, r: Of<'network'>): Promise<void> {
  const networkId = await upsertRow(em, 'network', r.ref, {
    name: r.name,
    acronym: r.acronym ?? null,
    website: r.website ?? null,
    original_language: r.language,
    provenance: provenanceColumn(r.provenance),
  });
  await replace(em, 'network_translation', 'network_id', networkId, nameAndDescriptionRows(r.translations));
  const members = [];
  for (const m of r.members)
    members.push({
      organization_id: await id(em, 'organization', m.organization, 'members'),
      role: m.role,
      joined_on: m.joinedOn ?? null,
    });
  await replace(em, 'network_membership', 'network_id', networkId, members);
}

export async function upsertProgramme(em: EntityManager, r: Of<'programme'>): Promise<void> {
  const programmeId = await upsertRow(em, 'programme', r.ref, {
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
    programmeId,
    nameAndDescriptionRows(r.translations),
  );
}
