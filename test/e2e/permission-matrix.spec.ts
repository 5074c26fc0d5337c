import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { RequestContext } from '#core';
import { InvitationsService, LogMailer } from '#identity';
import { bearer, createMember, refId, signIn } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every mutation in schema.graphql against every kind of caller, with the expected allow/deny.
 * A mutation added to the schema without a row here fails the first test. A mutation whose rule
 * depends on an argument has a row per case, named `mutation (case)`.
 */
const PRINCIPALS = [
  'anonymous',
  'apiKey',
  'viewer',
  'otherEditor',
  'ownerEditor',
  'coordinator',
  'admin',
] as const;
type Who = (typeof PRINCIPALS)[number];
const EVERYONE = new Set<Who>(PRINCIPALS);
const SIGNED_IN = new Set<Who>(['viewer', 'otherEditor', 'ownerEditor', 'coordinator', 'admin']);
const ADMIN = new Set<Who>(['admin']);
const OWNER = new Set<Who>(['ownerEditor', 'admin']);
const COORDINATOR = new Set<Who>(['coordinator', 'admin']);

interface Call {
  query: string;
  variables?: Record<string, unknown>;
}
interface Row {
  allowed: ReadonlySet<Who>;
  /** Builds a valid call with fresh fixtures, so an allowed caller succeeds. */
  call: () => Promise<Call>;
}

