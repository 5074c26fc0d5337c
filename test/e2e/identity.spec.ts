import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { loadDemoMembers } from '#demo-data';
import { InvitationsService, LogMailer } from '#identity';
import { bearer, createMember, PASSWORD, refId, signIn } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('members, sessions, invitations and API keys', () => {
  let api: TestApp;
  let mailer: LogMailer;
  let velenje: string;
  let kaunasIn: string;
  let mms: string;
  beforeAll(async () => {
    api = await startTestApp();
    mailer = api.app.get(LogMailer);
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    kaunasIn = await refId(api, 'organization', 'org:kaunas-in');
    mms = await refId(api, 'network', 'network:mms');
    await createMember(api, {
      email: 'editor@kaunasin.test',
      organizations: [{ id: kaunasIn, role: 'EDITOR' }],
      preferredLocale: 'lt',
    });
    await createMember(api, {
      email: 'Coordinator@Koper.test',
      organizations: [{ id: await refId(api, 'organization', 'org:koper-municipality'), role: 'EDITOR' }],
    });
  });
  afterAll(async () => {
    await api.close();
  });

  const me = (token: string) =>
    api.gql<{
      me: {
        email: string;
        organizations: { role: string; organization: { id: string } }[];
        coordinatedNetworks: { id: string }[];
      } | null;
    }>(`{ me { email organizations { role organization { id } } coordinatedNetworks { id } } }`, {
      headers: bearer(token),
    });

  it('signs members in (email in any case) and tells them who they are', async () => {
    const tokens = await signIn(api, 'coordinator@koper.TEST');
    const res = await me(tokens.accessToken);
    expect(res.data!.me!.email).toBe('Coordinator@Koper.test');
    // Koper coordinates the MMS network, so its editor does too.
    expect(res.data!.me!.coordinatedNetworks.map((n) => n.id)).toEqual([mms]);
    const anonymous = await api.gql<{ me: null }>(`{ me { id } }`);
    expect(anonymous.data!.me).toBeNull();
  });

  it('gives one answer for a wrong password and an unknown email', async () => {
    const attempt = (email: string, password: string) =>
      api.gql(
        `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`,
        {
          variables: { e: email, p: password },
          headers: { 'x-forwarded-for': '10.0.0.1' },
        },
      );
    const wrong = await attempt('editor@kaunasin.test', 'not the password at all');
    const unknown = await attempt('nobody@nowhere.test', 'not the password at all');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('pauses an account and address pair after 5 failures, even for the right password from there', async () => {
    await createMember(api, {
      email: 'target@velenje.test',
      organizations: [{ id: velenje, role: 'VIEWER' }],
    });
    for (let i = 0; i < 5; i++) {
      const res = await api.gql(
        `mutation { login(input: { email: "target@velenje.test", password: "wrong-password-${i}" }) { accessToken } }`,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await api.gql(
      `mutation($p: String!) { login(input: { email: "target@velenje.test", password: $p }) { accessToken } }`,
      {
        variables: { p: PASSWORD },
      },
    );
    expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('rotates refresh tokens, and a replayed one kills the whole session', async () => {
    const first = await signIn(api, 'editor@kaunasin.test');
    const refresh = (token: string) =>
      api.gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(
        `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`,
        { variables: { t: token } },
      );
    const second = (await refresh(first.refreshToken)).data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.accessToken)).data!.me!.email).toBe('editor@kaunasin.test');

    // A rotated token presented again past the grace window (20 s for the client that used it).
    await api.app
      .get(DataSource)
      .query(`UPDATE refresh_token SET used_at = used_at - interval '1 minute' WHERE used_at IS NOT NULL`);
    const replay = await refresh(first.refreshToken);
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The thief's replay ended the session for everyone holding it: the newer tokens are dead too.
    expect((await refresh(second.refreshToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const dead = await me(second.accessToken);
    expect(dead.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session on logout and every session on logoutEverywhere', async () => {
    const a = await signIn(api, 'editor@kaunasin.test');
    const b = await signIn(api, 'editor@kaunasin.test');
    await api.gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { variables: { t: a.refreshToken } });
    expect((await me(a.accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await me(b.accessToken)).data!.me).not.toBeNull();
    await api.gql(`mutation { logoutEverywhere }`, { headers: bearer(b.accessToken) });
    expect((await me(b.accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("refuses an editor changing another organization, with FORBIDDEN in the member's language", async () => {
    const { accessToken } = await signIn(api, 'editor@kaunasin.test');
    const other = await api.gql(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { acronym: "X" }) { id } }`,
      {
        variables: { id: velenje },
        headers: bearer(accessToken),
      },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The member's preferred language (lt) decides, with no locale argument and no Accept-Language.
    expect(other.errors?.[0]?.message).toBe('Neturite teisės tai atlikti.');
    const own = await api.gql<{ updateOrganization: { acronym: string } }>(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { acronym: "KIN" }) { acronym } }`,
      { variables: { id: kaunasIn }, headers: bearer(accessToken) },
    );
    expect(own.data!.updateOrganization.acronym).toBe('KIN');
  });

  it('lets a coordinator invite a viewer into a member organization; the invitee signs up from the emailed link', async () => {
    const { accessToken } = await signIn(api, 'coordinator@koper.test');
    const invite = (organizationId: string, token = accessToken, role = 'VIEWER') =>
      api.gql<{ inviteMember: { id: string; expiresAt: string } }>(
        `mutation($o: ID!, $r: OrganizationRole!) { inviteMember(input: { email: "new.member@velenje.test", organizationId: $o, role: $r }) { id expiresAt } }`,
        { variables: { o: organizationId, r: role }, headers: token ? bearer(token) : {} },
      );
    expect((await invite(kaunasIn)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await invite(velenje, '')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Making someone an editor of Velenje (its private practices) is for Velenje's editors.
    expect((await invite(velenje, accessToken, 'EDITOR')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await invite(velenje);
    expect(ok.errors).toBeUndefined();
    const link = mailer.lastTo('new.member@velenje.test')?.link ?? '';
    const token = new URL(link).searchParams.get('token')!;
    expect(token.length).toBeGreaterThan(30);

    const accept = (password: string) =>
      api.gql<{ acceptInvitation: { accessToken: string } }>(
        `mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, displayName: "New Member", password: $p, preferredLocale: "sl" }) { accessToken } }`,
        { variables: { t: token, p: password } },
      );
    expect((await accept('short')).errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      field: 'password',
      rule: 'password',
    });
    const accepted = await accept('a long enough password');
    expect(accepted.errors).toBeUndefined();
    const who = await me(accepted.data!.acceptInvitation.accessToken);
    expect(who.data!.me!.organizations).toEqual([{ role: 'VIEWER', organization: { id: velenje } }]);
    // Single use.
    expect((await accept('a long enough password')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The invitation is stored only as a digest.
    const stored = (await api.app.get(DataSource).query(`SELECT token_hash FROM one_time_token`)) as {
      token_hash: string;
    }[];
    expect(stored.some((r) => r.token_hash === token)).toBe(false);
  });

  it('resets a password from an emailed, single-use link and ends every session', async () => {
    await createMember(api, {
      email: 'forgetful@kaunasin.test',
      organizations: [{ id: kaunasIn, role: 'VIEWER' }],
    });
    const session = await signIn(api, 'forgetful@kaunasin.test');
    expect(
      (
        await api.gql<{ requestPasswordReset: boolean }>(
          `mutation { requestPasswordReset(email: "nobody@nowhere.test") }`,
        )
      ).data!.requestPasswordReset,
    ).toBe(true);
    await api.app.get(InvitationsService).idle();
    expect(mailer.lastTo('nobody@nowhere.test')).toBeUndefined();
    await api.gql(`mutation { requestPasswordReset(email: "FORGETFUL@kaunasin.test") }`);
    // The link is stored and mailed after the answer (the same answer time for every email).
    await api.app.get(InvitationsService).idle();
    const token = new URL(mailer.lastTo('forgetful@kaunasin.test')!.link!).searchParams.get('token')!;
    const reset = () =>
      api.gql<{ resetPassword: boolean }>(
        `mutation($t: String!) { resetPassword(input: { token: $t, newPassword: "a brand new password" }) }`,
        {
          variables: { t: token },
        },
      );
    expect((await reset()).data!.resetPassword).toBe(true);
    expect((await reset()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await me(session.accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(signIn(api, 'forgetful@kaunasin.test')).rejects.toThrow();
    expect((await signIn(api, 'forgetful@kaunasin.test', 'a brand new password')).accessToken).toBeTruthy();
  });

  it('issues network-scoped, read-only API keys: member content of that network only, revocable', async () => {
    const db = api.app.get(DataSource);
    const nordic = await refId(api, 'network', 'network:kaunas-turku-vaxjo');
    // One NETWORK-only practice shared with MMS, one with the Nordic-Baltic network.
    await db.query(
      `UPDATE practice SET visibility = 'NETWORK' WHERE external_ref = 'practice:velenje-events-calendar'`,
    );
    const nordicPractice = await refId(api, 'practice', 'practice:panevezys-robolabas');
    await db.query(`UPDATE practice SET visibility = 'NETWORK' WHERE id = $1`, [nordicPractice]);
    await db.query(`INSERT INTO practice_network (practice_id, network_id) VALUES ($1, $2)`, [
      nordicPractice,
      nordic,
    ]);
    const mmsPractice = await refId(api, 'practice', 'practice:velenje-events-calendar');

    const { accessToken } = await signIn(api, 'coordinator@koper.test');
    const created = await api.gql<{
      createApiKey: { secret: string; apiKey: { id: string; prefix: string } };
    }>(
      `mutation($n: ID!) { createApiKey(input: { networkId: $n, name: "Velenje portal" }) { secret apiKey { id prefix } } }`,
      { variables: { n: mms }, headers: bearer(accessToken) },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret.startsWith(`pxk_${apiKey.prefix}_`)).toBe(true);
    const forOther = await api.gql(
      `mutation($n: ID!) { createApiKey(input: { networkId: $n, name: "x" }) { secret } }`,
      {
        variables: { n: nordic },
        headers: bearer(accessToken),
      },
    );
    expect(forOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const read = (id: string, headers: Record<string, string>) =>
      api.gql<{ practice: { id: string } }>(`query($id: ID!) { practice(id: $id) { id } }`, {
        variables: { id },
        headers,
      });
    expect((await read(mmsPractice, {})).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await read(mmsPractice, { 'x-api-key': secret })).data!.practice.id).toBe(mmsPractice);
    expect((await read(mmsPractice, bearer(secret))).data!.practice.id).toBe(mmsPractice);
    expect((await read(nordicPractice, { 'x-api-key': secret })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const list = await api.gql<{ practices: { edges: { node: { id: string } }[] } }>(
      `{ practices(first: 100) { edges { node { id } } } }`,
      {
        headers: { 'x-api-key': secret },
      },
    );
    const ids = list.data!.practices.edges.map((e) => e.node.id);
    expect(ids).toContain(mmsPractice);
    expect(ids).not.toContain(nordicPractice);

    const write = await api.gql(
      `mutation { createTopic(input: { key: "by-key", translations: [{ language: "en", label: "x" }] }) { id } }`,
      {
        headers: { 'x-api-key': secret },
      },
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stored = (await db.query(`SELECT secret_hash FROM api_key`)) as { secret_hash: string }[];
    // pxk_<12-character prefix>_<secret>: both base64url, so either may itself hold "_".
    const secretPart = /^pxk_.{12}_(.+)$/.exec(secret)![1]!;
    expect(secretPart.length).toBeGreaterThanOrEqual(43);
    expect(JSON.stringify(stored)).not.toContain(secretPart);

    await api.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, {
      variables: { id: apiKey.id },
      headers: bearer(accessToken),
    });
    expect((await read(mmsPractice, { 'x-api-key': secret })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('shows contact details to members sharing a network, never to anonymous callers or API keys', async () => {
    const query = `{ people(first: 50, filter: { nameContains: "Tolja" }) { edges { node { email } } } }`;
    await api.app
      .get(DataSource)
      .query(`UPDATE person SET email = 'jana.tolja@koper.test' WHERE name = 'Jana Tolja'`);
    expect(
      (await api.gql<{ people: { edges: { node: { email: string | null } }[] } }>(query)).data!.people
        .edges[0]!.node.email,
    ).toBeNull();
    const koper = await signIn(api, 'coordinator@koper.test');
    expect(
      (
        await api.gql<{ people: { edges: { node: { email: string | null } }[] } }>(query, {
          headers: bearer(koper.accessToken),
        })
      ).data!.people.edges[0]!.node.email,
    ).toBe('jana.tolja@koper.test');
    // Kaunas IN shares no network with Koper.
    const kaunas = await signIn(api, 'editor@kaunasin.test');
    expect(
      (
        await api.gql<{ people: { edges: { node: { email: string | null } }[] } }>(query, {
          headers: bearer(kaunas.accessToken),
        })
      ).data!.people.edges[0]!.node.email,
    ).toBeNull();
  });

  it('creates the demo members once, with random passwords that work', async () => {
    const credentials = await loadDemoMembers(api.app.get(DataSource));
    expect(credentials.map((c) => c.email)).toContain('coordinator@koper.demo');
    const coordinator = credentials.find((c) => c.email === 'coordinator@koper.demo')!;
    expect(coordinator.password).toHaveLength(16);
    const { accessToken } = await signIn(api, coordinator.email, coordinator.password);
    expect((await me(accessToken)).data!.me!.coordinatedNetworks.map((n) => n.id)).toEqual([mms]);
    expect(await loadDemoMembers(api.app.get(DataSource))).toEqual([]);
  });

  it('lets admins list members and disable an account, which ends its sessions at once', async () => {
    const id = await createMember(api, {
      email: 'leaving@kaunasin.test',
      organizations: [{ id: kaunasIn, role: 'VIEWER' }],
    });
    const session = await signIn(api, 'leaving@kaunasin.test');
    const list = await api.gql<{ members: { totalCount: number; edges: { node: { email: string } }[] } }>(
      `query($o: ID!) { members(filter: { organizationId: $o, contains: "leaving" }) { totalCount edges { node { email } } } }`,
      { variables: { o: kaunasIn }, admin: true },
    );
    expect(list.data!.members.edges.map((e) => e.node.email)).toEqual(['leaving@kaunasin.test']);
    expect(
      (await api.gql(`{ members { totalCount } }`, { headers: bearer(session.accessToken) })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');

    const disabled = await api.gql<{ setMemberDisabled: { disabledAt: string | null } }>(
      `mutation($u: ID!) { setMemberDisabled(userId: $u, disabled: true) { disabledAt } }`,
      { variables: { u: id }, admin: true },
    );
    expect(disabled.data!.setMemberDisabled.disabledAt).toBeTruthy();
    expect((await me(session.accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(signIn(api, 'leaving@kaunasin.test')).rejects.toThrow();
    await api.gql(`mutation($u: ID!) { setMemberDisabled(userId: $u, disabled: false) { id } }`, {
      variables: { u: id },
      admin: true,
    });
    expect((await signIn(api, 'leaving@kaunasin.test')).accessToken).toBeTruthy();
  });
});
