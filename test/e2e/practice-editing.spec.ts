import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { bearer, createMember, refId, signIn } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Payload {
  practice: {
    id: string;
    version: number;
    status: string;
    title: string;
    language: string;
    availableLanguages: string[];
  };
  warnings: { code: string; detectedLanguage: string | null; message: string }[];
}
const PAYLOAD = `practice { id version status title language availableLanguages } warnings { code detectedLanguage message }`;

describe('writing practices: workflow, translations, no lost updates, audit', () => {
  let api: TestApp;
  let editor: Record<string, string>;
  let coordinator: Record<string, string>;
  let otherEditor: Record<string, string>;
  let velenje: string;
  let mms: string;
  beforeAll(async () => {
    api = await startTestApp();
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    mms = await refId(api, 'network', 'network:mms');
    await createMember(api, {
      email: 'editor@velenje.test',
      organizations: [{ id: velenje, role: 'EDITOR' }],
      preferredLocale: 'sl',
    });
    await createMember(api, {
      email: 'coordinator@koper.test',
      organizations: [{ id: await refId(api, 'organization', 'org:koper-municipality'), role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'editor@kaunasin.test',
      organizations: [{ id: await refId(api, 'organization', 'org:kaunas-in'), role: 'EDITOR' }],
    });
    editor = bearer((await signIn(api, 'editor@velenje.test')).accessToken);
    coordinator = bearer((await signIn(api, 'coordinator@koper.test')).accessToken);
    otherEditor = bearer((await signIn(api, 'editor@kaunasin.test')).accessToken);
  });
  afterAll(async () => {
    await api.close();
  });

  const create = (headers: Record<string, string>, content: Record<string, unknown>) =>
    api.gql<{ createPractice: Payload }>(
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { ${PAYLOAD} } }`,
      {
        headers,
        variables: {
          input: {
            organizationId: velenje,
            visibility: 'PUBLIC',
            sharedWithNetworkIds: [mms],
            budget: { amount: '2500.00', currency: 'EUR' },
            content,
          },
        },
      },
    );
  const move = (name: string, id: string, version: number, headers: Record<string, string>) =>
    api.gql<Record<string, Payload>>(
      `mutation($id: ID!, $v: Int!) { ${name}(id: $id, expectedVersion: $v) { ${PAYLOAD} } }`,
      {
        variables: { id, v: version },
        headers,
      },
    );

  it('takes a practice from draft to published, visible to the public only then', async () => {
    const created = await create(editor, {
      language: 'sl',
      title: 'Tržnica ob sobotah v mestnem središču',
      summary:
        'Sobotna tržnica lokalnih pridelovalcev je oživila prazne prostore v mestnem jedru in privabila družine.',
    });
    expect(created.errors).toBeUndefined();
    const { practice, warnings } = created.data!.createPractice;
    expect(practice).toMatchObject({ status: 'DRAFT', version: 1, language: 'sl' });
    expect(warnings).toEqual([]);
    const anonymous = () =>
      api.gql(`query($id: ID!) { practice(id: $id) { id } }`, { variables: { id: practice.id } });
    expect((await anonymous()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect((await move('publishPractice', practice.id, 1, coordinator)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const submitted = await move('submitPractice', practice.id, 1, editor);
    expect(submitted.data!.submitPractice.practice).toMatchObject({ status: 'IN_REVIEW', version: 2 });
    // Editors submit; only a coordinator of a network it is shared with (or an admin) publishes.
    expect((await move('publishPractice', practice.id, 2, editor)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await move('archivePractice', practice.id, 2, editor)).errors?.[0]?.extensions?.code).toBe(
      'INVALID_TRANSITION',
    );
    const published = await move('publishPractice', practice.id, 2, coordinator);
    expect(published.data!.publishPractice.practice).toMatchObject({ status: 'PUBLISHED', version: 3 });
    expect((await anonymous()).errors).toBeUndefined();
  });

  it('warns, without refusing, when the text is not in the declared language', async () => {
    const res = await create(editor, {
      language: 'en',
      title: 'Panevėžio pramonės įvaizdžio kampanija',
      summary:
        'Panevėžio miesto savivaldybė skyrė lėšų Pramonės 4.0 rinkodarai, o konkursą laimėjo turizmo informacijos centras, kuris kuria kampaniją.',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createPractice.warnings).toEqual([
      expect.objectContaining({ code: 'LANGUAGE_MISMATCH', detectedLanguage: 'lt' }),
    ]);
    // In the member's language (sl).
    expect(res.data!.createPractice.warnings[0]!.message).toMatch(/lt/);
  });

  it('adds, replaces and removes translations, never the original', async () => {
    const { practice } = (await create(editor, { language: 'sl', title: 'Kolesarski vikend' })).data!
      .createPractice;
    const save = (version: number, content: Record<string, unknown>) =>
      api.gql<{ savePracticeTranslation: Payload }>(
        `mutation($id: ID!, $v: Int!, $c: PracticeContentInput!) { savePracticeTranslation(id: $id, expectedVersion: $v, content: $c) { ${PAYLOAD} } }`,
        { variables: { id: practice.id, v: version, c: content }, headers: editor },
      );
    expect(
      (await save(1, { language: 'en', title: 'Cycling weekend' })).data!.savePracticeTranslation.practice
        .availableLanguages,
    ).toEqual(['en', 'sl']);
    expect(
      (await save(2, { language: 'en', title: 'Cycling weekend in the centre' })).data!
        .savePracticeTranslation.practice.version,
    ).toBe(3);
    const remove = (version: number, language: string) =>
      api.gql<{ removePracticeTranslation: Payload }>(
        `mutation($id: ID!, $v: Int!, $l: LanguageCode!) { removePracticeTranslation(id: $id, expectedVersion: $v, language: $l) { ${PAYLOAD} } }`,
        {
          variables: { id: practice.id, v: version, l: language },
          headers: editor,
        },
      );
    expect((await remove(3, 'sl')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await remove(3, 'en')).data!.removePracticeTranslation.practice.availableLanguages).toEqual([
      'sl',
    ]);
  });

  it('lets exactly one of two concurrent updates win; the other gets CONFLICT and the current version', async () => {
    const { practice } = (await create(editor, { language: 'sl', title: 'Nočna tržnica' })).data!
      .createPractice;
    const update = (url: string) =>
      api.gql<{ updatePractice: Payload }>(
        `mutation($id: ID!, $u: String) { updatePractice(id: $id, expectedVersion: 1, input: { sourceUrl: $u }) { ${PAYLOAD} } }`,
        {
          variables: { id: practice.id, u: url },
          headers: editor,
        },
      );
    const results = await Promise.all([
      update('https://velenje.si/a'),
      update('https://velenje.si/b'),
      update('https://velenje.si/c'),
    ]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(2);
    for (const loser of losers) {
      expect(loser.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(loser.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    }
    const [row] = (await api.app
      .get(DataSource)
      .query(`SELECT version, source_url FROM practice WHERE id = $1`, [practice.id])) as [
      { version: number; source_url: string },
    ];
    expect(row.version).toBe(2);
    expect(winners[0]!.data!.updatePractice.practice.version).toBe(2);
  });

  it('refuses editors of other organizations and writes every change to the audit log', async () => {
    const { practice } = (await create(editor, { language: 'sl', title: 'Izložbe v središču' })).data!
      .createPractice;
    const other = await api.gql(
      `mutation($id: ID!) { updatePractice(id: $id, expectedVersion: 1, input: { visibility: PRIVATE }) { practice { id } } }`,
      {
        variables: { id: practice.id },
        headers: otherEditor,
      },
    );
    // Kaunas IN cannot even see another organization's draft: it looks like it does not exist.
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await api.gql(
      `mutation($id: ID!) { updatePractice(id: $id, expectedVersion: 1, input: { visibility: PRIVATE }) { practice { id } } }`,
      {
        variables: { id: practice.id },
        headers: editor,
      },
    );
    const events = (await api.app
      .get(DataSource)
      .query(`SELECT action, actor_kind, changes FROM audit_event WHERE entity_id = $1 ORDER BY id`, [
        practice.id,
      ])) as {
      action: string;
      actor_kind: string;
      changes: Record<string, { from: unknown; to: unknown }>;
    }[];
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(events[1]!.actor_kind).toBe('user');
    expect(events[1]!.changes['visibility']).toEqual({ from: 'PUBLIC', to: 'PRIVATE' });
  });

  it('serves Markdown as sanitized HTML for portals', async () => {
    const { practice } = (
      await create(editor, {
        language: 'sl',
        title: 'XSS',
        summary: 'Hello <img src=x onerror=alert(1)> [x](javascript:alert(1)) **bold**',
      })
    ).data!.createPractice;
    const res = await api.gql<{ practice: { summaryHtml: string } }>(
      `query($id: ID!) { practice(id: $id) { summaryHtml } }`,
      {
        variables: { id: practice.id },
        headers: editor,
      },
    );
    expect(res.data!.practice.summaryHtml).toContain('<strong>bold</strong>');
    expect(res.data!.practice.summaryHtml).not.toMatch(/onerror|javascript:|<img/);
  });

  it("shows the audit log to admins and to coordinators for their networks' content only", async () => {
    const query = `{ auditLog(first: 50, entityType: "Practice") { totalCount edges { cursor node { action actorKind entityId changes } } pageInfo { hasNextPage } } }`;
    const asCoordinator = await api.gql<{
      auditLog: { totalCount: number; edges: { node: { action: string } }[] };
    }>(query, { headers: coordinator });
    expect(asCoordinator.errors).toBeUndefined();
    // Every practice created here is shared with MMS, which Koper coordinates.
    expect(asCoordinator.data!.auditLog.edges.map((e) => e.node.action)).toEqual(
      expect.arrayContaining(['create', 'publish', 'submit']),
    );
    // Kaunas IN coordinates its own Nordic-Baltic network, where none of these practices is shared.
    const asOtherCoordinator = await api.gql<{ auditLog: { totalCount: number } }>(query, {
      headers: otherEditor,
    });
    expect(asOtherCoordinator.data!.auditLog.totalCount).toBe(0);
    await createMember(api, {
      email: 'viewer@velenje.test',
      organizations: [{ id: velenje, role: 'VIEWER' }],
    });
    const viewer = bearer((await signIn(api, 'viewer@velenje.test')).accessToken);
    expect((await api.gql(query, { headers: viewer })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asAdmin = await api.gql<{ auditLog: { totalCount: number } }>(query, { admin: true });
    expect(asAdmin.data!.auditLog.totalCount).toBeGreaterThanOrEqual(asCoordinator.data!.auditLog.totalCount);
    const firstPage = await api.gql<{ auditLog: { edges: { cursor: string }[] } }>(
      `{ auditLog(first: 2) { edges { cursor } } }`,
      { admin: true },
    );
    const next = await api.gql<{ auditLog: { edges: { cursor: string }[] } }>(
      `query($a: String) { auditLog(first: 2, after: $a) { edges { cursor } } }`,
      {
        admin: true,
        variables: { a: firstPage.data!.auditLog.edges[1]!.cursor },
      },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data!.auditLog.edges[0]!.cursor).not.toBe(firstPage.data!.auditLog.edges[1]!.cursor);
  });

  it('records adoptions, metrics, links and contacts', async () => {
    const practiceId = await refId(api, 'practice', 'practice:velenje-events-calendar');
    const kaunasIn = await refId(api, 'organization', 'org:kaunas-in');
    const adopt = (status: string, headers: Record<string, string>) =>
      api.gql<{ recordAdoption: { id: string; status: string } }>(
        `mutation($p: ID!, $o: ID!, $s: AdoptionStatus!) { recordAdoption(input: { practiceId: $p, organizationId: $o, status: $s, notes: "Pilot in 2025", startedOn: "2025-01-15" }) { id status } }`,
        { variables: { p: practiceId, o: kaunasIn, s: status }, headers },
      );
    expect((await adopt('CONSIDERING', editor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const first = await adopt('CONSIDERING', otherEditor);
    const second = await adopt('ADAPTING', otherEditor);
    expect(second.data!.recordAdoption).toEqual({ id: first.data!.recordAdoption.id, status: 'ADAPTING' });

    const [practice] = (await api.app
      .get(DataSource)
      .query(`SELECT version FROM practice WHERE id = $1`, [practiceId])) as [{ version: number }];
    const person = (await api.app
      .get(DataSource)
      .query(`SELECT id FROM person WHERE name = 'Peter Dermol'`)) as { id: string }[];
    const updated = await api.gql(
      `mutation($id: ID!, $v: Int!, $c: [ID!]) { updatePractice(id: $id, expectedVersion: $v, input: {
         metrics: [{ name: "events listed", value: "1000", unit: "per year" }],
         links: [{ url: "https://www.velenje.si/dogodki", title: "Koledar dogodkov", kind: WEBSITE, language: "sl" }],
         contactIds: $c }) { practice { version } } }`,
      { variables: { id: practiceId, v: practice.version, c: person.map((p) => p.id) }, headers: editor },
    );
    expect(updated.errors).toBeUndefined();

    const read = await api.gql<{
      practice: {
        adoptions: { status: string; organization: { id: string } }[];
        metrics: unknown[];
        links: { kind: string }[];
        contacts: { name: string }[];
      };
    }>(
      `query($id: ID!) { practice(id: $id) { adoptions { status organization { id } } metrics { name value unit } links { kind } contacts { name } } }`,
      {
        variables: { id: practiceId },
      },
    );
    expect(read.data!.practice.adoptions).toEqual([{ status: 'ADAPTING', organization: { id: kaunasIn } }]);
    expect(read.data!.practice.metrics).toEqual([{ name: 'events listed', value: '1000', unit: 'per year' }]);
    expect(read.data!.practice.links).toEqual([{ kind: 'WEBSITE' }]);
    expect(read.data!.practice.contacts).toEqual([{ name: 'Peter Dermol' }]);
    const organization = await api.gql<{ organization: { adoptions: { status: string }[] } }>(
      `query($id: ID!) { organization(id: $id) { adoptions { status } } }`,
      {
        variables: { id: kaunasIn },
      },
    );
    expect(organization.data!.organization.adoptions).toEqual([{ status: 'ADAPTING' }]);
  });
});
