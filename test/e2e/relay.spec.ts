import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { bearer, createMember, refId, signIn } from '../support/members.js';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app.js';

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Relay completeness for portal caches: `node`/`nodes` and backward pagination. */
describe('Relay: node, nodes and backward pagination', () => {
  let api: TestApp;
  let db: DataSource;
  let mms: string;
  /** A member of the owner organization of a new, private draft. */
  let editor: Record<string, string>;
  let draft: string;
  /** A practice shared with the MMS network only. */
  let networkPractice: string;
  let mmsKey: string;
  let mmsKeyId: string;
  let coordinator: Record<string, string>;
  let editorUserId: string;

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    mms = await refId(api, 'network', 'network:mms');
    const koper = await refId(api, 'organization', 'org:koper-municipality');
    editorUserId = await createMember(api, {
      email: 'editor@koper.test',
      organizations: [{ id: koper, role: 'EDITOR' }],
    });
    await createMember(api, { email: 'coordinator@mms.test', coordinatorOf: [mms] });
    editor = bearer((await signIn(api, 'editor@koper.test')).accessToken);
    coordinator = bearer((await signIn(api, 'coordinator@mms.test')).accessToken);
    const created = await api.gql<{ createPractice: { practice: { id: string } } }>(
      `mutation($o: ID!) { createPractice(input: { organizationId: $o, visibility: PRIVATE,
         content: { language: "en", title: "A private draft" } }) { practice { id } } }`,
      { variables: { o: koper }, headers: editor },
    );
    expect(created.errors).toBeUndefined();
    draft = created.data!.createPractice.practice.id;
    networkPractice = await refId(api, 'practice', 'practice:velenje-events-calendar');
    await db.query(`UPDATE practice SET visibility = 'NETWORK' WHERE id = $1`, [networkPractice]);
    await db.query(
      `INSERT INTO practice_network (practice_id, network_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [networkPractice, mms],
    );
    await addRecords(koper);
    const key = await api.gql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      `mutation($n: ID!) { createApiKey(input: { networkId: $n, name: "Velenje portal" }) { secret apiKey { id } } }`,
      { variables: { n: mms }, headers: coordinator },
    );
    expect(key.errors).toBeUndefined();
    mmsKey = key.data!.createApiKey.secret;
    mmsKeyId = key.data!.createApiKey.apiKey.id;
  });
  afterAll(async () => {
    await api.close();
  });

  /** Lists the demo data keeps short get enough records for several pages (some on the same date). */
  const addRecords = async (organization: string) => {
    const run = async (query: string, variables: Record<string, unknown>) => {
      const res = await api.gql<Record<string, { id?: string; meeting?: { id: string } }>>(query, {
        variables,
        admin: true,
      });
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    for (let i = 0; i < 4; i++) {
      await run(
        `mutation($n: String!) { createNetwork(input: { name: $n, originalLanguage: "en" }) { id } }`,
        {
          n: `Relay network ${i}`,
        },
      );
      await run(
        `mutation($n: String!) { createProgramme(input: { name: $n, kind: PROJECT, originalLanguage: "en" }) { id } }`,
        { n: `Relay programme ${i}` },
      );
      const created = await run(
        `mutation($n: ID!, $d: String!, $t: String!) { createMeeting(input: { networkId: $n, kind: WEBINAR, date: $d,
           content: { language: "en", title: $t } }) { meeting { id } } }`,
        { n: mms, d: i < 2 ? '2024-05-01' : `2024-0${i + 3}-01`, t: `Relay meeting ${i}` },
      );
      await run(
        `mutation($o: ID!, $t: String!, $d: String!) { createStudyVisit(input: { organizationId: $o, startDate: $d, endDate: $d,
           content: { language: "en", title: $t } }) { studyVisit { id } } }`,
        { o: organization, t: `Relay visit ${i}`, d: i < 2 ? '2024-05-01' : `2024-0${i + 3}-01` },
      );
      await run(
        `mutation($m: ID!, $d: String) { createActionItem(input: { meetingId: $m, description: "Follow up", dueDate: $d }) { id } }`,
        { m: created['createMeeting']!.meeting!.id, d: i === 3 ? null : '2024-06-01' },
      );
      await createMember(api, { email: `relay${i}@example.test` });
    }
  };

  const codeOf = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
  const fieldOf = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.fields?.[0]?.field;

  describe('backward pagination', () => {
    /** Every connection with first/after, with arguments that give it several pages. */
    const connections: { name: string; args?: string; admin?: boolean }[] = [
      { name: 'practices', args: 'sort: NEWEST' },
      { name: 'practices', args: 'sort: OLDEST' },
      { name: 'practices', args: 'sort: RECENTLY_UPDATED' },
      { name: 'organizations' },
      { name: 'cities' },
      { name: 'countries' },
      { name: 'topics' },
      { name: 'people' },
      { name: 'networks' },
      { name: 'programmes' },
      { name: 'meetings', admin: true },
      { name: 'studyVisits', admin: true },
      { name: 'actionItems', admin: true },
      { name: 'members', admin: true },
      { name: 'auditLog', admin: true },
    ];

    const page = async (
      name: string,
      args: string,
      paging: string,
      admin = false,
    ): Promise<GraphqlResponse<Record<string, Page>>> =>
      api.gql<Record<string, Page>>(
        `{ list: ${name}(${[args, paging].filter(Boolean).join(', ')}) {
           edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        { admin },
      );

    /** Walks the whole list `size` at a time, from the start (first/after) or the end (last/before). */
    const walk = async (name: string, args: string, size: number, backward: boolean, admin = false) => {
      const ids: string[] = [];
      const infos: PageInfo[] = [];
      let cursor: string | null = null;
      for (let guard = 0; guard < 200; guard++) {
        const paging = backward
          ? `last: ${size}${cursor ? `, before: "${cursor}"` : ''}`
          : `first: ${size}${cursor ? `, after: "${cursor}"` : ''}`;
        const res = await page(name, args, paging, admin);
        expect(res.errors).toBeUndefined();
        const { edges, pageInfo } = res.data!['list']!;
        infos.push(pageInfo);
        const pageIds = edges.map((e) => e.node.id);
        if (backward) ids.unshift(...pageIds);
        else ids.push(...pageIds);
        expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
        expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
        const more = backward ? pageInfo.hasPreviousPage : pageInfo.hasNextPage;
        if (!more) return { ids, infos };
        cursor = backward ? pageInfo.startCursor : pageInfo.endCursor;
      }
      throw new Error(`${name} did not end`);
    };

    it.each(connections)(
      'walks $name ($args) both ways to the same records',
      async ({ name, args, admin }) => {
        const all = await page(name, args ?? '', 'first: 100', admin);
        expect(all.errors).toBeUndefined();
        const everything = all.data!['list']!.edges.map((e) => e.node.id);
        expect(everything.length).toBeGreaterThanOrEqual(4);
        const size = Math.max(2, Math.ceil(everything.length / 4));
        const forward = await walk(name, args ?? '', size, false, admin);
        const backward = await walk(name, args ?? '', size, true, admin);
        expect(forward.ids).toEqual(everything);
        expect(backward.ids).toEqual(everything);
        expect(new Set(forward.ids).size).toBe(forward.ids.length);
        // Forward: the first page has nothing before it; backward: the first page read (the end of
        // the list) has nothing after it, and the last one read (the start) nothing before it.
        expect(forward.infos[0]!.hasPreviousPage).toBe(false);
        expect(backward.infos[0]!.hasNextPage).toBe(false);
        expect(backward.infos.at(-1)!.hasPreviousPage).toBe(false);
        expect(backward.infos.slice(1).every((i) => i.hasNextPage)).toBe(true);
      },
    );

    it('reads the window between two cursors, from either end', async () => {
      const all = (await page('cities', '', 'first: 10')).data!['list']!.edges;
      const [after, before] = [all[1]!.cursor, all[7]!.cursor];
      const inner = all.slice(2, 7).map((e) => e.node.id);
      const fromStart = await page('cities', '', `first: 3, after: "${after}", before: "${before}"`);
      expect(fromStart.data!['list']!.edges.map((e) => e.node.id)).toEqual(inner.slice(0, 3));
      expect(fromStart.data!['list']!.pageInfo.hasNextPage).toBe(true);
      const fromEnd = await page('cities', '', `last: 3, after: "${after}", before: "${before}"`);
      expect(fromEnd.data!['list']!.edges.map((e) => e.node.id)).toEqual(inner.slice(2));
      expect(fromEnd.data!['list']!.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      const whole = await page('cities', '', `last: 10, after: "${after}", before: "${before}"`);
      expect(whole.data!['list']!.edges.map((e) => e.node.id)).toEqual(inner);
      expect(whole.data!['list']!.pageInfo.hasPreviousPage).toBe(false);
    });

    it('answers an empty page before the first record, and all of a list when `last` exceeds it', async () => {
      const all = (await page('networks', '', 'first: 100')).data!['list']!;
      const first = all.edges[0]!.cursor;
      const beforeFirst = await page('networks', '', `last: 5, before: "${first}"`);
      expect(beforeFirst.errors).toBeUndefined();
      expect(beforeFirst.data!['list']).toEqual({
        edges: [],
        pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
      const everything = await page('networks', '', 'last: 100');
      expect(everything.data!['list']!.edges.map((e) => e.node.id)).toEqual(all.edges.map((e) => e.node.id));
      expect(everything.data!['list']!.pageInfo).toMatchObject({
        hasNextPage: false,
        hasPreviousPage: false,
      });
      const none = await page('networks', '', 'last: 0');
      expect(none.data!['list']!.edges).toEqual([]);
    });

    it('refuses `first` with `last`, too large a `last`, and malformed cursors, in the caller’s language', async () => {
      const both = await api.gql(`{ cities(first: 2, last: 2, locale: "lt") { edges { cursor } } }`);
      expect(codeOf(both)).toBe('BAD_USER_INPUT');
      expect(fieldOf(both)).toBe('last');
      expect(both.errors![0]!.message).toMatch(/first arba last/);
      const english = await api.gql(`{ meetings(first: 2, last: 2) { edges { cursor } } }`, { admin: true });
      expect(english.errors![0]!.extensions!.fields![0]!.message).toBe(
        'Give either first or last, not both.',
      );

      const tooMany = await api.gql(`{ practices(last: 101) { edges { cursor } } }`);
      expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
      expect(fieldOf(tooMany)).toBe('last');

      const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const uuid = '00000000-0000-0000-0000-000000000000';
      const anyList = [
        'not a cursor',
        forged(['Vilnius', 'not-a-uuid']),
        forged(['x\u0000', uuid]),
        forged({ a: 1 }),
        forged(['a', 'b', 'c']),
      ];
      const cases: Record<string, string[]> = {
        cities: anyList,
        countries: [...anyList, forged(['LT', 'LTU'])],
        auditLog: [...anyList, forged(['1', '12345678901234567890'])],
        practices: [
          ...anyList,
          forged(['NEWEST|yesterday', uuid]),
          forged(['NEWEST|2021-02-30T00:00:00.000000Z', uuid]),
          forged(['NEWEST|0000-01-01T00:00:00.000000Z', uuid]),
        ],
        meetings: [
          ...anyList,
          forged(['2020-13-45', uuid]),
          forged(['2021-02-29', uuid]),
          forged(['2020-01-01', 'x']),
        ],
        studyVisits: [...anyList, forged(['0000-01-01', uuid])],
        actionItems: [...anyList, forged(['9999-99-99', uuid])],
      };
      for (const [list, cursors] of Object.entries(cases)) {
        for (const cursor of cursors) {
          for (const argument of ['before', 'after']) {
            const res = await api.gql(
              `query($c: String) { ${list}(last: 2, ${argument}: $c) { edges { cursor } } }`,
              { variables: { c: cursor }, admin: true },
            );
            expect({
              list,
              cursor,
              argument,
              status: res.status,
              code: codeOf(res),
              field: fieldOf(res),
            }).toEqual({
              list,
              cursor,
              argument,
              status: 200,
              code: 'BAD_USER_INPUT',
              field: argument,
            });
          }
        }
      }
      // A cursor of another sort is refused rather than misread.
      const newest = await api.gql<{ practices: Page }>(`{ practices(first: 1) { edges { cursor } } }`);
      const cursor = newest.data!.practices.edges[0]!.cursor;
      const other = await api.gql(
        `query($c: String) { practices(sort: OLDEST, last: 2, before: $c) { edges { cursor } } }`,
        {
          variables: { c: cursor },
        },
      );
      expect(fieldOf(other)).toBe('before');
    });

    it('keeps search forward-only: it takes no `last` or `before`', async () => {
      const res = await api.gql(`{ search(query: "town", last: 2) { totalCount } }`);
      expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('node and nodes', () => {
    const nodeQuery = `query($id: ID!) { node(id: $id) { __typename id } }`;
    const readNode = async (id: string, headers: Record<string, string> = {}, admin = false) => {
      const res = await api.gql<{ node: { __typename: string; id: string } | null }>(nodeQuery, {
        variables: { id },
        headers,
        admin,
      });
      expect(res.errors).toBeUndefined();
      return res.data!.node;
    };
    const firstId = async (list: string, admin = false): Promise<string> => {
      const res = await api.gql<Record<string, Page>>(
        `{ list: ${list}(first: 1) { edges { node { id } } } }`,
        {
          admin,
        },
      );
      expect(res.errors).toBeUndefined();
      return res.data!['list']!.edges[0]!.node.id;
    };

    it('reads a record of every Node type by the id its own query gives', async () => {
      const practice = await firstId('practices');
      const recorded = await api.gql<{ recordAdoption: { id: string } }>(
        `mutation($o: ID!, $p: ID!) { recordAdoption(input: { organizationId: $o, practiceId: $p, status: CONSIDERING }) { id } }`,
        {
          variables: { o: await refId(api, 'organization', 'org:koper-municipality'), p: practice },
          admin: true,
        },
      );
      expect(recorded.errors).toBeUndefined();
      const adoption = recorded.data!.recordAdoption.id;
      const cases: [string, string, boolean][] = [
        ['Practice', await firstId('practices'), false],
        ['Organization', await firstId('organizations'), false],
        ['City', await firstId('cities'), false],
        ['Country', await firstId('countries'), false],
        ['Topic', await firstId('topics'), false],
        ['Person', await firstId('people'), false],
        ['Network', await firstId('networks'), false],
        ['Programme', await firstId('programmes'), false],
        ['Meeting', await firstId('meetings', true), true],
        ['StudyVisit', await firstId('studyVisits', true), true],
        ['ActionItem', await firstId('actionItems', true), true],
        ['Member', await firstId('members', true), true],
        ['Adoption', adoption, false],
        ['ApiKey', mmsKeyId, true],
      ];
      for (const [typename, id, admin] of cases) {
        expect({ typename, node: await readNode(id, {}, admin) }).toEqual({
          typename,
          node: { __typename: typename, id },
        });
      }
      // Fields of the type come with it, through fragments.
      const country = await api.gql<{ node: { id: string; code: string; name: string } }>(
        `{ node(id: "Country:LT", locale: "lt") { id ... on Country { code name } } }`,
      );
      expect(country.data!.node).toEqual({ id: 'Country:LT', code: 'LT', name: 'Lietuva' });
      const viaCity = await api.gql<{
        cities: { edges: { node: { country: { id: string; code: string } } }[] };
      }>(`{ cities(first: 1) { edges { node { country { id code } } } } }`);
      const { id, code } = viaCity.data!.cities.edges[0]!.node.country;
      expect(id).toBe(`Country:${code}`);
    });

    it('never shows a record through node that the caller cannot read by its own query', async () => {
      // A private draft: its owner's editor reads it, nobody else does.
      expect(await readNode(draft)).toBeNull();
      expect(await readNode(draft, { 'x-api-key': mmsKey })).toBeNull();
      expect(await readNode(draft, coordinator)).toBeNull();
      expect(await readNode(draft, editor)).toEqual({ __typename: 'Practice', id: draft });
      // Shared with one network: its API key reads it, anonymous callers do not.
      expect(await readNode(networkPractice)).toBeNull();
      expect(await readNode(networkPractice, { 'x-api-key': mmsKey })).toEqual({
        __typename: 'Practice',
        id: networkPractice,
      });
      // The same answers as the type's own query.
      const own = await api.gql(`query($id: ID!) { practice(id: $id) { id } }`, {
        variables: { id: networkPractice },
      });
      expect(codeOf(own)).toBe('NOT_FOUND');
      // Network meetings: members of the network, not the public.
      const [meeting] = (await db.query(`SELECT id FROM meeting WHERE visibility = 'NETWORK' LIMIT 1`)) as {
        id: string;
      }[];
      expect(await readNode(meeting!.id)).toBeNull();
      expect(await readNode(meeting!.id, {}, true)).toEqual({ __typename: 'Meeting', id: meeting!.id });
      // Follow-ups and adoptions go with their meeting or practice.
      const [item] = (await db.query(`SELECT id FROM action_item WHERE meeting_id = $1 LIMIT 1`, [
        meeting!.id,
      ])) as {
        id: string;
      }[];
      if (item) {
        expect(await readNode(item.id)).toBeNull();
        expect(await readNode(item.id, {}, true)).toEqual({ __typename: 'ActionItem', id: item.id });
      }
      const adopted = await api.gql<{ recordAdoption: { id: string } }>(
        `mutation($o: ID!, $p: ID!) { recordAdoption(input: { organizationId: $o, practiceId: $p, status: ADAPTING }) { id } }`,
        {
          variables: { o: await refId(api, 'organization', 'org:koper-municipality'), p: draft },
          headers: editor,
        },
      );
      expect(adopted.errors).toBeUndefined();
      const adoption = adopted.data!.recordAdoption.id;
      expect(await readNode(adoption)).toBeNull();
      expect(await readNode(adoption, coordinator)).toBeNull();
      expect(await readNode(adoption, editor)).toEqual({ __typename: 'Adoption', id: adoption });
      // Member accounts: admins only; API keys: their network's coordinators.
      expect(await readNode(editorUserId)).toBeNull();
      expect(await readNode(editorUserId, editor)).toBeNull();
      expect(await readNode(editorUserId, {}, true)).toEqual({ __typename: 'Member', id: editorUserId });
      expect(await readNode(mmsKeyId)).toBeNull();
      expect(await readNode(mmsKeyId, { 'x-api-key': mmsKey })).toBeNull();
      expect(await readNode(mmsKeyId, coordinator)).toEqual({ __typename: 'ApiKey', id: mmsKeyId });
    });

    it('answers null alike for unknown, malformed and unreadable ids, in the order asked', async () => {
      const city = await firstId('cities');
      const topic = await firstId('topics');
      const ids = [
        city,
        crypto.randomUUID(),
        'not an id',
        draft,
        'Country:SI',
        'Country:XX',
        'Country:lt',
        `Practice:${draft}`,
        topic.toUpperCase(),
        '',
        city,
      ];
      const res = await api.gql<{ nodes: ({ __typename: string; id: string } | null)[] }>(
        `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
        { variables: { ids } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.nodes).toEqual([
        { __typename: 'City', id: city },
        null,
        null,
        null,
        { __typename: 'Country', id: 'Country:SI' },
        null,
        null,
        null,
        { __typename: 'Topic', id: topic },
        null,
        { __typename: 'City', id: city },
      ]);
    });

    it('reads at most 100 ids, and says so in the caller’s language', async () => {
      const ids = Array.from({ length: 101 }, () => crypto.randomUUID());
      const over = await api.gql(`query($ids: [ID!]!) { nodes(ids: $ids, locale: "sl") { id } }`, {
        variables: { ids },
      });
      expect(codeOf(over)).toBe('BAD_USER_INPUT');
      expect(fieldOf(over)).toBe('ids');
      expect(over.errors![0]!.extensions!.fields![0]!.message).toMatch(/največ 100/);
      const atCap = await api.gql<{ nodes: unknown[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
        variables: { ids: ids.slice(0, 100) },
      });
      expect(atCap.errors).toBeUndefined();
      expect(atCap.data!.nodes).toHaveLength(100);
    });

    it('costs at most one statement per loader for 6 ids as for 24, of several types', async () => {
      const ids = async (table: string, n: number) =>
        ((await db.query(`SELECT id FROM ${table} ORDER BY id LIMIT ${n}`)) as { id: string }[]).map(
          (r) => r.id,
        );
      const [practices, organizations, cities] = [
        await db.query(
          `SELECT id FROM practice WHERE visibility = 'PUBLIC' AND status = 'PUBLISHED' ORDER BY id LIMIT 20`,
        ),
        await ids('organization', 20),
        await ids('city', 20),
      ] as [{ id: string }[], string[], string[]];
      const publicPractices = practices.map((p) => p.id);
      expect(Math.min(publicPractices.length, organizations.length, cities.length)).toBeGreaterThanOrEqual(8);
      const query = `query($ids: [ID!]!) { nodes(ids: $ids, locale: "lt") {
        id ... on Practice { title organization { name } topics { label } }
        ... on Organization { name city { name } }
        ... on City { name country { name } } } }`;
      const statements = async (n: number) => {
        const mixed = [...publicPractices.slice(0, n), ...organizations.slice(0, n), ...cities.slice(0, n)];
        const before = api.queries.total;
        const res = await api.gql<{ nodes: ({ id: string } | null)[] }>(query, { variables: { ids: mixed } });
        expect(res.errors).toBeUndefined();
        expect(res.data!.nodes.map((n) => n?.id)).toEqual(mixed);
        return api.queries.total - before;
      };
      await statements(2); // warms what a first request prepares once
      const few = await statements(2);
      const many = await statements(8);
      // One statement per loader and wave, whatever the number of ids: the locate step, each of
      // the eleven loaders below the nodes once, and a second wave of the four the nodes and
      // their fields both use (organizations, cities and their names) when the nodes' fields
      // start before the first wave's batch is sent. Whether two waves share one batch depends on
      // how fast the database answers, so the count for a set of ids is 14 to 16 — never more,
      // and never one per id (24 ids of three types would cost 24 or more).
      const mostPerRequest = 1 + 11 + 4;
      expect(few).toBeLessThanOrEqual(mostPerRequest);
      expect(many).toBeLessThanOrEqual(mostPerRequest);
    });
  });
});
