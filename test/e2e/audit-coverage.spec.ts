import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { auditIdOfKey } from '#core';
import { refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every mutation that changes content (taxonomy, directory, practices, exchanges) writes exactly
 * one audit row saying who, what kind, which record and which action — the write path's promise.
 * A mutation added to the schema fails the first test until it has a row here or is listed as
 * changing no content.
 */
const NOT_CONTENT: Record<string, string> = {
  login: 'identity: sessions',
  refreshSession: 'identity: sessions',
  logout: 'identity: sessions',
  logoutEverywhere: 'identity: sessions',
  inviteMember: 'identity: invitations',
  acceptInvitation: 'identity: invitations',
  requestPasswordReset: 'identity: credentials',
  resetPassword: 'identity: credentials',
  createApiKey: 'identity: API keys',
  revokeApiKey: 'identity: API keys',
  setOrganizationRole: 'identity: roles',
  setMemberDisabled: 'identity: accounts',
  setNetworkCoordinator: 'identity: roles',
  retryFailedSearchIndexing: "search: the outbox's retries",
  createWebhook: "webhooks: a network's subscriptions",
  updateWebhook: "webhooks: a network's subscriptions",
  deleteWebhook: "webhooks: a network's subscriptions",
  rotateWebhookSecret: "webhooks: a network's subscriptions",
};

interface Expected {
  query: string;
  variables?: Record<string, unknown>;
  entityType: string;
  action: string;
  /** The record's id: known before the call, or read from the answer (creates). */
  entityId: string | ((data: Record<string, unknown>) => string);
}

const idAt =
  (...path: string[]) =>
  (data: Record<string, unknown>): string =>
    path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], data) as string;

