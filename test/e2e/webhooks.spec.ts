import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { ChangeEvents, type ChangeEventDraft } from '#outbox';
import { WebhookDeliverer, WebhookRunner, loadWebhookConfig, SecretBox } from '#webhooks';
import { bearer, createMember, refId, signIn } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A receiver on 127.0.0.1: /ok answers 204, /fail 500, /slow after 3 s, /redirect 302, and
 * /together 500 to four requests at once (held until the fourth arrives, or for 2 s).
 */
async function startReceiver(): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  let held: (() => void)[] = [];
  const releaseHeld = () => {
    for (const answer of held) answer();
    held = [];
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0]!;
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (path.startsWith('/together')) {
        held.push(() => res.writeHead(500).end('no'));
        if (held.length === 1) setTimeout(releaseHeld, 2000).unref();
        if (held.length >= 4) releaseHeld();
        return;
      }
      if (path.startsWith('/fail')) return res.writeHead(500).end('no');
      if (path.startsWith('/redirect')) return res.writeHead(302, { location: '/ok' }).end();
      if (path.startsWith('/slow')) return void setTimeout(() => res.writeHead(200).end(), 3000).unref();
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

/**
 * Webhooks (issue 20, item 2) against real PostgreSQL and a real receiver on loopback
 * (WEBHOOK_ALLOW_PRIVATE_TARGETS=true): management and who may do it, the secret shown once,
 * Standard Webhooks signatures, the networks' read rules, retries, disabling, timeouts, SSRF
 * refusals, two deliverers, and the overdue event.
 */
