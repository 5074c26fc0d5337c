import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { bearer, createMember, refId, signIn } from '../support/members.js';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app.js';
import { ClosedBeforeAck, WsClient, wsUrl, type OperationMessage } from '../support/ws-client.js';

const PRACTICE_PUBLISHED = `subscription($n: ID, $t: [ID!], $l: LanguageCode) {
  practicePublished(networkId: $n, topicIds: $t, locale: $l) { id title language organization { name } }
}`;
const EXCHANGE_LOGGED = `subscription($n: ID!) {
  exchangeLogged(networkId: $n) { __typename ... on Meeting { id title } ... on StudyVisit { id title } }
}`;

type Payload = { data?: Record<string, Record<string, unknown>>; errors?: ErrorPayload[] };
type ErrorPayload = { message: string; extensions?: { code?: string } };

const dataOf = (message: OperationMessage | null) => (message?.payload as Payload | undefined)?.data;
const errorsOf = (message: OperationMessage | null) =>
  message?.type === 'error'
    ? (message.payload as ErrorPayload[])
    : ((message?.payload as Payload | undefined)?.errors ?? []);

/**
 * GraphQL subscriptions over graphql-ws at /graphql (issue 20, item 3): authentication in
 * connection_init, the read rules of queries applied per subscriber, the HTTP request's limits on
 * every operation, and the caps per caller and connection.
 */
