import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { bearer, createMember, refId, signIn } from '../support/members.js';
import { startTestApp } from '../support/test-app.js';

/** `npm start` with no configuration: an embedded PGlite database under DATA_DIR, migrated and seeded once. */
describe('embedded database (PGlite)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'px-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates, loads the demo data once and answers queries; a restart keeps data and does not reload it', async () => {
    // As `npm start` runs it: the search indexer inside the API process, on the one connection.
    const first = await startTestApp({ DATA_DIR: dataDir, DEMO_DATA: 'true', SEARCH_WORKER: 'inline' });
    let deletedId: string;
    try {
      const res = await first.gql<{
        organizations: { totalCount: number; edges: { node: { id: string; officialName: string } }[] };
      }>(`{ organizations(first: 50) { totalCount edges { node { id officialName } } } }`);
      expect(res.errors).toBeUndefined();
      const names = res.data!.organizations.edges.map((e) => e.node.officialName);
      expect(names.some((n) => n.includes('Kaunas IN'))).toBe(true);
      const victim = res.data!.organizations.edges.find((e) => e.node.officialName.includes('Kaunas IN'))!;
      deletedId = victim.node.id;
      const deleted = await first.gql(`mutation($id: ID!) { deleteOrganization(id: $id) }`, {
        admin: true,
        variables: { id: deletedId },
      });
      expect(deleted.errors).toBeUndefined();
      const health = await fetch(`${first.url}/health`);
      expect(health.status).toBe(200);

      // Writes that take roles and transactions work on the single embedded connection too.
      const velenje = await refId(first, 'organization', 'org:velenje-municipality');
      await createMember(first, {
        email: 'editor@velenje.test',
        organizations: [{ id: velenje, role: 'EDITOR' }],
      });
      const headers = bearer((await signIn(first, 'editor@velenje.test')).accessToken);
      const created = await first.gql<{ createPractice: { practice: { id: string; version: number } } }>(
        `mutation($o: ID!) { createPractice(input: { organizationId: $o, content: { language: "sl", title: "Poskus" } }) { practice { id version } } }`,
        { variables: { o: velenje }, headers },
      );
      expect(created.errors).toBeUndefined();
      const { id, version } = created.data!.createPractice.practice;
      const submitted = await first.gql<{ submitPractice: { practice: { status: string } } }>(
        `mutation($id: ID!, $v: Int!) { submitPractice(id: $id, expectedVersion: $v) { practice { status } } }`,
        { variables: { id, v: version }, headers },
      );
      expect(submitted.data?.submitPractice.practice.status).toBe('IN_REVIEW');

      const koper = await refId(first, 'organization', 'org:koper-municipality');
      await createMember(first, {
        email: 'coordinator@koper.test',
        organizations: [{ id: koper, role: 'EDITOR' }],
      });
      const coordinator = bearer((await signIn(first, 'coordinator@koper.test')).accessToken);
      const meeting = await first.gql<{ createMeeting: { meeting: { id: string } } }>(
        `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: WEBINAR, date: "2026-01-20", content: { language: "sl", title: "Spletni seminar" } }) { meeting { id } } }`,
        { variables: { n: await refId(first, 'network', 'network:mms') }, headers: coordinator },
      );
      expect(meeting.errors).toBeUndefined();
      const item = await first.gql(
        `mutation($m: ID!) { createActionItem(input: { meetingId: $m, description: "Send the slides", dueDate: "2026-02-01" }) { id } }`,
        { variables: { m: meeting.data!.createMeeting.meeting.id }, headers: coordinator },
      );
      expect(item.errors).toBeUndefined();
      const adoption = await first.gql(
        `mutation($p: ID!, $o: ID!) { recordAdoption(input: { practiceId: $p, organizationId: $o, status: CONSIDERING }) { id } }`,
        {
          variables: { p: await refId(first, 'practice', 'practice:panevezys-robolabas'), o: velenje },
          headers,
        },
      );
      expect(adoption.errors).toBeUndefined();

      // Search on the embedded database: the demo data and the new meeting become searchable.
      const found = async (q: string) =>
        (
          await first.gql<{ search: { edges: { node: { title: string } }[] } }>(
            `query($q: String!) { search(query: $q) { edges { node { title } } } }`,
            { variables: { q }, headers: coordinator },
          )
        ).data?.search.edges.map((e) => e.node.title) ?? [];
      const deadline = Date.now() + 15_000;
      while (!(await found('spletni seminar')).includes('Spletni seminar') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await found('spletni seminar')).toContain('Spletni seminar');
      expect((await found('Panevezys')).length).toBeGreaterThan(0);
    } finally {
      await first.close();
    }

    const second = await startTestApp({ DATA_DIR: dataDir, DEMO_DATA: 'true' });
    try {
      const res = await second.gql<{ organizations: { edges: { node: { officialName: string } }[] } }>(
        `{ organizations(first: 50, filter: { nameContains: "Kaunas IN" }) { edges { node { officialName } } } }`,
      );
      // The deleted demo record stays deleted: demo data is loaded once, not on every start.
      expect(res.data!.organizations.edges).toEqual([]);
      const topics = await second.gql<{ topics: { totalCount: number } }>(`{ topics { totalCount } }`);
      expect(topics.data!.topics.totalCount).toBeGreaterThanOrEqual(18);
    } finally {
      await second.close();
    }
  }, 120_000);
});