describe('webhooks', () => {
  let api: TestApp;
  let db: DataSource;
  let runner: WebhookRunner;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let coordinator: Record<string, string>;
  let editor: Record<string, string>;
  let mms: string;
  let other: string;
  let velenje: string;

  const deliveredTo = (path: string) => receiver.received.filter((r) => r.path === path);
  /**
   * Dispatches until `webhookIds` hold `count` deliveries. Events become readable only once every
   * older transaction on the server has ended (readChangeEventsAfter), and the server is shared,
   * so this waits for that rather than assuming one round is enough.
   */
  const dispatchUntil = async (webhookIds: string[], count: number) => {
    const deadline = Date.now() + 25_000;
    for (;;) {
      await runner.dispatcher.drain();
      const [row] = (await db.query(
        `SELECT count(*)::int AS n FROM webhook_delivery WHERE webhook_id = ANY($1::uuid[])`,
        [webhookIds],
      )) as { n: number }[];
      if (row!.n >= count || Date.now() > deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const round = async (webhookIds: string[], count: number) => {
    await dispatchUntil(webhookIds, count);
    await runner.deliverer.drain();
  };
  const record = async (drafts: ChangeEventDraft[]) =>
    db.transaction((em) => api.app.get(ChangeEvents).record(em, drafts));
  const create = async (networkId: string, path: string, events: string[], headers = coordinator) => {
    const res = await api.gql<{
      createWebhook: { webhook: { id: string; enabled: boolean }; secret: string };
    }>(
      `mutation($n: ID!, $u: String!, $e: [WebhookEvent!]!) {
         createWebhook(input: { networkId: $n, url: $u, events: $e }) { webhook { id enabled } secret } }`,
      { variables: { n: networkId, u: `${receiver.url}${path}`, e: events }, headers },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createWebhook;
  };

  beforeAll(async () => {
    receiver = await startReceiver();
    api = await startTestApp({
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_TIMEOUT_MS: '1000',
      WEBHOOK_RETRY_BASE_MS: '1',
      WEBHOOK_RETRY_CAP_MS: '5',
      WEBHOOK_RETRY_WINDOW_SECONDS: '3',
    });
    db = api.app.get(DataSource);
    runner = api.app.get(WebhookRunner);
    mms = await refId(api, 'network', 'network:mms');
    other = (
      (await db.query(
        `INSERT INTO network (name, original_language) VALUES ('Other', 'en') RETURNING id`,
      )) as {
        id: string;
      }[]
    )[0]!.id;
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    const koper = await refId(api, 'organization', 'org:koper-municipality');
    await createMember(api, {
      email: 'coordinator@hooks.test',
      organizations: [{ id: koper, role: 'EDITOR' }],
    });
    await createMember(api, { email: 'editor@hooks.test', organizations: [{ id: velenje, role: 'EDITOR' }] });
    await createMember(api, { email: 'other-coordinator@hooks.test', coordinatorOf: [other] });
    coordinator = bearer((await signIn(api, 'coordinator@hooks.test')).accessToken);
    editor = bearer((await signIn(api, 'editor@hooks.test')).accessToken);
  });
  afterAll(async () => {
    await api.close();
    receiver.server.closeAllConnections();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it('lets coordinators and admins manage webhooks; others are refused; the secret is shown once', async () => {
    const { webhook, secret } = await create(mms, '/manage', ['MEETING_CREATED']);
    expect(secret).toMatch(/^whsec_/);
    expect(webhook.enabled).toBe(true);
    const stored = (await db.query(`SELECT secret_box FROM webhook WHERE id = $1`, [webhook.id])) as {
      secret_box: string;
    }[];
    expect(stored[0]!.secret_box).not.toContain(secret.slice(6));

    const list = `query($n: ID!) { webhooks(networkId: $n) { id url events enabled } }`;
    const listed = await api.gql<{ webhooks: Record<string, unknown>[] }>(list, {
      variables: { n: mms },
      headers: coordinator,
    });
    expect(listed.data!.webhooks.find((w) => w['id'] === webhook.id)).toEqual({
      id: webhook.id,
      url: `${receiver.url}/manage`,
      events: ['MEETING_CREATED'],
      enabled: true,
    });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(
      (await api.gql(list, { variables: { n: mms }, headers: editor })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await api.gql(list, { variables: { n: mms } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await api.gql(list, { variables: { n: mms }, admin: true })).errors).toBeUndefined();
    const otherHeaders = bearer((await signIn(api, 'other-coordinator@hooks.test')).accessToken);
    const foreign = await api.gql(`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, {
      variables: { id: webhook.id },
      headers: otherHeaders,
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const node = `query($id: ID!) { node(id: $id) { ... on Webhook { id url } } }`;
    const asNode = await api.gql<{ node: { id: string } | null }>(node, {
      variables: { id: webhook.id },
      headers: coordinator,
    });
    expect(asNode.data!.node?.id).toBe(webhook.id);
    const hidden = await api.gql<{ node: unknown }>(node, { variables: { id: webhook.id }, headers: editor });
    expect(hidden.data!.node).toBeNull();

    const rotated = await api.gql<{ rotateWebhookSecret: { secret: string } }>(
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
      { variables: { id: webhook.id }, headers: coordinator },
    );
    expect(rotated.data!.rotateWebhookSecret.secret).toMatch(/^whsec_/);
    expect(rotated.data!.rotateWebhookSecret.secret).not.toBe(secret);
    const updated = await api.gql<{ updateWebhook: { events: string[]; enabled: boolean } }>(
      `mutation($id: ID!) { updateWebhook(input: { id: $id, events: [MEETING_UPDATED], enabled: false }) { events enabled } }`,
      { variables: { id: webhook.id }, headers: coordinator },
    );
    expect(updated.data!.updateWebhook).toEqual({ events: ['MEETING_UPDATED'], enabled: false });
    const deleted = await api.gql(`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, {
      variables: { id: webhook.id },
      headers: coordinator,
    });
    expect(deleted.errors).toBeUndefined();
    const gone = await api.gql(`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, {
      variables: { id: webhook.id },
      headers: coordinator,
    });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad input with field errors, never a 500', async () => {
    const attempt = (url: string, events: string[]) =>
      api.gql(
        `mutation($n: ID!, $u: String!, $e: [WebhookEvent!]!) { createWebhook(input: { networkId: $n, url: $u, events: $e }) { secret } }`,
        { variables: { n: mms, u: url, e: events }, headers: coordinator },
      );
    for (const [url, events, field] of [
      ['ftp://portal.example/x', ['MEETING_CREATED'], 'url'],
      ['https://user:pw@portal.example/x', ['MEETING_CREATED'], 'url'],
      [`https://portal.example/${'a'.repeat(2100)}`, ['MEETING_CREATED'], 'url'],
      ['https://portal.example/x', [], 'events'],
    ] as const) {
      const res = await attempt(url, [...events]);
      expect(res.status).not.toBe(500);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields?.[0]?.field).toBe(field);
    }
    const { webhook } = await create(mms, '/input', ['MEETING_CREATED']);
    const badCursor = await api.gql(
      `query($w: ID!) { webhookDeliveries(webhookId: $w, after: "bm90IGEgY3Vyc29y") { totalCount } }`,
      { variables: { w: webhook.id }, headers: coordinator },
    );
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const [query, variables] of [
      [
        `query($w: ID!) { webhookDeliveries(webhookId: $w, after: "bm90IGEgY3Vyc29y") { totalCount } }`,
        { w: '00000000-0000-4000-8000-000000000000' },
      ],
      [`query($w: ID!) { webhookDeliveries(webhookId: $w) { totalCount } }`, { w: 'not-an-id' }],
      [`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, { id: 'not-an-id' }],
      [`query($n: ID!) { webhooks(networkId: $n) { id } }`, { n: "x' OR 1=1" }],
    ] as const) {
      const res = await api.gql(query, { variables: { ...variables }, headers: coordinator });
      expect(res.status).not.toBe(500);
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(res.errors?.[0]?.extensions?.code);
    }
  });

  it('delivers a meeting created through GraphQL, signed as Standard Webhooks verify it', async () => {
    const { webhook, secret } = await create(mms, '/signed', ['MEETING_CREATED']);
    // By name: the address is resolved, checked and connected to without a second lookup.
    const renamed = await api.gql(
      `mutation($id: ID!, $u: String!) { updateWebhook(input: { id: $id, url: $u }) { url } }`,
      {
        variables: { id: webhook.id, u: `${receiver.url.replace('127.0.0.1', 'localhost')}/signed` },
        headers: coordinator,
      },
    );
    expect(renamed.errors).toBeUndefined();
    const meeting = await api.gql<{ createMeeting: { meeting: { id: string } } }>(
      `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: WORKSHOP, date: "2026-03-10",
         visibility: PUBLIC, content: { language: "sl", title: "Delavnica" } }) { meeting { id } } }`,
      { variables: { n: mms }, headers: coordinator },
    );
    expect(meeting.errors).toBeUndefined();
    await round([webhook.id], 1);
    const [got, ...more] = deliveredTo('/signed');
    expect(more).toEqual([]);
    const headers = {
      'webhook-id': String(got!.headers['webhook-id']),
      'webhook-timestamp': String(got!.headers['webhook-timestamp']),
      'webhook-signature': String(got!.headers['webhook-signature']),
    };
    const verified = new StandardWebhook(secret).verify(got!.body, headers) as {
      type: string;
      timestamp: string;
      data: { id: string; kind: string; translations: { language: string; title: string }[] };
    };
    expect(verified.type).toBe('meeting.created');
    expect(verified.data).toMatchObject({
      id: meeting.data!.createMeeting.meeting.id,
      kind: 'MEETING',
      translations: [{ language: 'sl', title: 'Delavnica' }],
    });
    expect(() =>
      new StandardWebhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(got!.body, headers),
    ).toThrow();

    const page = await api.gql<{
      webhookDeliveries: {
        edges: { node: { status: string; attempts: number; statusCode: number; event: string } }[];
      };
    }>(
      `query($w: ID!) { webhookDeliveries(webhookId: $w, first: 10) { edges { node { status attempts statusCode event durationMs } } } }`,
      { variables: { w: webhook.id }, headers: coordinator },
    );
    expect(page.data!.webhookDeliveries.edges.map((e) => e.node)).toMatchObject([
      { status: 'SUCCEEDED', attempts: 1, statusCode: 204, event: 'MEETING_CREATED' },
    ]);
  });

  it("never sends a network another network's private record", async () => {
    const mine = await create(mms, '/mms-visits', ['STUDY_VISIT_CREATED']);
    const theirs = await create(other, '/other-visits', ['STUDY_VISIT_CREATED'], {
      authorization: `Bearer ${api.config.adminToken}`,
    });
    const visit = async (visibility: string) =>
      (
        (await db.query(
          `INSERT INTO study_visit (owner_organization_id, network_id, start_date, end_date, original_language, visibility)
         VALUES ($1, $2, '2026-02-01', '2026-02-03', 'sl', $3) RETURNING id`,
          [velenje, mms, visibility],
        )) as { id: string }[]
      )[0]!.id;
    const [secret, shared] = [await visit('PRIVATE'), await visit('NETWORK')];
    for (const id of [secret, shared]) {
      await db.query(
        `INSERT INTO study_visit_translation (study_visit_id, language, title) VALUES ($1, 'sl', 'Obisk')`,
        [id],
      );
    }
    // Both networks are named, as if both were involved: each network's read rule still decides.
    await record(
      [secret, shared].map((id) => ({
        type: 'studyVisit.created' as const,
        recordKind: 'STUDY_VISIT' as const,
        recordId: id,
        networkIds: [mms, other],
        topicIds: [],
      })),
    );
    await round([mine.webhook.id, theirs.webhook.id], 1);
    const ids = (path: string) =>
      deliveredTo(path).map((r) => (JSON.parse(r.body) as { data: { id: string } }).data.id);
    expect(ids('/mms-visits')).toEqual([shared]);
    expect(ids('/other-visits')).toEqual([]);
  });

  it('shows a practice as its network reads it, and an archived one by id only', async () => {
    const hook = await create(mms, '/practices', ['PRACTICE_UPDATED', 'PRACTICE_ARCHIVED']);
    const practice = async (visibility: string) => {
      const id = (
        (await db.query(
          `INSERT INTO practice (owner_organization_id, status, visibility, original_language, published_at)
         VALUES ($1, 'PUBLISHED', $2, 'en', now()) RETURNING id`,
          [velenje, visibility],
        )) as { id: string }[]
      )[0]!.id;
      await db.query(
        `INSERT INTO practice_translation (practice_id, language, title) VALUES ($1, 'en', 'Night market')`,
        [id],
      );
      await db.query(`INSERT INTO practice_network (practice_id, network_id) VALUES ($1, $2)`, [id, mms]);
      return id;
    };
    const [shared, secret] = [await practice('NETWORK'), await practice('PRIVATE')];
    const event = (type: 'practice.updated' | 'practice.archived', id: string) => ({
      type,
      recordKind: 'PRACTICE' as const,
      recordId: id,
      networkIds: [mms],
      topicIds: [],
    });
    await record([event('practice.updated', shared), event('practice.updated', secret)]);
    await round([hook.webhook.id], 1);
    await db.query(`UPDATE practice SET status = 'ARCHIVED' WHERE id = ANY($1::uuid[])`, [[shared, secret]]);
    // Archived, neither may be read: an update now is not sent; the archiving of the shared one is.
    await record([
      event('practice.updated', shared),
      event('practice.archived', shared),
      event('practice.archived', secret),
    ]);
    await round([hook.webhook.id], 2);
    const bodies = deliveredTo('/practices').map((r) => JSON.parse(r.body) as { type: string; data: object });
    expect(bodies).toEqual([
      {
        type: 'practice.updated',
        timestamp: expect.any(String),
        data: expect.objectContaining({
          id: shared,
          kind: 'PRACTICE',
          networkIds: [mms],
          translations: [{ language: 'en', isOriginal: true, title: 'Night market', summary: '' }],
        }),
      },
      { type: 'practice.archived', timestamp: expect.any(String), data: { id: shared, kind: 'PRACTICE' } },
    ]);
  });

  it('retries a failing receiver with backoff, then disables the webhook and says why', async () => {
    const { webhook } = await create(mms, '/fail', ['MEETING_UPDATED']);
    const meeting = (
      (await db.query(`SELECT id FROM meeting WHERE network_id = $1 LIMIT 1`, [mms])) as { id: string }[]
    )[0]!.id;
    await record([
      { type: 'meeting.updated', recordKind: 'MEETING', recordId: meeting, networkIds: [mms], topicIds: [] },
    ]);
    await dispatchUntil([webhook.id], 1);
    const deadline = Date.now() + 8000;
    let state: { enabled: boolean; disabledReason: string | null } | undefined;
    while (Date.now() < deadline) {
      await runner.deliverer.drain();
      const res = await api.gql<{
        webhooks: { id: string; enabled: boolean; disabledReason: string | null }[];
      }>(`query($n: ID!) { webhooks(networkId: $n) { id enabled disabledReason } }`, {
        variables: { n: mms },
        headers: coordinator,
      });
      state = res.data!.webhooks.find((w) => w.id === webhook.id);
      if (!state?.enabled) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(state?.enabled).toBe(false);
    expect(state?.disabledReason).toMatch(/HTTP 500/);
    const attempts = deliveredTo('/fail');
    expect(attempts.length).toBeGreaterThan(1);
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
    const [delivery] = (await db.query(
      `SELECT status, attempts FROM webhook_delivery WHERE webhook_id = $1`,
      [webhook.id],
    )) as { status: string; attempts: number }[];
    expect(delivery).toEqual({ status: 'FAILED', attempts: attempts.length });
  }, 45_000);

  it('gives up deliveries of one webhook failing together: all fail, once, and the webhook is disabled', async () => {
    const { webhook } = await create(mms, '/together', ['MEETING_UPDATED']);
    const meetings = (await db.query(`SELECT id FROM meeting WHERE network_id = $1 LIMIT 4`, [mms])) as {
      id: string;
    }[];
    await record(
      meetings.map((m) => ({
        type: 'meeting.updated' as const,
        recordKind: 'MEETING' as const,
        recordId: m.id,
        networkIds: [mms],
        topicIds: [],
      })),
    );
    await dispatchUntil([webhook.id], meetings.length);
    // Past their retry window: the first failure of each gives up; the receiver answers all four
    // at once, so the four give up together.
    await db.query(
      `UPDATE webhook_delivery SET created_at = now() - interval '1 day' WHERE webhook_id = $1`,
      [webhook.id],
    );
    await runner.deliverer.drain();
    const rows = (await db.query(
      `SELECT status, count(*)::int AS n FROM webhook_delivery WHERE webhook_id = $1 GROUP BY status`,
      [webhook.id],
    )) as { status: string; n: number }[];
    expect(rows).toEqual([{ status: 'FAILED', n: meetings.length }]);
    const [hook] = (await db.query(`SELECT disabled_at IS NOT NULL AS disabled FROM webhook WHERE id = $1`, [
      webhook.id,
    ])) as { disabled: boolean }[];
    expect(hook!.disabled).toBe(true);
  }, 45_000);

  it('counts a receiver slower than the timeout, and a redirect, as failures', async () => {
    const slow = await create(mms, '/slow', ['MEETING_UPDATED']);
    const redirect = await create(mms, '/redirect', ['MEETING_UPDATED']);
    const meeting = (
      (await db.query(`SELECT id FROM meeting WHERE network_id = $1 LIMIT 1`, [mms])) as { id: string }[]
    )[0]!.id;
    await record([
      { type: 'meeting.updated', recordKind: 'MEETING', recordId: meeting, networkIds: [mms], topicIds: [] },
    ]);
    await dispatchUntil([slow.webhook.id, redirect.webhook.id], 2);
    await runner.deliverer.deliverBatch();
    const rows = (await db.query(
      `SELECT webhook_id, last_status_code, last_error FROM webhook_delivery WHERE webhook_id = ANY($1::uuid[])`,
      [[slow.webhook.id, redirect.webhook.id]],
    )) as { webhook_id: string; last_status_code: number | null; last_error: string }[];
    const of = (id: string) => rows.find((r) => r.webhook_id === id);
    expect(of(slow.webhook.id)).toMatchObject({
      last_status_code: null,
      last_error: 'timeout after 1000 ms',
    });
    expect(of(redirect.webhook.id)).toMatchObject({ last_status_code: 302, last_error: 'HTTP 302' });
    expect(deliveredTo('/ok')).toEqual([]);
  });

  it('refuses to deliver to loopback unless private targets are allowed', async () => {
    const { webhook } = await create(mms, '/ssrf', ['MEETING_UPDATED']);
    const meeting = (
      (await db.query(`SELECT id FROM meeting WHERE network_id = $1 LIMIT 1`, [mms])) as { id: string }[]
    )[0]!.id;
    await record([
      { type: 'meeting.updated', recordKind: 'MEETING', recordId: meeting, networkIds: [mms], topicIds: [] },
    ]);
    await dispatchUntil([webhook.id], 1);
    // A deliverer configured as in production, reaching the receiver by name (localhost) and by IP.
    const strict = loadWebhookConfig(api.config.jwtSecret, {});
    await db.query(`UPDATE webhook SET url = replace(url, '127.0.0.1', 'localhost') WHERE id = $1`, [
      webhook.id,
    ]);
    await new WebhookDeliverer(db, strict, new SecretBox(strict.secretKey)).deliverBatch(100);
    const [row] = (await db.query(`SELECT last_error FROM webhook_delivery WHERE webhook_id = $1`, [
      webhook.id,
    ])) as {
      last_error: string;
    }[];
    expect(row!.last_error).toMatch(/^refused: localhost resolves to a private address/);
    expect(deliveredTo('/ssrf')).toEqual([]);
  });

  it('delivers each event exactly once with two deliverers at work', async () => {
    const hooks = await Promise.all([1, 2, 3].map((n) => create(mms, `/twice-${n}`, ['PRACTICE_UPDATED'])));
    const practices = (await db.query(
      `SELECT p.id FROM practice p JOIN practice_network pn ON pn.practice_id = p.id
       WHERE pn.network_id = $1 AND p.status = 'PUBLISHED' AND p.visibility = 'PUBLIC' LIMIT 20`,
      [mms],
    )) as { id: string }[];
    expect(practices.length).toBeGreaterThan(2);
    await record(
      practices.map((p) => ({
        type: 'practice.updated',
        recordKind: 'PRACTICE',
        recordId: p.id,
        networkIds: [mms],
        topicIds: [],
      })),
    );
    // Two dispatchers at once, then until everything is dispatched.
    await Promise.all([runner.dispatcher.drain(), runner.dispatcher.drain()]);
    await dispatchUntil(
      hooks.map((h) => h.webhook.id),
      practices.length * hooks.length,
    );
    const second = new WebhookDeliverer(
      db,
      loadWebhookConfig(api.config.jwtSecret, { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }),
      new SecretBox(api.config.jwtSecret),
    );
    await Promise.all([runner.deliverer.drain(), second.drain(), runner.deliverer.drain(), second.drain()]);
    const got = hooks.flatMap((_, i) => deliveredTo(`/twice-${i + 1}`));
    expect(got).toHaveLength(practices.length * hooks.length);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(got.length);
  });

  it('delivers each event once with two worker processes (apps/worker, built)', async () => {
    const hook = await create(mms, '/workers', ['MEETING_UPDATED']);
    const meeting = (
      (await db.query(`SELECT id FROM meeting WHERE network_id = $1 AND visibility = 'PUBLIC' LIMIT 1`, [
        mms,
      ])) as {
        id: string;
      }[]
    )[0]!.id;
    const count = 30;
    await record(
      Array.from({ length: count }, () => ({
        type: 'meeting.updated' as const,
        recordKind: 'MEETING' as const,
        recordId: meeting,
        networkIds: [mms],
        topicIds: [],
      })),
    );
    const database = api.config.database;
    if (database.kind !== 'postgres') throw new Error('this test runs on a PostgreSQL server');
    const workers = [1, 2].map(() =>
      spawn(process.execPath, ['dist/apps/worker/src/main.js'], {
        env: {
          PATH: process.env['PATH'],
          NODE_ENV: 'test',
          DATABASE_URL: database.url,
          JWT_SECRET: api.config.jwtSecret,
          LOG_LEVEL: 'silent',
          WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
          WEBHOOK_POLL_MS: '100',
        },
        stdio: 'ignore',
      }),
    );
    try {
      const deadline = Date.now() + 30_000;
      while (deliveredTo('/workers').length < count && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // A moment more: a second delivery of any event would arrive now.
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await Promise.all(
        workers.map((w) => new Promise((resolve) => (w.once('exit', resolve), w.kill('SIGTERM')))),
      );
    }
    const got = deliveredTo('/workers');
    expect(got).toHaveLength(count);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(count);
    const [row] = (await db.query(
      `SELECT count(*) FILTER (WHERE status = 'SUCCEEDED')::int AS ok FROM webhook_delivery WHERE webhook_id = $1`,
      [hook.webhook.id],
    )) as { ok: number }[];
    expect(row!.ok).toBe(count);
  }, 50_000);

  it('deletes finished deliveries after the retention, never pending ones', async () => {
    const { webhook } = await create(mms, '/old', ['MEETING_UPDATED']);
    const insert = (eventId: number, status: string, age: string) =>
      db.query(
        `INSERT INTO webhook_delivery (webhook_id, event_id, event_type, body, status, created_at)
         VALUES ($1, $2, 'meeting.updated', '{}', $3, now() - $4::interval)`,
        [webhook.id, eventId, status, age],
      );
    await insert(-1, 'SUCCEEDED', '31 days');
    await insert(-2, 'FAILED', '31 days');
    await insert(-3, 'SUCCEEDED', '29 days');
    await insert(-4, 'PENDING', '31 days');
    await runner.prune();
    const left = (await db.query(
      `SELECT event_id::int FROM webhook_delivery WHERE webhook_id = $1 ORDER BY 1`,
      [webhook.id],
    )) as { event_id: number }[];
    expect(left.map((r) => r.event_id)).toEqual([-4, -3]);
    await db.query(`DELETE FROM webhook WHERE id = $1`, [webhook.id]);
  });

  it('records an action item overdue exactly once, when its due date has passed, and delivers it', async () => {
    const overdue = await create(mms, '/overdue', ['ACTION_ITEM_OVERDUE']);
    const meeting = (
      (await db.query(`SELECT id FROM meeting WHERE network_id = $1 AND visibility = 'PUBLIC' LIMIT 1`, [
        mms,
      ])) as {
        id: string;
      }[]
    )[0]!.id;
    await db.query(
      `UPDATE action_item SET status = 'DONE' WHERE status = 'OPEN' AND due_date < current_date`,
    );
    const item = async (due: string) =>
      (
        (await db.query(
          `INSERT INTO action_item (meeting_id, description, due_date, status) VALUES ($1, 'Send the report', ${due}, 'OPEN') RETURNING id`,
          [meeting],
        )) as { id: string }[]
      )[0]!.id;
    const [late, today] = [await item(`current_date - 1`), await item(`current_date`)];
    const counts = await Promise.all([runner.scan(), runner.scan(), runner.scan()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await runner.scan()).toBe(0);
    await round([overdue.webhook.id], 1);
    const bodies = deliveredTo('/overdue').map(
      (r) => JSON.parse(r.body) as { type: string; data: { id: string } },
    );
    expect(bodies.map((b) => [b.type, b.data.id])).toEqual([['actionItem.overdue', late]]);
    expect(bodies.some((b) => b.data.id === today)).toBe(false);
  });
});

/** The API on the embedded database runs its own runner (WEBHOOK_WORKER=inline): it delivers too. */
describe('webhooks on the embedded database, delivered by the API process itself', () => {
  let api: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let dataDir: string;

  beforeAll(async () => {
    receiver = await startReceiver();
    dataDir = mkdtempSync(join(tmpdir(), 'px-webhooks-'));
    api = await startTestApp({
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      WEBHOOK_WORKER: 'inline',
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    });
  });
  afterAll(async () => {
    await api.close();
    receiver.server.closeAllConnections();
    await new Promise((resolve) => receiver.server.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers a meeting created through GraphQL without being asked to', async () => {
    const mms = await refId(api, 'network', 'network:mms');
    const created = await api.gql<{ createWebhook: { secret: string } }>(
      `mutation($n: ID!, $u: String!) { createWebhook(input: { networkId: $n, url: $u, events: [MEETING_CREATED] }) { secret } }`,
      { variables: { n: mms, u: `${receiver.url}/embedded` }, admin: true },
    );
    expect(created.errors).toBeUndefined();
    const meeting = await api.gql<{ createMeeting: { meeting: { id: string } } }>(
      `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: WORKSHOP, date: "2026-04-01",
         visibility: NETWORK, content: { language: "en", title: "Embedded" } }) { meeting { id } } }`,
      { variables: { n: mms }, admin: true },
    );
    expect(meeting.errors).toBeUndefined();
    const deadline = Date.now() + 10_000;
    while (receiver.received.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(receiver.received).toHaveLength(1);
    const body = JSON.parse(receiver.received[0]!.body) as { type: string; data: { id: string } };
    expect(body).toMatchObject({
      type: 'meeting.created',
      data: { id: meeting.data!.createMeeting.meeting.id },
    });
    new StandardWebhook(created.data!.createWebhook.secret).verify(receiver.received[0]!.body, {
      'webhook-id': String(receiver.received[0]!.headers['webhook-id']),
      'webhook-timestamp': String(receiver.received[0]!.headers['webhook-timestamp']),
      'webhook-signature': String(receiver.received[0]!.headers['webhook-signature']),
    });
  });
});
