import type { TransferRecord } from '../records.js';
import {
  DATE,
  REF,
  byOwner,
  clean,
  listsByOwner,
  namesAndDescriptions,
  provenanceOf,
  str,
  type KindExporter,
} from './rows.js';

export const exportCountries: KindExporter = async (q, push) => {
  const names = byOwner(
    await q(`SELECT country_code, language, name FROM country_translation`),
    'country_code',
    (r) => String(r['name']),
  );
  for (const c of await q(`SELECT code FROM country ORDER BY code`)) {
    push({ type: 'country', ref: String(c['code']), names: names.get(String(c['code'])) ?? {} });
  }
};

/** Parents before their children: by depth, then by key. */
export const exportTopics: KindExporter = async (q, push) => {
  const labels = byOwner(
    await q(`SELECT topic_id, language, label, synonyms FROM topic_translation`),
    'topic_id',
    (r) =>
      clean({
        label: String(r['label']),
        synonyms: (r['synonyms'] as string[]).length ? (r['synonyms'] as string[]) : undefined,
      }),
  );
  const topics =
    await q(`WITH RECURSIVE t AS (SELECT id, key, parent_id, provenance, 0 AS depth FROM topic WHERE parent_id IS NULL
                          UNION ALL SELECT c.id, c.key, c.parent_id, c.provenance, t.depth + 1 FROM topic c JOIN t ON c.parent_id = t.id)
                          SELECT t.id, t.key, p.key AS parent, t.provenance FROM t LEFT JOIN topic p ON p.id = t.parent_id ORDER BY t.depth, t.key`);
  for (const t of topics)
    push(
      clean({
        type: 'topic',
        ref: String(t['key']),
        parent: str(t['parent']),
        labels: labels.get(String(t['id'])) ?? {},
        provenance: provenanceOf(t),
      }),
    );
};

export const exportCities: KindExporter = async (q, push) => {
  const cityNames = byOwner(await q(`SELECT city_id, language, name FROM city_translation`), 'city_id', (r) =>
    String(r['name']),
  );
  for (const c of await q(
    `SELECT c.id, ${REF('c', 'city')} AS ref, c.country_code, c.name, c.original_language, c.population, c.latitude, c.longitude, c.provenance FROM city c ORDER BY ref`,
  )) {
    const names = cityNames.get(String(c['id']));
    push(
      clean({
        type: 'city',
        ref: String(c['ref']),
        country: String(c['country_code']),
        name: String(c['name']),
        language: String(c['original_language']),
        population: c['population'] as number | undefined,
        latitude: c['latitude'] as number | undefined,
        longitude: c['longitude'] as number | undefined,
        names: names && Object.keys(names).length ? names : undefined,
        provenance: provenanceOf(c),
      }) as TransferRecord,
    );
  }
};

export const exportOrganizations: KindExporter = async (q, push) => {
  const translations = namesAndDescriptions(
    await q(`SELECT organization_id, language, name, description FROM organization_translation`),
    'organization_id',
  );
  const topics = listsByOwner(
    await q(`SELECT ot.organization_id, t.key FROM organization_topic ot JOIN topic t ON t.id = ot.topic_id`),
    'organization_id',
    'key',
  );
  for (const o of await q(`SELECT o.id, ${REF('o', 'organization')} AS ref, o.kind, o.name, o.acronym, ${REF('c', 'city')} AS city, c.id AS city_id, o.website, o.default_language, o.provenance
                           FROM organization o LEFT JOIN city c ON c.id = o.city_id ORDER BY ref`)) {
    push(
      clean({
        type: 'organization',
        ref: String(o['ref']),
        kind: o['kind'],
        name: String(o['name']),
        acronym: str(o['acronym']),
        city: o['city_id'] ? String(o['city']) : undefined,
        website: str(o['website']),
        language: String(o['default_language']),
        topics: topics.get(String(o['id'])),
        translations: translations.get(String(o['id'])),
        provenance: provenanceOf(o),
      }) as TransferRecord,
    );
  }
};

export const exportPeople: KindExporter = async (q, push) => {
  const roles = byOwner(
    await q(`SELECT person_id, language, role FROM person_translation`),
    'person_id',
    (r) => String(r['role']),
  );
  for (const p of await q(`SELECT p.id, ${REF('p', 'person')} AS ref, p.name, ${REF('o', 'organization')} AS organization, o.id AS organization_id, p.original_language, p.email, p.provenance
                           FROM person p LEFT JOIN organization o ON o.id = p.organization_id ORDER BY ref`)) {
    push(
      clean({
        type: 'person',
        ref: String(p['ref']),
        name: String(p['name']),
        organization: p['organization_id'] ? String(p['organization']) : undefined,
        language: String(p['original_language']),
        roles: roles.get(String(p['id'])) ?? {},
        email: str(p['email']),
        provenance: provenanceOf(p),
      }) as TransferRecord,
    );
  }
};

export const exportNetworks: KindExporter = async (q, push) => {
  const translations = namesAndDescriptions(
    await q(`SELECT network_id, language, name, description FROM network_translation`),
    'network_id',
  );
  const memberships =
    await q(`SELECT m.network_id, ${REF('o', 'organization')} AS organization, m.role, ${DATE('m.joined_on')} AS joined_on
                               FROM network_membership m JOIN organization o ON o.id = m.organization_id ORDER BY organization`);
  for (const n of await q(
    `SELECT n.id, ${REF('n', 'network')} AS ref, n.name, n.acronym, n.website, n.original_language, n.provenance FROM network n ORDER BY ref`,
  )) {
    push(
      clean({
        type: 'network',
        ref: String(n['ref']),
        name: String(n['name']),
        acronym: str(n['acronym']),
        website: str(n['website']),
        language: String(n['original_language']),
        translations: translations.get(String(n['id'])),
        members: memberships
          .filter((m) => m['network_id'] === n['id'])
          .map((m) =>
            clean({
              organization: String(m['organization']),
              role: m['role'],
              joinedOn: str(m['joined_on']),
            }),
          ),
        provenance: provenanceOf(n),
      }) as TransferRecord,
    );
  }
};

export const exportProgrammes: KindExporter = async (q, push) => {
  const translations = namesAndDescriptions(
    await q(`SELECT programme_id, language, name, description FROM programme_translation`),
    'programme_id',
  );
  for (const p of await q(`SELECT p.id, ${REF('p', 'programme')} AS ref, p.kind, p.name, p.acronym, p.website, p.original_language,
                           ${DATE('p.start_date')} AS start_date, ${DATE('p.end_date')} AS end_date, p.provenance FROM programme p ORDER BY ref`)) {
    push(
      clean({
        type: 'programme',
        ref: String(p['ref']),
        kind: p['kind'],
        name: String(p['name']),
        acronym: str(p['acronym']),
        website: str(p['website']),
        language: String(p['original_language']),
        startDate: str(p['start_date']),
        endDate: str(p['end_date']),
        translations: translations.get(String(p['id'])),
        provenance: provenanceOf(p),
      }) as TransferRecord,
    );
  }
};