describe('permission matrix: every mutation × every kind of caller', () => {
  let api: TestApp;
  let db: DataSource;
  const headers = new Map<Who, Record<string, string>>();
  const emails: Partial<Record<Who, string>> = {};
  let velenje: string;
  let kaunasIn: string;
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
    insert(
      `INSERT INTO organization (kind, name, default_language, city_id) VALUES ('NGO', $1, 'sl', (SELECT city_id FROM organization WHERE id = $2)) RETURNING id`,
      [`O ${unique()}`, velenje],
    );
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
  let countryCounter = 0;
  const countryCode = () => {
    const n = countryCounter++;
    return `${'QXZ'[Math.floor(n / 26) % 3]}${String.fromCharCode(65 + (n % 26))}`;
  };
  const country = async () => {
    const code = countryCode();
    await db.query(`INSERT INTO country (code) VALUES ($1)`, [code]);
    await db.query(`INSERT INTO country_translation (country_code, language, name) VALUES ($1, 'en', 'x')`, [
      code,
    ]);
    return code;
  };
  /** A practice of Velenje's, shared with MMS, in the given status (version 1). */
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
      `INSERT INTO action_item (meeting_id, description, owner_organization_id, status) VALUES ($1, 'Follow up', $2, 'OPEN') RETURNING id`,
      [await meeting(), velenje],
    );
  const webhook = () =>
    insert(
      `INSERT INTO webhook (network_id, url, events, secret_box) VALUES ($1, 'https://portal.example/x', '{practice.published}', 'v1.x.x.x') RETURNING id`,
      [mms],
    );
  const OWNER_OR_COORDINATOR = new Set<Who>(['ownerEditor', 'coordinator', 'admin']);
  const disposableUser = async () => {
    const email = `u-${unique()}@matrix.test`;
    return { email, id: await createMember(api, { email }) };
  };
  const mailedToken = (email: string) =>
    new URL(api.app.get(LogMailer).lastTo(email)!.link!).searchParams.get('token')!;

  const ROWS: Record<string, Row> = {
    createTopic: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($k: String!) { createTopic(input: { key: $k, translations: [{ language: "en", label: "x" }] }) { id } }`,
        variables: { k: `t-${unique()}` },
      }),
    },
    updateTopic: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($id: ID!) { updateTopic(id: $id, input: { translations: [{ language: "lt", label: "y" }] }) { id } }`,
        variables: { id: await topic() },
      }),
    },
    retryFailedSearchIndexing: {
      allowed: ADMIN,
      call: async () => ({ query: `mutation { retryFailedSearchIndexing }` }),
    },
    deleteTopic: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($id: ID!) { deleteTopic(id: $id) }`,
        variables: { id: await topic() },
      }),
    },
    createCountry: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($c: String!) { createCountry(input: { code: $c, names: [{ language: "en", name: "x" }] }) { code } }`,
        variables: { c: countryCode() },
      }),
    },
    updateCountry: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($c: String!) { updateCountry(code: $c, input: { names: [{ language: "lt", name: "y" }] }) { code } }`,
        variables: { c: await country() },
      }),
    },
    deleteCountry: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($c: String!) { deleteCountry(code: $c) }`,
        variables: { c: await country() },
      }),
    },
    createCity: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation { createCity(input: { countryCode: "LT", name: "Utena", originalLanguage: "lt" }) { id } }`,
      }),
    },
    updateCity: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($id: ID!) { updateCity(id: $id, input: { population: 5 }) { id } }`,
        variables: { id: await city() },
      }),
    },
    deleteCity: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($id: ID!) { deleteCity(id: $id) }`,
        variables: { id: await city() },
      }),
    },
    createOrganization: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation { createOrganization(input: { kind: NGO, name: "New NGO", defaultLanguage: "lt" }) { id } }`,
      }),
    },
    updateOrganization: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($id: ID!) { updateOrganization(id: $id, input: { acronym: "MOV" }) { id } }`,
        variables: { id: velenje },
      }),
    },
    deleteOrganization: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($id: ID!) { deleteOrganization(id: $id) }`,
        variables: { id: await organization() },
      }),
    },
    createPerson: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($o: ID!) { createPerson(input: { name: "Ana", organizationId: $o, originalLanguage: "sl" }) { id } }`,
        variables: { o: velenje },
      }),
    },
    updatePerson: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($id: ID!) { updatePerson(id: $id, input: { phone: "+386 3 000 00 00" }) { id } }`,
        variables: { id: await person() },
      }),
    },
    deletePerson: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($id: ID!) { deletePerson(id: $id) }`,
        variables: { id: await person() },
      }),
    },
    createNetwork: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation { createNetwork(input: { name: "New network", originalLanguage: "en" }) { id } }`,
      }),
    },
    updateNetwork: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($id: ID!) { updateNetwork(id: $id, input: { website: "https://mms.example.si" }) { id } }`,
        variables: { id: mms },
      }),
    },
    deleteNetwork: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($id: ID!) { deleteNetwork(id: $id) }`,
        variables: { id: await network() },
      }),
    },
    setNetworkMember: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($n: ID!, $o: ID!) { setNetworkMember(input: { networkId: $n, organizationId: $o, role: MEMBER }) { role } }`,
        variables: { n: mms, o: await organization() },
      }),
    },
    removeNetworkMember: {
      allowed: COORDINATOR,
      call: async () => {
        const o = await organization();
        await db.query(
          `INSERT INTO network_membership (network_id, organization_id, role) VALUES ($1, $2, 'MEMBER')`,
          [mms, o],
        );
        return {
          query: `mutation($n: ID!, $o: ID!) { removeNetworkMember(networkId: $n, organizationId: $o) }`,
          variables: { n: mms, o },
        };
      },
    },
    createProgramme: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation { createProgramme(input: { kind: PROJECT, name: "New project", originalLanguage: "en" }) { id } }`,
      }),
    },
    updateProgramme: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($id: ID!) { updateProgramme(id: $id, input: { acronym: "NP" }) { id } }`,
        variables: { id: await programme() },
      }),
    },
    deleteProgramme: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($id: ID!) { deleteProgramme(id: $id) }`,
        variables: { id: await programme() },
      }),
    },
    createPractice: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($o: ID!) { createPractice(input: { organizationId: $o, content: { language: "sl", title: "Nova praksa" } }) { practice { id } } }`,
        variables: { o: velenje },
      }),
    },
    updatePractice: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($id: ID!) { updatePractice(id: $id, expectedVersion: 1, input: { visibility: NETWORK }) { practice { id } } }`,
        variables: { id: await practice('PUBLISHED') },
      }),
    },
    savePracticeTranslation: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($id: ID!) { savePracticeTranslation(id: $id, expectedVersion: 1, content: { language: "lt", title: "Praktika" }) { practice { id } } }`,
        variables: { id: await practice('PUBLISHED') },
      }),
    },
    removePracticeTranslation: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($id: ID!) { removePracticeTranslation(id: $id, expectedVersion: 1, language: "en") { practice { id } } }`,
        variables: { id: await practice('PUBLISHED') },
      }),
    },
    submitPractice: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($id: ID!) { submitPractice(id: $id, expectedVersion: 1) { practice { id } } }`,
        variables: { id: await practice('DRAFT') },
      }),
    },
    publishPractice: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($id: ID!) { publishPractice(id: $id, expectedVersion: 1) { practice { id } } }`,
        variables: { id: await practice('IN_REVIEW') },
      }),
    },
    returnPracticeToDraft: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($id: ID!) { returnPracticeToDraft(id: $id, expectedVersion: 1) { practice { id } } }`,
        variables: { id: await practice('IN_REVIEW') },
      }),
    },
    archivePractice: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($id: ID!) { archivePractice(id: $id, expectedVersion: 1) { practice { id } } }`,
        variables: { id: await practice('PUBLISHED') },
      }),
    },
    deletePractice: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($id: ID!) { deletePractice(id: $id) }`,
        variables: { id: await practice('DRAFT') },
      }),
    },
    recordAdoption: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($p: ID!, $o: ID!) { recordAdoption(input: { practiceId: $p, organizationId: $o, status: CONSIDERING }) { id } }`,
        variables: { p: await practice('PUBLISHED'), o: velenje },
      }),
    },
    removeAdoption: {
      allowed: OWNER,
      call: async () => {
        const id = await insert(
          `INSERT INTO adoption (practice_id, organization_id, status) VALUES ($1, $2, 'ADAPTING') RETURNING id`,
          [await practice('PUBLISHED'), velenje],
        );
        return { query: `mutation($id: ID!) { removeAdoption(id: $id) }`, variables: { id } };
      },
    },
    createMeeting: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: WEBINAR, date: "2026-03-01", content: { language: "en", title: "Webinar" } }) { meeting { id } } }`,
        variables: { n: mms },
      }),
    },
    updateMeeting: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($id: ID!) { updateMeeting(id: $id, expectedVersion: 1, input: { venue: "Online" }) { meeting { id } } }`,
        variables: { id: await meeting() },
      }),
    },
    deleteMeeting: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($id: ID!) { deleteMeeting(id: $id) }`,
        variables: { id: await meeting() },
      }),
    },
    createStudyVisit: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($o: ID!) { createStudyVisit(input: { organizationId: $o, startDate: "2026-04-01", endDate: "2026-04-02", content: { language: "sl", title: "Obisk" } }) { studyVisit { id } } }`,
        variables: { o: velenje },
      }),
    },
    updateStudyVisit: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($id: ID!) { updateStudyVisit(id: $id, expectedVersion: 1, input: { endDate: "2026-02-04" }) { studyVisit { id } } }`,
        variables: { id: await visit() },
      }),
    },
    deleteStudyVisit: {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($id: ID!) { deleteStudyVisit(id: $id) }`,
        variables: { id: await visit() },
      }),
    },
    createActionItem: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($m: ID!) { createActionItem(input: { meetingId: $m, description: "Send the minutes" }) { id } }`,
        variables: { m: await meeting() },
      }),
    },
    updateActionItem: {
      allowed: OWNER_OR_COORDINATOR,
      call: async () => ({
        query: `mutation($id: ID!) { updateActionItem(id: $id, expectedVersion: 1, input: { status: DONE }) { id } }`,
        variables: { id: await actionItem() },
      }),
    },
    // The owner's editors work the item; giving it to another organization is the managers' call.
    'updateActionItem (another owner)': {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($id: ID!, $o: ID!) { updateActionItem(id: $id, expectedVersion: 1, input: { ownerOrganizationId: $o }) { id } }`,
        variables: { id: await actionItem(), o: kaunasIn },
      }),
    },
    'updateActionItem (same owner)': {
      allowed: OWNER_OR_COORDINATOR,
      call: async () => ({
        query: `mutation($id: ID!, $o: ID!) { updateActionItem(id: $id, expectedVersion: 1, input: { ownerOrganizationId: $o, status: DONE }) { id } }`,
        variables: { id: await actionItem(), o: velenje },
      }),
    },
    deleteActionItem: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($id: ID!) { deleteActionItem(id: $id) }`,
        variables: { id: await actionItem() },
      }),
    },
    login: {
      allowed: EVERYONE,
      call: async () => {
        const { email } = await disposableUser();
        return {
          query: `mutation($e: String!) { login(input: { email: $e, password: "correct horse battery staple" }) { accessToken } }`,
          variables: { e: email },
        };
      },
    },
    refreshSession: {
      allowed: EVERYONE,
      call: async () => {
        const { email } = await disposableUser();
        return {
          query: `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
          variables: { t: (await signIn(api, email)).refreshToken },
        };
      },
    },
    logout: {
      allowed: EVERYONE,
      call: async () => {
        const { email } = await disposableUser();
        return {
          query: `mutation($t: String!) { logout(refreshToken: $t) }`,
          variables: { t: (await signIn(api, email)).refreshToken },
        };
      },
    },
    logoutEverywhere: { allowed: SIGNED_IN, call: async () => ({ query: `mutation { logoutEverywhere }` }) },
    // Coordinators of the organization's networks invite viewers; only the organization's own
    // editors (and admins) make editors, who may edit its private practices.
    inviteMember: {
      allowed: OWNER_OR_COORDINATOR,
      call: async () => ({
        query: `mutation($e: String!, $o: ID!) { inviteMember(input: { email: $e, organizationId: $o, role: VIEWER }) { id } }`,
        variables: { e: `i-${unique()}@matrix.test`, o: velenje },
      }),
    },
    'inviteMember (EDITOR)': {
      allowed: OWNER,
      call: async () => ({
        query: `mutation($e: String!, $o: ID!) { inviteMember(input: { email: $e, organizationId: $o, role: EDITOR }) { id } }`,
        variables: { e: `i-${unique()}@matrix.test`, o: velenje },
      }),
    },
    acceptInvitation: {
      allowed: EVERYONE,
      call: async () => {
        const email = `a-${unique()}@matrix.test`;
        await api.app
          .get(InvitationsService)
          .invite(RequestContext.system(), email, velenje, 'VIEWER' as never);
        return {
          query: `mutation($t: String!) { acceptInvitation(input: { token: $t, displayName: "A", password: "a long enough password" }) { accessToken } }`,
          variables: { t: mailedToken(email) },
        };
      },
    },
    requestPasswordReset: {
      allowed: EVERYONE,
      // A fresh email each time: requests are limited per email (and per address).
      call: async () => ({
        query: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
        variables: { e: `r-${unique()}@matrix.test` },
      }),
    },
    resetPassword: {
      allowed: EVERYONE,
      call: async () => {
        const { email } = await disposableUser();
        const invitations = api.app.get(InvitationsService);
        await invitations.requestPasswordReset(RequestContext.system(), email);
        await invitations.idle();
        return {
          query: `mutation($t: String!) { resetPassword(input: { token: $t, newPassword: "another long password" }) }`,
          variables: { t: mailedToken(email) },
        };
      },
    },
    createApiKey: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($n: ID!) { createApiKey(input: { networkId: $n, name: "portal" }) { secret } }`,
        variables: { n: mms },
      }),
    },
    revokeApiKey: {
      allowed: COORDINATOR,
      call: async () => {
        const id = await insert(
          `INSERT INTO api_key (network_id, name, prefix, secret_hash) VALUES ($1, 'k', $2, repeat('0', 64)) RETURNING id`,
          [mms, randomBytes(9).toString('base64url')],
        );
        return { query: `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, variables: { id } };
      },
    },
    createWebhook: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($n: ID!) { createWebhook(input: { networkId: $n, url: "https://portal.example/hook", events: [PRACTICE_PUBLISHED] }) { secret } }`,
        variables: { n: mms },
      }),
    },
    updateWebhook: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($id: ID!) { updateWebhook(input: { id: $id, events: [MEETING_CREATED] }) { id } }`,
        variables: { id: await webhook() },
      }),
    },
    deleteWebhook: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($id: ID!) { deleteWebhook(id: $id) { id } }`,
        variables: { id: await webhook() },
      }),
    },
    rotateWebhookSecret: {
      allowed: COORDINATOR,
      call: async () => ({
        query: `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
        variables: { id: await webhook() },
      }),
    },
    setOrganizationRole: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($u: ID!, $o: ID!) { setOrganizationRole(userId: $u, organizationId: $o, role: VIEWER) }`,
        variables: { u: (await disposableUser()).id, o: velenje },
      }),
    },
    setMemberDisabled: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($u: ID!) { setMemberDisabled(userId: $u, disabled: true) { id } }`,
        variables: { u: (await disposableUser()).id },
      }),
    },
    setNetworkCoordinator: {
      allowed: ADMIN,
      call: async () => ({
        query: `mutation($u: ID!, $n: ID!) { setNetworkCoordinator(userId: $u, networkId: $n, coordinator: true) }`,
        variables: { u: (await disposableUser()).id, n: mms },
      }),
    },
  };

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    mms = await refId(api, 'network', 'network:mms');
    const koper = await refId(api, 'organization', 'org:koper-municipality');
    kaunasIn = await refId(api, 'organization', 'org:kaunas-in');
    const specs: Record<Exclude<Who, 'anonymous' | 'apiKey'>, Parameters<typeof createMember>[1]> = {
      viewer: { email: 'viewer@matrix.test', organizations: [{ id: velenje, role: 'VIEWER' }] },
      otherEditor: { email: 'other@matrix.test', organizations: [{ id: kaunasIn, role: 'EDITOR' }] },
      ownerEditor: { email: 'owner@matrix.test', organizations: [{ id: velenje, role: 'EDITOR' }] },
      coordinator: { email: 'coordinator@matrix.test', organizations: [{ id: koper, role: 'EDITOR' }] },
      admin: { email: 'admin@matrix.test', isAdmin: true },
    };
    for (const [who, spec] of Object.entries(specs) as [Who, Parameters<typeof createMember>[1]][]) {
      await createMember(api, spec);
      emails[who] = spec.email;
      headers.set(who, bearer((await signIn(api, spec.email)).accessToken));
    }
    headers.set('anonymous', {});
    const key = await api.gql<{ createApiKey: { secret: string } }>(
      `mutation($n: ID!) { createApiKey(input: { networkId: $n, name: "matrix" }) { secret } }`,
      {
        variables: { n: mms },
        headers: headers.get('admin'),
      },
    );
    headers.set('apiKey', { 'x-api-key': key.data!.createApiKey.secret });
  });
  afterAll(async () => {
    await api.close();
  });

  it('has a row for every mutation in schema.graphql', () => {
    const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect([...new Set(Object.keys(ROWS).map((row) => row.split(' ')[0]))].sort()).toEqual(mutations);
  });

  it('allows and denies exactly as the policies say', async () => {
    const mismatches: string[] = [];
    for (const [mutation, row] of Object.entries(ROWS)) {
      for (const who of PRINCIPALS) {
        const call = await row.call();
        const res = await api.gql(call.query, { variables: call.variables, headers: headers.get(who) });
        const code = res.errors?.[0]?.extensions?.code;
        // A record the caller may not even read answers NOT_FOUND, which is a denial too.
        const denialCodes =
          who === 'anonymous' ? ['UNAUTHENTICATED', 'NOT_FOUND'] : ['FORBIDDEN', 'NOT_FOUND'];
        const expected = row.allowed.has(who);
        const ok = expected
          ? res.errors === undefined
          : typeof code === 'string' && denialCodes.includes(code);
        if (!ok)
          mismatches.push(
            `${mutation} as ${who}: expected ${expected ? 'success' : 'denial'}, got ${JSON.stringify(res.errors ?? res.data)}`,
          );
        // Signing out everywhere ends the caller's own session: sign back in for the next rows.
        if (mutation === 'logoutEverywhere' && expected && emails[who])
          headers.set(who, bearer((await signIn(api, emails[who])).accessToken));
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
