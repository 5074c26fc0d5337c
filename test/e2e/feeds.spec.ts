import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface AtomEntry {
  id: string;
  title: string | { '#text': string };
  published?: string;
}

const text = (value: AtomEntry['title']): string => (typeof value === 'string' ? value : value['#text']);

describe("portal feeds: Atom of new practices, iCalendar of a network's meetings and visits", () => {
  let api: TestApp;
  let mms: string;
  let mmsKey: string;
  beforeAll(async () => {
    api = await startTestApp();
    mms = await refId(api, 'network', 'network:mms');
    const key = await api.gql<{ createApiKey: { secret: string } }>(
      `mutation($n: ID!) { createApiKey(input: { networkId: $n, name: "feeds" }) { secret } }`,
      {
        variables: { n: mms },
        admin: true,
      },
    );
    mmsKey = key.data!.createApiKey.secret;
    // One practice only for MMS members.
    await api.app
      .get(DataSource)
      .query(
        `UPDATE practice SET visibility = 'NETWORK' WHERE external_ref = 'practice:velenje-premises-map'`,
      );
  });
  afterAll(async () => {
    await api.close();
  });

  const atom = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${api.url}/feeds/practices.atom${query}`, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/atom\+xml/);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(await res.text()) as {
      feed: { title: string; entry?: AtomEntry | AtomEntry[] };
    };
    const entries =
      parsed.feed.entry === undefined
        ? []
        : Array.isArray(parsed.feed.entry)
          ? parsed.feed.entry
          : [parsed.feed.entry];
    return { title: parsed.feed.title, entries };
  };

  it('lists newly published public practices, newest first, in the requested language', async () => {
    const feed = await atom('?locale=en');
    expect(feed.entries.length).toBeGreaterThanOrEqual(8);
    const published = feed.entries.map((e) => e.published ?? '');
    expect([...published].sort().reverse()).toEqual(published);
    expect(feed.entries.map((e) => text(e.title))).toEqual(
      expect.arrayContaining([expect.stringMatching(/calendar/i)]),
    );
    const slovenian = await atom('?locale=sl');
    expect(slovenian.entries.map((e) => text(e.title))).toEqual(
      expect.arrayContaining([expect.stringMatching(/[Kk]oledar/)]),
    );
  });

  it("adds a network's member-only practices for that network's API key only", async () => {
    const anonymous = await atom(`?network=${mms}&locale=en`);
    const withKey = await atom(`?network=${mms}&locale=en`, { 'x-api-key': mmsKey });
    expect(withKey.entries.length).toBe(anonymous.entries.length + 1);
    expect(withKey.title).toMatch(/Management mestnih središč|MMS/);
  });

  it('refuses a malformed network id with a localized error, not a 500', async () => {
    const res = await fetch(`${api.url}/feeds/practices.atom?network=nope`, {
      headers: { 'accept-language': 'lt' },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('serves the network calendar with the Velenje meeting, and the Kaunas IN visits for their network', async () => {
    const calendar = async (networkId: string) => {
      const res = await fetch(`${api.url}/feeds/networks/${networkId}/calendar.ics?locale=en`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
      const component = new ICAL.Component(ICAL.parse(await res.text()));
      return component.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    };
    const mmsEvents = await calendar(mms);
    const velenje = mmsEvents.find((e) => e.startDate.toString().startsWith('2016-11-16'));
    expect(velenje?.summary).toBeTruthy();
    expect(velenje?.location).toBe('Vila Bianca');
    const nordic = await calendar(await refId(api, 'network', 'network:kaunas-turku-vaxjo'));
    expect(nordic.map((e) => e.startDate.toString().slice(0, 10)).sort()).toEqual([
      '2017-10-31',
      '2017-11-07',
    ]);
    expect(
      nordic
        .find((e) => e.startDate.toString().startsWith('2017-10-31'))
        ?.endDate.toString()
        .slice(0, 10),
    ).toBe('2017-11-04');
  });
});