describe('GraphQL subscriptions', () => {
  let api: TestApp;
  let url: string;
  let mms: string;
  let velenje: string;
  let events: string;
  let mmsKey: string;
  let otherKey: string;
  let editor: Record<string, string>;
  let coordinator: Record<string, string>;
  const clients: WsClient[] = [];
  const open = async (params: Record<string, unknown> = {}) => {
    const client = await WsClient.open(url, params);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    api = await startTestApp({
      SUBSCRIPTIONS_MAX_PER_CONNECTION: '2',
      SUBSCRIPTIONS_MAX_CONNECTIONS_PER_CALLER: '2',
      SUBSCRIPTIONS_INIT_TIMEOUT_MS: '300',
      SUBSCRIPTIONS_MAX_PAYLOAD_BYTES: '4096',
      SUBSCRIPTIONS_KEEPALIVE_MS: '300',
      SUBSCRIPTIONS_RECHECK_MS: '200',
      GRAPHQL_MAX_DEPTH: '4',
      GRAPHQL_MAX_COMPLEXITY_ANONYMOUS: '30',
    });
    url = wsUrl(api.url);
    const db = api.app.get(DataSource);
    mms = await refId(api, 'network', 'network:mms');
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    const [topic] = (await db.query(`SELECT id FROM topic WHERE key = 'events'`)) as { id: string }[];
    events = topic!.id;
    const key = async (network: string) => {
      const created = await api.gql<{ createApiKey: { secret: string } }>(
        `mutation($n: ID!) { createApiKey(input: { networkId: $n, name: "portal" }) { secret } }`,
        { variables: { n: network }, admin: true },
      );
      return created.data!.createApiKey.secret;
    };
    mmsKey = await key(mms);
    const [other] = (await db.query(`SELECT id FROM network WHERE id <> $1 LIMIT 1`, [mms])) as {
      id: string;
    }[];
    otherKey = await key(other!.id);
    await createMember(api, {
      email: 'editor@velenje.test',
      organizations: [{ id: velenje, role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'coordinator@koper.test',
      organizations: [{ id: await refId(api, 'organization', 'org:koper-municipality'), role: 'EDITOR' }],
    });
    editor = bearer((await signIn(api, 'editor@velenje.test')).accessToken);
    coordinator = bearer((await signIn(api, 'coordinator@koper.test')).accessToken);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await api.close();
  });

  /** Creates, submits and publishes a practice of Velenje shared with MMS; returns its id. */
  async function publish(visibility: 'PUBLIC' | 'NETWORK', title: string): Promise<string> {
    const created = await api.gql<{ createPractice: { practice: { id: string; version: number } } }>(
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id version } } }`,
      {
        headers: editor,
        variables: {
          input: {
            organizationId: velenje,
            visibility,
            sharedWithNetworkIds: [mms],
            topicIds: [events],
            content: { language: 'sl', title },
          },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createPractice.practice;
    let { version } = created.data!.createPractice.practice;
    for (const [step, headers] of [
      ['submitPractice', editor],
      ['publishPractice', coordinator],
    ] as const) {
      const moved = await api.gql<Record<string, { practice: { version: number } }>>(
        `mutation($id: ID!, $v: Int!) { ${step}(id: $id, expectedVersion: $v) { practice { version } } }`,
        { variables: { id, v: version }, headers },
      );
      expect(moved.errors).toBeUndefined();
      version = moved.data![step]!.practice.version;
    }
    return id;
  }

  it('sends a published practice to a subscriber, re-read in the language asked for', async () => {
    const client = await open();
    client.subscribe('1', PRACTICE_PUBLISHED, { n: mms, t: [events], l: 'sl' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const id = await publish('PUBLIC', 'Poletni sejem na trgu');
    const message = await client.next('1');
    expect(message?.type).toBe('next');
    expect(dataOf(message)?.['practicePublished']).toMatchObject({
      id,
      title: 'Poletni sejem na trgu',
      language: 'sl',
      organization: { name: expect.any(String) },
    });
  });

  it('applies the read rules per subscriber: a network-only practice reaches only that network', async () => {
    const anonymous = await open();
    const member = await open({ apiKey: mmsKey });
    const outsider = await open({ authorization: `Bearer ${otherKey}` });
    for (const client of [anonymous, member, outsider]) client.subscribe('p', PRACTICE_PUBLISHED, {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    const hidden = await publish('NETWORK', 'Zemljevid praznih prostorov');
    const visible = await publish('PUBLIC', 'Sejem rokodelcev');
    const firstTitle = async (client: WsClient) =>
      dataOf(await client.next('p'))?.['practicePublished']?.['id'];
    // Events arrive in order: the public practice coming first proves the other was never sent.
    expect(await firstTitle(member)).toBe(hidden);
    expect(await firstTitle(member)).toBe(visible);
    expect(await firstTitle(anonymous)).toBe(visible);
    expect(await firstTitle(outsider)).toBe(visible);
  });

  it('sends meetings of the network as exchangeLogged, typed', async () => {
    const client = await open({ authorization: coordinator['authorization'] });
    client.subscribe('e', EXCHANGE_LOGGED, { n: mms });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const created = await api.gql<{ createMeeting: { meeting: { id: string } } }>(
      `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: WORKSHOP, date: "2026-03-10",
         visibility: PUBLIC, content: { language: "sl", title: "Delavnica o sejmih" } }) { meeting { id } } }`,
      { variables: { n: mms }, headers: coordinator },
    );
    expect(created.errors).toBeUndefined();
    expect(dataOf(await client.next('e'))?.['exchangeLogged']).toEqual({
      __typename: 'Meeting',
      id: created.data!.createMeeting.meeting.id,
      title: 'Delavnica o sejmih',
    });
  });

  it('loses no event when the LISTEN connection drops: it reconnects and reads what it missed', async () => {
    const client = await open();
    client.subscribe('r', PRACTICE_PUBLISHED, {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    const db = api.app.get(DataSource);
    const [dropped] = (await db.query(
      `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
        WHERE application_name = 'practice-exchange-events' AND datname = current_database()`,
    )) as { done: boolean }[];
    expect(dropped?.done).toBe(true);
    // Published while no connection listens: its notification is lost, the event is not.
    const id = await publish('PUBLIC', 'Sejem med prekinitvijo');
    expect(dataOf(await client.next('r', 10_000))?.['practicePublished']?.['id']).toBe(id);
  });

  it('counts open connections and the events read in /metrics', async () => {
    await open();
    const response = await fetch(`${api.url}/metrics`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const text = await response.text();
    expect(Number(/^px_subscription_connections (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(/^px_change_events_read_total (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(4);
  });

  it('closes with 4403 on credentials that are not valid, as HTTP answers UNAUTHENTICATED', async () => {
    for (const params of [
      { authorization: 'Bearer not-a-token' },
      { apiKey: 'pxk_not-a-key' },
      { authorization: 42 },
    ]) {
      const refused = await WsClient.open(url, params).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(ClosedBeforeAck);
      expect((refused as ClosedBeforeAck).closed.code).toBe(4403);
    }
  });

  it('closes a member connection with 4403 once its session ends (logout), as HTTP would refuse it', async () => {
    await createMember(api, {
      email: 'leaving@velenje.test',
      organizations: [{ id: velenje, role: 'VIEWER' }],
    });
    const tokens = await signIn(api, 'leaving@velenje.test');
    const member = await WsClient.open(url, { authorization: `Bearer ${tokens.accessToken}` });
    member.subscribe('s', PRACTICE_PUBLISHED, {});
    const loggedOut = await api.gql(`mutation($r: String!) { logout(refreshToken: $r) }`, {
      variables: { r: tokens.refreshToken },
      headers: bearer(tokens.accessToken),
    });
    expect(loggedOut.errors).toBeUndefined();
    expect((await member.closed).code).toBe(4403);
  });

  it('caps connections per caller (4429) and subscriptions per connection, in the caller language', async () => {
    const first = await WsClient.open(url, { apiKey: otherKey });
    const second = await WsClient.open(url, { apiKey: otherKey });
    const third = await WsClient.open(url, { apiKey: otherKey }).catch((error: unknown) => error);
    expect((third as ClosedBeforeAck).closed.code).toBe(4429);
    for (const id of ['a', 'b', 'c']) first.subscribe(id, PRACTICE_PUBLISHED, { l: 'lt' });
    const refused = await first.next('c');
    expect(refused?.type).toBe('error');
    expect(errorsOf(refused)[0]).toMatchObject({
      extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
      message: expect.stringContaining('prenumeratos'),
    });
    // Completing one frees its place.
    first.complete('a');
    first.subscribe('d', PRACTICE_PUBLISHED, {});
    expect(await first.next('d', 300)).toBeNull();
    await Promise.all([first.close(), second.close()]);
  });

  it('runs the HTTP limits on every operation: depth, cost, size, and subscriptions only', async () => {
    const client = await open();
    client.subscribe(
      'deep',
      `subscription { practicePublished { organization { city { country { name } } } } }`,
    );
    expect(errorsOf(await client.next('deep'))[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    client.subscribe('nested', `subscription { practicePublished ${'{ a '.repeat(80)}${'}'.repeat(80)} }`);
    expect(errorsOf(await client.next('nested'))[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    client.subscribe(
      'cost',
      `subscription { practicePublished { topics { id label } sharedWith { id name } translations { language title } } }`,
    );
    expect(errorsOf(await client.next('cost'))[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    client.subscribe('query', `query { __typename }`);
    expect(errorsOf(await client.next('query'))[0]?.extensions?.code).toBe('BAD_REQUEST');
    client.subscribe('bad', `subscription { practicePublished(networkId: "x") { id } }`);
    expect(errorsOf(await client.next('bad'))[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    client.subscribe('huge', `subscription { ${'a'.repeat(5000)} }`);
    expect((await client.closed).code).toBe(1009);
  });

  it('drops a peer that stops answering pings, and keeps one that answers', async () => {
    const dead = await WsClient.connect(url, {}, { answerPings: false });
    await dead.init({});
    const alive = await open();
    const began = Date.now();
    expect((await dead.closed).code).toBe(1006);
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(alive.socket.readyState).toBe(alive.socket.OPEN);
  });

  it('answers a subscription sent over HTTP with an error naming the WebSocket, never a 500', async () => {
    const response = await api.gql(`subscription { practicePublished { id } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_REQUEST' },
      message: expect.stringContaining('WebSocket'),
    });
  });

  it('closes a connection that never sends connection_init (4408)', async () => {
    const client = await WsClient.connect(url);
    expect((await client.closed).code).toBe(4408);
  });
});

