import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { NO_ACCESS, RequestContext, type AccessFacts, type Principal } from '#core';
import { MeetingsService, StudyVisitsService } from '#exchanges';
import { PracticesService } from '#practices';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A record's read rule is written once, as read grants (PRACTICE_READ_GRANTS, MEETING_READ_GRANTS,
 * STUDY_VISIT_READ_GRANTS). Lists and counts apply it in SQL; a single read of a practice applies
 * the same grants to the loaded row in code. For every kind of caller and every state a record can
 * be in, both paths must say the same.
 */
describe('read rules: a single read agrees with the lists, for every caller and state', () => {
  let api: TestApp;
  let db: DataSource;
  /** The owner organization, another one, the network records are shared with, another network. */
  let owner: string;
  let other: string;
  let network: string;
  let otherNetwork: string;

  const insert = async (sql: string, params: unknown[] = []): Promise<string> =>
    ((await db.query(sql, params)) as { id: string }[])[0]!.id;

  const callers = (): Record<string, { principal: Principal; facts: AccessFacts }> => {
    const user = (isAdmin = false): Principal => ({
      kind: 'user',
      userId: crypto.randomUUID(),
      isAdmin,
      familyId: 'f',
    });
    const facts = (f: Partial<Record<keyof AccessFacts, unknown>>): AccessFacts =>
      ({ ...NO_ACCESS, ...f }) as AccessFacts;
    return {
      anonymous: { principal: { kind: 'anonymous' }, facts: NO_ACCESS },
      operator: { principal: { kind: 'operator' }, facts: NO_ACCESS },
      admin: { principal: user(true), facts: NO_ACCESS },
      apiKey: {
        principal: { kind: 'api-key', keyId: crypto.randomUUID(), networkId: network },
        facts: facts({ memberNetworks: new Set([network]) }),
      },
      otherApiKey: {
        principal: { kind: 'api-key', keyId: crypto.randomUUID(), networkId: otherNetwork },
        facts: facts({ memberNetworks: new Set([otherNetwork]) }),
      },
      ownerViewer: { principal: user(), facts: facts({ organizationRoles: new Map([[owner, 'VIEWER']]) }) },
      ownerEditor: { principal: user(), facts: facts({ organizationRoles: new Map([[owner, 'EDITOR']]) }) },
      otherEditor: { principal: user(), facts: facts({ organizationRoles: new Map([[other, 'EDITOR']]) }) },
      networkMember: {
        principal: user(),
        facts: facts({ organizationRoles: new Map([[other, 'VIEWER']]), memberNetworks: new Set([network]) }),
      },
      coordinator: {
        principal: user(),
        facts: facts({
          organizationRoles: new Map([[other, 'EDITOR']]),
          coordinatedNetworks: new Set([network]),
          memberNetworks: new Set([network]),
        }),
      },
      otherCoordinator: {
        principal: user(),
        facts: facts({
          coordinatedNetworks: new Set([otherNetwork]),
          memberNetworks: new Set([otherNetwork]),
        }),
      },
    };
  };

  /** For each caller, the ids a list finds and the ids a single read opens; they must be equal. */
  const compare = async (
    ids: string[],
    list: (ctx: RequestContext, ids: string[]) => Promise<Set<string>>,
    single: (ctx: RequestContext, id: string) => Promise<unknown>,
  ) => {
    const seen: Record<string, { listed: string[]; opened: string[] }> = {};
    for (const [who, { principal, facts }] of Object.entries(callers())) {
      const context = () => new RequestContext({ principal, access: async () => facts });
      const listed = [...(await list(context(), ids))].sort();
      const opened: string[] = [];
      for (const id of ids) {
        if (
          await single(context(), id).then(
            () => true,
            () => false,
          )
        )
          opened.push(id);
      }
      seen[who] = { listed, opened: opened.sort() };
    }
    for (const { listed, opened } of Object.values(seen)) expect(opened).toEqual(listed);
    return Object.fromEntries(Object.entries(seen).map(([who, { listed }]) => [who, listed.length]));
  };

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    const organization = (name: string) =>
      insert(
        `INSERT INTO organization (kind, name, default_language) VALUES ('NGO', $1, 'en') RETURNING id`,
        [name],
      );
    const newNetwork = (name: string) =>
      insert(`INSERT INTO network (name, original_language) VALUES ($1, 'en') RETURNING id`, [name]);
    owner = await organization('Read rules owner');
    other = await organization('Read rules other');
    network = await newNetwork('Read rules network');
    otherNetwork = await newNetwork('Read rules other network');
  });
  afterAll(async () => {
    await api.close();
  });

  it('practices: every status × visibility × shared or not', async () => {
    const ids: string[] = [];
    for (const status of ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED']) {
      for (const visibility of ['PUBLIC', 'NETWORK', 'PRIVATE']) {
        for (const shared of [true, false]) {
          const id = await insert(
            `INSERT INTO practice (owner_organization_id, status, visibility, original_language, published_at)
             VALUES ($1, $2::varchar, $3, 'en', CASE WHEN $2::varchar IN ('PUBLISHED', 'ARCHIVED') THEN now() END) RETURNING id`,
            [owner, status, visibility],
          );
          await db.query(
            `INSERT INTO practice_translation (practice_id, language, title) VALUES ($1, 'en', 'P')`,
            [id],
          );
          if (shared)
            await db.query(`INSERT INTO practice_network (practice_id, network_id) VALUES ($1, $2)`, [
              id,
              network,
            ]);
          ids.push(id);
        }
      }
    }
    const practices = api.app.get(PracticesService);
    const counts = await compare(
      ids,
      (ctx, wanted) => practices.readableIds(ctx, wanted),
      (ctx, id) => practices.get(ctx, id),
    );
    // Published and public, shared or not; members add the published NETWORK one shared with
    // them, coordinators the IN_REVIEW ones shared with them; the owner's members see all 24.
    expect(counts).toEqual({
      anonymous: 2,
      operator: 24,
      admin: 24,
      apiKey: 3,
      otherApiKey: 2,
      ownerViewer: 24,
      ownerEditor: 24,
      otherEditor: 2,
      networkMember: 3,
      coordinator: 6,
      otherCoordinator: 2,
    });
  });

  it('meetings: every visibility, in the network or another', async () => {
    const ids: string[] = [];
    for (const visibility of ['PUBLIC', 'NETWORK']) {
      for (const meetingNetwork of [network, otherNetwork]) {
        ids.push(
          await insert(
            `INSERT INTO meeting (network_id, kind, date, original_language, visibility) VALUES ($1, 'WORKSHOP', '2026-01-10', 'en', $2) RETURNING id`,
            [meetingNetwork, visibility],
          ),
        );
      }
    }
    const meetings = api.app.get(MeetingsService);
    const counts = await compare(
      ids,
      (ctx, wanted) => meetings.readableIds(ctx, wanted),
      (ctx, id) => meetings.get(ctx, id),
    );
    expect(counts['anonymous']).toBe(2);
    expect(counts['networkMember']).toBe(3);
  });

  it('study visits: every visibility × network or none × owner', async () => {
    const ids: string[] = [];
    for (const visibility of ['PUBLIC', 'NETWORK', 'PRIVATE']) {
      for (const visitNetwork of [network, null]) {
        for (const visitOwner of [owner, other]) {
          ids.push(
            await insert(
              `INSERT INTO study_visit (owner_organization_id, network_id, start_date, end_date, original_language, visibility)
               VALUES ($1, $2, '2026-02-01', '2026-02-03', 'en', $3) RETURNING id`,
              [visitOwner, visitNetwork, visibility],
            ),
          );
        }
      }
    }
    const visits = api.app.get(StudyVisitsService);
    const counts = await compare(
      ids,
      (ctx, wanted) => visits.readableIds(ctx, wanted),
      (ctx, id) => visits.get(ctx, id),
    );
    expect(counts['anonymous']).toBe(4);
    expect(counts['ownerViewer']).toBe(8);
  });
});