describe('audit log: every content mutation writes one row', () => {
  let api: TestApp;
  let db: DataSource;
  let velenje: string;
  let mms: string;
  let seq = 0;
  const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}${randomBytes(2).toString('hex')}`;
  const insert = async (sql: string, params: unknown[] = []): Promise<string> =>
    ((await db.query(sql, params)) as { id: string }[])[0]!.id;

  const topic = () =>
    insert(
      `WITH t AS (INSERT INTO topic (key) VALUES ($1) RETURNING id)
       INSERT INTO topic_translation (topic_id, language, label) SELECT id, 'en', 'x' FROM t RETURNING topic_id AS id`,
      [`t-${unique()}`],
    );
  const city = () =>
    insert(`INSERT INTO city (country_code, name, original_language) VALUES ('LT', $1, 'lt') RETURNING id`, [
      `C ${unique()}`,
    ]);
  const organization = () =>
    insert(`INSERT INTO organization (kind, name, default_language) VALUES ('NGO', $1, 'sl') RETURNING id`, [
      `O ${unique()}`,
    ]);
  const person = () =>
    insert(
      `INSERT INTO person (name, organization_id, original_language) VALUES ($1, $2, 'sl') RETURNING id`,
      [`P ${unique()}`, velenje],
    );
  const network = () =>
    insert(`INSERT INTO network (name, original_language) VALUES ($1, 'en') RETURNING id`, [`N ${unique()}`]);
  const programme = () =>
    insert(
      `INSERT INTO programme (kind, name, original_language) VALUES ('PROJECT', $1, 'en') RETURNING id`,
      [`P ${unique()}`],
    );
  const country = async () => {
    // X? codes are user-assigned in ISO 3166: no real country is ever one.
    const code = `X${String.fromCharCode(65 + (seq++ % 26))}`;
    await db.query(`DELETE FROM country WHERE code = $1`, [code]);
    await db.query(`INSERT INTO country (code) VALUES ($1)`, [code]);
    await db.query(`INSERT INTO country_translation (country_code, language, name) VALUES ($1, 'en', 'x')`, [
      code,
    ]);
    return code;
  };
  const practice = async (status: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED') => {
    const id = await insert(
      `INSERT INTO practice (owner_organization_id, status, visibility, original_language, published_at)
       VALUES ($1, $2::varchar, 'PUBLIC', 'sl', CASE WHEN $2::varchar = 'PUBLISHED' THEN now() END) RETURNING id`,
      [velenje, status],
    );
    await db.query(
      `INSERT INTO practice_translation (practice_id, language, title) VALUES ($1, 'sl', 'Praksa'), ($1, 'en', 'Practice')`,
      [id],
    );
    await db.query(`INSERT INTO practice_network (practice_id, network_id) VALUES ($1, $2)`, [id, mms]);
    return id;
  };
  const meeting = () =>
    insert(
      `INSERT INTO meeting (network_id, kind, date, original_language, visibility) VALUES ($1, 'WORKSHOP', '2026-01-10', 'en', 'NETWORK') RETURNING id`,
      [mms],
    );
  const visit = () =>
    insert(
      `INSERT INTO study_visit (owner_organization_id, start_date, end_date, original_language, visibility) VALUES ($1, '2026-02-01', '2026-02-03', 'sl', 'PRIVATE') RETURNING id`,
      [velenje],
    );
  const actionItem = async () =>
    insert(
      `INSERT INTO action_item (meeting_id, description, status) VALUES ($1, 'Follow up', 'OPEN') RETURNING id`,
      [await meeting()],
    );
  const practiceMutation = async (
    mutation: string,
    action: string,
    status: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED',
    args = '',
  ) => {
    const id = await practice(status);
    return {
      query: `mutation($id: ID!) { ${mutation}(id: $id, expectedVersion: 1${args}) { practice { id } } }`,
      variables: { id },
      entityType: 'Practice',
      action,
      entityId: id,
    };
  };

  const ROWS: Record<string, () => Promise<Expected>> = {
    createTopic: async () => ({
      query: `mutation($k: String!) { createTopic(input: { key: $k, translations: [{ language: "en", label: "x" }] }) { id } }`,
      variables: { k: `t-${unique()}` },
      entityType: 'Topic',
      action: 'create',
      entityId: idAt('createTopic', 'id'),
    }),
    updateTopic: async () => {
      const id = await topic();
      return {
        query: `mutation($id: ID!) { updateTopic(id: $id, input: { translations: [{ language: "lt", label: "y" }] }) { id } }`,
        variables: { id },
        entityType: 'Topic',
        action: 'update',
        entityId: id,
      };
    },
    deleteTopic: async () => {
      const id = await topic();
      return {
        query: `mutation($id: ID!) { deleteTopic(id: $id) }`,
        variables: { id },
        entityType: 'Topic',
        action: 'delete',
        entityId: id,
      };
    },
    createCountry: async () => {
      const code = await country();
      await db.query(`DELETE FROM country WHERE code = $1`, [code]);
      return {
        query: `mutation($c: String!) { createCountry(input: { code: $c, names: [{ language: "en", name: "x" }] }) { code } }`,
        variables: { c: code },
        entityType: 'Country',
        action: 'create',
        entityId: auditIdOfKey('Country', code),
      };
    },
    updateCountry: async () => {
      const code = await country();
      return {
        query: `mutation($c: String!) { updateCountry(code: $c, input: { names: [{ language: "lt", name: "y" }] }) { code } }`,
        variables: { c: code },
        entityType: 'Country',
        action: 'update',
        entityId: auditIdOfKey('Country', code),
      };
    },
    deleteCountry: async () => {
      const code = await country();
      return {
        query: `mutation($c: String!) { deleteCountry(code: $c) }`,
        variables: { c: code },
        entityType: 'Country',
        action: 'delete',
        entityId: auditIdOfKey('Country', code),
      };
    },
    createCity: async () => ({
      query: `mutation { createCity(input: { countryCode: "LT", name: "Utena", originalLanguage: "lt" }) { id } }`,
      entityType: 'City',
      action: 'create',
      entityId: idAt('createCity', 'id'),
    }),
    updateCity: async () => {
      const id = await city();
      return {
        query: `mutation($id: ID!) { updateCity(id: $id, input: { population: 5 }) { id } }`,
        variables: { id },
        entityType: 'City',
        action: 'update',
        entityId: id,
      };
    },
    deleteCity: async () => {
      const id = await city();
      return {
        query: `mutation($id: ID!) { deleteCity(id: $id) }`,
        variables: { id },
        entityType: 'City',
        action: 'delete',
        entityId: id,
      };
    },
    createOrganization: async () => ({
      query: `mutation { createOrganization(input: { kind: NGO, name: "New NGO", defaultLanguage: "lt" }) { id } }`,
      entityType: 'Organization',
      action: 'create',
      entityId: idAt('createOrganization', 'id'),
    }),
    updateOrganization: async () => ({
      query: `mutation($id: ID!) { updateOrganization(id: $id, input: { acronym: "MOV" }) { id } }`,
      variables: { id: velenje },
      entityType: 'Organization',
      action: 'update',
      entityId: velenje,
    }),
    deleteOrganization: async () => {
      const id = await organization();
      return {
        query: `mutation($id: ID!) { deleteOrganization(id: $id) }`,
        variables: { id },
        entityType: 'Organization',
        action: 'delete',
        entityId: id,
      };
    },
    createPerson: async () => ({
      query: `mutation($o: ID!) { createPerson(input: { name: "Ana", organizationId: $o, originalLanguage: "sl" }) { id } }`,
      variables: { o: velenje },
      entityType: 'Person',
      action: 'create',
      entityId: idAt('createPerson', 'id'),
    }),
    updatePerson: async () => {
      const id = await person();
      return {
        query: `mutation($id: ID!) { updatePerson(id: $id, input: { phone: "+386 3 000 00 00" }) { id } }`,
        variables: { id },
        entityType: 'Person',
        action: 'update',
        entityId: id,
      };
    },
    deletePerson: async () => {
      const id = await person();
      return {
        query: `mutation($id: ID!) { deletePerson(id: $id) }`,
        variables: { id },
        entityType: 'Person',
        action: 'delete',
        entityId: id,
      };
    },
    createNetwork: async () => ({
      query: `mutation { createNetwork(input: { name: "New network", originalLanguage: "en" }) { id } }`,
      entityType: 'Network',
      action: 'create',
      entityId: idAt('createNetwork', 'id'),
    }),
    updateNetwork: async () => ({
      query: `mutation($id: ID!) { updateNetwork(id: $id, input: { website: "https://mms.example.si" }) { id } }`,
      variables: { id: mms },
      entityType: 'Network',
      action: 'update',
      entityId: mms,
    }),
    deleteNetwork: async () => {
      const id = await network();
      return {
        query: `mutation($id: ID!) { deleteNetwork(id: $id) }`,
        variables: { id },
        entityType: 'Network',
        action: 'delete',
        entityId: id,
      };
    },
    setNetworkMember: async () => ({
      query: `mutation($n: ID!, $o: ID!) { setNetworkMember(input: { networkId: $n, organizationId: $o, role: MEMBER }) { role } }`,
      variables: { n: mms, o: await organization() },
      entityType: 'Network',
      action: 'setMember',
      entityId: mms,
    }),
    removeNetworkMember: async () => {
      const o = await organization();
      await db.query(
        `INSERT INTO network_membership (network_id, organization_id, role) VALUES ($1, $2, 'MEMBER')`,
        [mms, o],
      );
      return {
        query: `mutation($n: ID!, $o: ID!) { removeNetworkMember(networkId: $n, organizationId: $o) }`,
        variables: { n: mms, o },
        entityType: 'Network',
        action: 'removeMember',
        entityId: mms,
      };
    },
    createProgramme: async () => ({
      query: `mutation { createProgramme(input: { kind: PROJECT, name: "New project", originalLanguage: "en" }) { id } }`,
      entityType: 'Programme',
      action: 'create',
      entityId: idAt('createProgramme', 'id'),
    }),
    updateProgramme: async () => {
      const id = await programme();
      return {
        query: `mutation($id: ID!) { updateProgramme(id: $id, input: { acronym: "NP" }) { id } }`,
        variables: { id },
        entityType: 'Programme',
        action: 'update',
        entityId: id,
      };
    },
    deleteProgramme: async () => {
      const id = await programme();
      return {
        query: `mutation($id: ID!) { deleteProgramme(id: $id) }`,
        variables: { id },
        entityType: 'Programme',
        action: 'delete',
        entityId: id,
      };
    },
    createPractice: async () => ({
      query: `mutation($o: ID!) { createPractice(input: { organizationId: $o, content: { language: "sl", title: "Nova praksa" } }) { practice { id } } }`,
      variables: { o: velenje },
      entityType: 'Practice',
      action: 'create',
      entityId: idAt('createPractice', 'practice', 'id'),
    }),
    updatePractice: () =>
      practiceMutation('updatePractice', 'update', 'PUBLISHED', ', input: { visibility: NETWORK }'),
    savePracticeTranslation: () =>
      practiceMutation(
        'savePracticeTranslation',
        'saveTranslation',
        'PUBLISHED',
        ', content: { language: "lt", title: "Praktika" }',
      ),
    removePracticeTranslation: () =>
      practiceMutation('removePracticeTranslation', 'removeTranslation', 'PUBLISHED', ', language: "en"'),
    submitPractice: () => practiceMutation('submitPractice', 'submit', 'DRAFT'),
    publishPractice: () => practiceMutation('publishPractice', 'publish', 'IN_REVIEW'),
    returnPracticeToDraft: () => practiceMutation('returnPracticeToDraft', 'returnToDraft', 'IN_REVIEW'),
    archivePractice: () => practiceMutation('archivePractice', 'archive', 'PUBLISHED'),
    deletePractice: async () => {
      const id = await practice('DRAFT');
      return {
        query: `mutation($id: ID!) { deletePractice(id: $id) }`,
        variables: { id },
        entityType: 'Practice',
        action: 'delete',
        entityId: id,
      };
    },
    recordAdoption: async () => ({
      query: `mutation($p: ID!, $o: ID!) { recordAdoption(input: { practiceId: $p, organizationId: $o, status: CONSIDERING }) { id } }`,
      variables: { p: await practice('PUBLISHED'), o: velenje },
      entityType: 'Adoption',
      action: 'record',
      entityId: idAt('recordAdoption', 'id'),
    }),
    removeAdoption: async () => {
      const id = await insert(
        `INSERT INTO adoption (practice_id, organization_id, status) VALUES ($1, $2, 'ADAPTING') RETURNING id`,
        [await practice('PUBLISHED'), velenje],
      );
      return {
        query: `mutation($id: ID!) { removeAdoption(id: $id) }`,
        variables: { id },
        entityType: 'Adoption',
        action: 'remove',
        entityId: id,
      };
    },
    createMeeting: async () => ({
      query: `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: WEBINAR, date: "2026-03-01", content: { language: "en", title: "Webinar" } }) { meeting { id } } }`,
      variables: { n: mms },
      entityType: 'Meeting',
      action: 'create',
      entityId: idAt('createMeeting', 'meeting', 'id'),
    }),
    updateMeeting: async () => {
      const id = await meeting();
      return {
        query: `mutation($id: ID!) { updateMeeting(id: $id, expectedVersion: 1, input: { venue: "Online" }) { meeting { id } } }`,
        variables: { id },
        entityType: 'Meeting',
        action: 'update',
        entityId: id,
      };
    },
    deleteMeeting: async () => {
      const id = await meeting();
      return {
        query: `mutation($id: ID!) { deleteMeeting(id: $id) }`,
        variables: { id },
        entityType: 'Meeting',
        action: 'delete',
        entityId: id,
      };
    },
    createStudyVisit: async () => ({
      query: `mutation($o: ID!) { createStudyVisit(input: { organizationId: $o, startDate: "2026-04-01", endDate: "2026-04-02", content: { language: "sl", title: "Obisk" } }) { studyVisit { id } } }`,
      variables: { o: velenje },
      entityType: 'StudyVisit',
      action: 'create',
      entityId: idAt('createStudyVisit', 'studyVisit', 'id'),
    }),
    updateStudyVisit: async () => {
      const id = await visit();
      return {
        query: `mutation($id: ID!) { updateStudyVisit(id: $id, expectedVersion: 1, input: { endDate: "2026-02-04" }) { studyVisit { id } } }`,
        variables: { id },
        entityType: 'StudyVisit',
        action: 'update',
        entityId: id,
      };
    },
    deleteStudyVisit: async () => {
      const id = await visit();
      return {
        query: `mutation($id: ID!) { deleteStudyVisit(id: $id) }`,
        variables: { id },
        entityType: 'StudyVisit',
        action: 'delete',
        entityId: id,
      };
    },
    createActionItem: async () => ({
      query: `mutation($m: ID!) { createActionItem(input: { meetingId: $m, description: "Send the minutes" }) { id } }`,
      variables: { m: await meeting() },
      entityType: 'ActionItem',
      action: 'create',
      entityId: idAt('createActionItem', 'id'),
    }),
    updateActionItem: async () => {
      const id = await actionItem();
      return {
        query: `mutation($id: ID!) { updateActionItem(id: $id, expectedVersion: 1, input: { status: DONE }) { id } }`,
        variables: { id },
        entityType: 'ActionItem',
        action: 'update',
        entityId: id,
      };
    },
    deleteActionItem: async () => {
      const id = await actionItem();
      return {
        query: `mutation($id: ID!) { deleteActionItem(id: $id) }`,
        variables: { id },
        entityType: 'ActionItem',
        action: 'delete',
        entityId: id,
      };
    },
  };

  const lastAuditId = async (): Promise<number> =>
    Number(
      ((await db.query(`SELECT coalesce(max(id), 0) AS id FROM audit_event`)) as [{ id: string }])[0].id,
    );
  const auditSince = async (id: number) =>
    (await db.query(
      `SELECT entity_type, entity_id, action, actor_kind FROM audit_event WHERE id > $1 ORDER BY id`,
      [id],
    )) as { entity_type: string; entity_id: string; action: string; actor_kind: string }[];

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    mms = await refId(api, 'network', 'network:mms');
  });
  afterAll(async () => {
    await api.close();
  });

  it('has a row for every mutation in schema.graphql, or says why it changes no content', () => {
    const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect([...Object.keys(ROWS), ...Object.keys(NOT_CONTENT)].sort()).toEqual(mutations);
  });

  it('writes one row per content mutation: who, what kind, which record, which action', async () => {
    const problems: string[] = [];
    for (const [mutation, row] of Object.entries(ROWS)) {
      const expected = await row();
      const before = await lastAuditId();
      const res = await api.gql(expected.query, { variables: expected.variables, admin: true });
      if (res.errors) {
        problems.push(`${mutation}: ${JSON.stringify(res.errors)}`);
        continue;
      }
      const entityId =
        typeof expected.entityId === 'string' ? expected.entityId : expected.entityId(res.data ?? {});
      const rows = await auditSince(before);
      const wanted = {
        entity_type: expected.entityType,
        entity_id: entityId,
        action: expected.action,
        actor_kind: 'operator',
      };
      if (JSON.stringify(rows) !== JSON.stringify([wanted]))
        problems.push(`${mutation}: expected ${JSON.stringify([wanted])}, got ${JSON.stringify(rows)}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('writes no row for a change that is refused', async () => {
    const id = await practice('PUBLISHED');
    const before = await lastAuditId();
    const stale = await api.gql(
      `mutation($id: ID!) { updatePractice(id: $id, expectedVersion: 7, input: { visibility: NETWORK }) { practice { id } } }`,
      { variables: { id }, admin: true },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.['currentVersion']).toBe(1);
    expect(await auditSince(before)).toEqual([]);
  });
});