describe('GraphQL subscriptions on the embedded database', () => {
  let api: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'px-subscriptions-'));
    api = await startTestApp({ DATA_DIR: dataDir, DEMO_DATA: 'true' });
  }, 60_000);
  afterAll(async () => {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('wakes subscribers in this process when the write commits (no LISTEN there)', async () => {
    const client = await WsClient.open(wsUrl(api.url), { authorization: `Bearer ${ADMIN_TOKEN}` });
    client.subscribe('m', EXCHANGE_LOGGED, { n: await refId(api, 'network', 'network:mms') });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const created = await api.gql<{ createMeeting: { meeting: { id: string } } }>(
      `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: WORKSHOP, date: "2026-04-02",
         visibility: PUBLIC, content: { language: "en", title: "Market day workshop" } }) { meeting { id } } }`,
      { variables: { n: await refId(api, 'network', 'network:mms') }, admin: true },
    );
    expect(created.errors).toBeUndefined();
    expect(dataOf(await client.next('m'))?.['exchangeLogged']).toMatchObject({
      __typename: 'Meeting',
      id: created.data!.createMeeting.meeting.id,
    });
    await client.close();
  });
});

describe('GraphQL subscriptions: connections per address', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ SUBSCRIPTIONS_MAX_CONNECTIONS_PER_ADDRESS: '2' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers the upgrade beyond the cap with 429, whoever signs in, and frees the place on close', async () => {
    const first = await WsClient.open(wsUrl(api.url));
    const second = await WsClient.open(wsUrl(api.url), { authorization: `Bearer ${ADMIN_TOKEN}` });
    const refused = await WsClient.connect(wsUrl(api.url)).catch((error: unknown) => error);
    expect(String(refused)).toContain('429');
    await first.close();
    const third = await WsClient.open(wsUrl(api.url));
    await Promise.all([second.close(), third.close()]);
  });
});

describe('GraphQL subscriptions: a client that stops reading', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ SUBSCRIPTIONS_MAX_BUFFERED_BYTES: '1024' });
  });
  afterAll(async () => {
    await api.close();
  });

  const openConnections = async () => {
    const response = await fetch(`${api.url}/metrics`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    return Number(/^px_subscription_connections (\d+)$/m.exec(await response.text())?.[1]);
  };

  it('is dropped once what waits to be sent to it outgrows the cap', async () => {
    const velenje = await refId(api, 'organization', 'org:velenje-municipality');
    const client = await WsClient.open(wsUrl(api.url));
    // Large messages (8.7 MB: every long text, nine times, as Markdown and as HTML), more than
    // the loopback socket's buffers take while the client does not read.
    const texts = ['challenge', 'solution', 'results', 'lessonsLearned', 'transferability'];
    const fields = texts.flatMap((f) =>
      [0, 1, 2, 3, 4, 5, 6, 7, 8].flatMap((i) => [`${f}${i}: ${f}`, `${f}Html${i}: ${f}Html`]),
    );
    client.subscribe('big', `subscription { practicePublished { id ${fields.join(' ')} } }`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    client.socket.pause();
    expect(await openConnections()).toBe(1);
    const long = 'A market square, its stalls and the people who run them. '.repeat(1700);
    for (let i = 0; i < 2; i++) {
      const created = await api.gql<{ createPractice: { practice: { id: string; version: number } } }>(
        `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id version } } }`,
        {
          admin: true,
          variables: {
            input: {
              organizationId: velenje,
              visibility: 'PUBLIC',
              content: Object.fromEntries([
                ['language', 'en'],
                ['title', `Market squares ${i}`],
                ...texts.map((f) => [f, long]),
              ]),
            },
          },
        },
      );
      expect(created.errors).toBeUndefined();
      const { id } = created.data!.createPractice.practice;
      let { version } = created.data!.createPractice.practice;
      for (const step of ['submitPractice', 'publishPractice']) {
        const moved = await api.gql<Record<string, { practice: { version: number } }>>(
          `mutation($id: ID!, $v: Int!) { ${step}(id: $id, expectedVersion: $v) { practice { version } } }`,
          { variables: { id, v: version }, admin: true },
        );
        expect(moved.errors).toBeUndefined();
        version = moved.data![step]!.practice.version;
      }
    }
    for (let tries = 0; tries < 50 && (await openConnections()) > 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await openConnections()).toBe(0);
    client.socket.terminate();
  }, 60_000);
});
