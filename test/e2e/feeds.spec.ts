import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import sanitizeHtml from 'sanitize-html';
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
      feed: { title: AtomEntry['title']; entry?: AtomEntry | AtomEntry[] };
    };
    const entries =
      parsed.feed.entry === undefined
        ? []
        : Array.isArray(parsed.feed.entry)
          ? parsed.feed.entry
          : [parsed.feed.entry];
    return { title: text(parsed.feed.title), entries };
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

  describe('conditional GET for pollers (ETag, Last-Modified, 304)', () => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${api.url}/feeds/${path}`, { headers });
    const feeds = () => ['practices.atom?locale=en', `networks/${mms}/calendar.ics?locale=en`];

    it('answers 200 with a strong ETag, Last-Modified, Cache-Control and Vary on both feeds', async () => {
      for (const path of feeds()) {
        const res = await get(path);
        expect(res.status).toBe(200);
        expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/);
        const lastModified = res.headers.get('last-modified');
        expect(lastModified).toMatch(/GMT$/);
        expect(Date.parse(lastModified!)).toBeLessThanOrEqual(Date.now());
        expect(res.headers.get('cache-control')).toBe('public, no-cache');
        expect(res.headers.get('vary')).toMatch(/Accept-Language/);
        expect(res.headers.get('vary')).toMatch(/Authorization/);
        expect(res.headers.get('vary')).toMatch(/X-Api-Key/);
        // The same content gives the same bytes and the same ETag.
        const again = await get(path);
        expect(again.headers.get('etag')).toBe(res.headers.get('etag'));
        expect(await again.text()).toBe(await res.text());
      }
    });

    it('answers 304 with no body on If-None-Match (exact, weak, in a list, *) and on If-Modified-Since', async () => {
      for (const path of feeds()) {
        const first = await get(path);
        const etag = first.headers.get('etag')!;
        const lastModified = first.headers.get('last-modified')!;
        for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
          const res = await get(path, { 'if-none-match': ifNoneMatch });
          expect(res.status).toBe(304);
          expect(await res.text()).toBe('');
          expect(res.headers.get('etag')).toBe(etag);
          expect(res.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
          expect(res.headers.get('vary')).toBe(first.headers.get('vary'));
          expect(res.headers.get('last-modified')).toBe(lastModified);
        }
        expect((await get(path, { 'if-modified-since': lastModified })).status).toBe(304);
        const later = new Date(Date.parse(lastModified) + 60_000).toUTCString();
        expect((await get(path, { 'if-modified-since': later })).status).toBe(304);
        const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
        expect((await get(path, { 'if-modified-since': earlier })).status).toBe(200);
        expect((await get(path, { 'if-modified-since': 'not a date' })).status).toBe(200);
        // If-None-Match wins over If-Modified-Since.
        const both = await get(path, { 'if-none-match': '"other"', 'if-modified-since': later });
        expect(both.status).toBe(200);
        expect(await both.text()).toBe(await first.text());
        expect((await get(path, { 'if-none-match': etag, 'if-modified-since': earlier })).status).toBe(304);
      }
    });

    it('has a different ETag per language (locale or Accept-Language) and per caller', async () => {
      const etag = async (path: string, headers: Record<string, string> = {}) =>
        (await get(path, headers)).headers.get('etag');
      expect(await etag('practices.atom?locale=en')).not.toBe(await etag('practices.atom?locale=sl'));
      expect(await etag('practices.atom', { 'accept-language': 'en' })).not.toBe(
        await etag('practices.atom', { 'accept-language': 'sl' }),
      );
      expect(await etag(`networks/${mms}/calendar.ics?locale=en`)).not.toBe(
        await etag(`networks/${mms}/calendar.ics?locale=sl`),
      );
      // The MMS key sees a member-only practice: another body, another ETag, a private response.
      const anonymous = await get(`practices.atom?network=${mms}&locale=en`);
      const withKey = await get(`practices.atom?network=${mms}&locale=en`, { 'x-api-key': mmsKey });
      expect(withKey.headers.get('etag')).not.toBe(anonymous.headers.get('etag'));
      expect(withKey.headers.get('cache-control')).toBe('private, no-cache');
      const anonymousEtag = anonymous.headers.get('etag')!;
      const keyed = await get(`practices.atom?network=${mms}&locale=en`, {
        'x-api-key': mmsKey,
        'if-none-match': anonymousEtag,
      });
      expect(keyed.status).toBe(200);
    });

    it('answers 200 with a new ETag after a meeting is created, edited and deleted through GraphQL', async () => {
      const path = `networks/${mms}/calendar.ics?locale=en`;
      const etags: string[] = [];
      const poll = async () => {
        const previous = etags.at(-1)!;
        const res = await get(path, { 'if-none-match': previous });
        expect(res.status).toBe(200);
        const etag = res.headers.get('etag')!;
        expect(etag).not.toBe(previous);
        etags.push(etag);
        return res.text();
      };
      etags.push((await get(path)).headers.get('etag')!);
      const created = await api.gql<{ createMeeting: { meeting: { id: string; version: number } } }>(
        `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id version } } }`,
        {
          admin: true,
          variables: {
            input: {
              networkId: mms,
              kind: 'WORKSHOP',
              date: '2031-03-03',
              venue: 'Old venue',
              visibility: 'PUBLIC',
              content: { language: 'en', title: 'Polled workshop' },
            },
          },
        },
      );
      expect(created.errors).toBeUndefined();
      const { id, version } = created.data!.createMeeting.meeting;
      expect(await poll()).toContain('Old venue');
      const updated = await api.gql(
        `mutation($id: ID!, $v: Int!) { updateMeeting(id: $id, expectedVersion: $v, input: { venue: "New venue" }) { meeting { id } } }`,
        { admin: true, variables: { id, v: version } },
      );
      expect(updated.errors).toBeUndefined();
      expect(await poll()).toContain('New venue');
      const deleted = await api.gql(`mutation($id: ID!) { deleteMeeting(id: $id) }`, {
        admin: true,
        variables: { id },
      });
      expect(deleted.errors).toBeUndefined();
      expect(await poll()).not.toContain('Polled workshop');
      // Back to the calendar of before: the same bytes, so the first ETag again.
      expect(etags.at(-1)).toBe(etags[0]);
    });

    it('answers 200 with a new ETag and a later Last-Modified after a practice is published', async () => {
      const path = 'practices.atom?locale=en';
      const before = await get(path);
      const etag = before.headers.get('etag')!;
      const lastModified = before.headers.get('last-modified')!;
      const [{ organization }] = (await api.app
        .get(DataSource)
        .query(
          `SELECT organization_id AS organization FROM network_membership WHERE network_id = $1 LIMIT 1`,
          [mms],
        )) as [{ organization: string }];
      const created = await api.gql<{ createPractice: { practice: { id: string; version: number } } }>(
        `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id version } } }`,
        {
          admin: true,
          variables: {
            input: {
              organizationId: organization,
              visibility: 'PUBLIC',
              content: {
                language: 'en',
                title: 'A practice for pollers',
                summary: 'Summary',
                challenge: 'Challenge',
                solution: 'Solution',
                results: 'Results',
                lessonsLearned: 'Lessons',
                transferability: 'Transferability',
              },
            },
          },
        },
      );
      expect(created.errors).toBeUndefined();
      const id = created.data!.createPractice.practice.id;
      let version = created.data!.createPractice.practice.version;
      // Still a draft: the feed has not changed.
      expect((await get(path, { 'if-none-match': etag })).status).toBe(304);
      // HTTP dates have whole seconds: publish in a later second than anything the poller saw.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      for (const step of ['submitPractice', 'publishPractice']) {
        const res = await api.gql<Record<string, { practice: { version: number } }>>(
          `mutation($id: ID!, $v: Int!) { ${step}(id: $id, expectedVersion: $v) { practice { version } } }`,
          { admin: true, variables: { id, v: version } },
        );
        expect(res.errors).toBeUndefined();
        version = res.data![step]!.practice.version;
      }
      const after = await get(path, { 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect(await after.text()).toContain('A practice for pollers');
      // Published now, after the last change the poller saw.
      expect(Date.parse(after.headers.get('last-modified')!)).toBeGreaterThan(Date.parse(lastModified));
      expect((await get(path, { 'if-modified-since': lastModified })).status).toBe(200);
      const current = after.headers.get('last-modified')!;
      expect((await get(path, { 'if-modified-since': current })).status).toBe(304);
    });
  });
});

/**
 * Stored XSS: whatever members write, nothing in the Atom feed or the calendar may run in a feed
 * reader or calendar app. Every payload goes through every text field of practices, meetings and
 * study visits via the API; both feeds are then read over HTTP and parsed.
 */
const PAYLOADS: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=x OnErRoR=alert(1)>',
  '<img src="x" onerror="alert(String.fromCharCode(88,83,83))">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<math href="javascript:alert(1)">x</math>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">mixed case</a>',
  '<a href=" javascript:alert(1)">leading space</a>',
  '<a href="java\tscript:alert(1)">tab</a>',
  '<a href="java&#x09;script:alert(1)">entity tab</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">decimal entities</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">hex entities</a>',
  '<a href="javascript&colon;alert(1)">named entity</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '<a href="DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data upper</a>',
  '<a href="vbscript:msgbox(1)">vbscript</a>',
  '<a href="VBScript:msgbox(1)">vbscript mixed</a>',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '[click](&#106;avascript:alert(1))',
  '![img](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<style>@import "javascript:alert(1)";</style>',
  '<link rel=stylesheet href="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<body background="javascript:alert(1)">',
  '<marquee onstart=alert(1)>x</marquee>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '</title><script>alert(1)</script>',
  '</summary><script>alert(1)</script><summary>',
  '</entry><entry><title type="html">&lt;script&gt;alert(1)&lt;/script&gt;</title></entry>',
  ']]><script>alert(1)</script><![CDATA[',
  '<![CDATA[<script>alert(1)</script>]]>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&amp;lt;img src=x onerror=alert(1)&amp;gt;',
  '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>&xxe;',
  '<!ENTITY x "<script>alert(1)</script>">&x;',
  '<?xml-stylesheet type="text/xsl" href="javascript:alert(1)"?>',
  '<!--<script>alert(1)</script>-->',
  '\u003cscript\u003ealert(1)\u003c/script\u003e',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E',
  '<scr\u0000ipt>alert(1)</scr\u0000ipt>'.replaceAll('\u0000', '\u0001'),
  'text with \u000b vertical tab and \u0008 backspace <b onclick=alert(1)>x</b>',
  '<a href="https://example.org/" onclick="alert(1)">ok link, bad handler</a>',
  '<xhtml:script xmlns:xhtml="http://www.w3.org/1999/xhtml">alert(1)</xhtml:script>',
  'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nURL:javascript:alert(1)\r\nEND:VEVENT',
  'x;ATTACH=javascript:alert(1),y\\nDESCRIPTION:injected',
];

const EXECUTABLE_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'frame',
  'frameset',
  'applet',
]);
const URL_ATTRIBUTES = /^(href|src|xlink:href|action|formaction|data|background|poster|srcset|srcdoc)$/i;
const BAD_SCHEME = /^(javascript|data|vbscript):/i;
/** Browsers ignore whitespace and control characters inside a URL scheme. */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const IGNORED_IN_SCHEME = /[\s\u0000-\u001f]/g;

/** What in this HTML could run: script-like elements, event handlers, script URLs. */
function executableParts(html: string): string[] {
  const found: string[] = [];
  sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    onOpenTag: (name, attributes) => {
      if (EXECUTABLE_TAGS.has(name.toLowerCase().replace(/^.*:/, ''))) found.push(`<${name}>`);
      for (const [attribute, value] of Object.entries(attributes)) {
        if (/^on/i.test(attribute)) found.push(`${name} ${attribute}`);
        const scheme = value.replace(IGNORED_IN_SCHEME, '');
        if (
          (URL_ATTRIBUTES.test(attribute) || attribute === 'style') &&
          /(javascript|vbscript|data):/i.test(scheme)
        )
          found.push(`${name} ${attribute}=${value}`);
      }
    },
  });
  return found;
}

/** Characters XML 1.0 cannot carry are dropped; XML parsers read every line break as \n. */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xmlSafe = (s: string) => s.replace(NOT_XML, '').replace(/\r\n?/g, '\n');

describe('portal feeds: nothing members write runs in a feed reader or calendar', () => {
  let api: TestApp;
  let mms: string;
  const pairs: [string, string][] = [];
  for (let i = 0; i < PAYLOADS.length; i += 2) pairs.push([PAYLOADS[i]!, PAYLOADS[i + 1] ?? PAYLOADS[0]!]);
  const combined = pairs.map(([a, b]) => `${a} ${b}`);

  beforeAll(async () => {
    api = await startTestApp();
    mms = await refId(api, 'network', 'network:mms');
    const [{ organization }] = (await api.app
      .get(DataSource)
      .query(`SELECT organization_id AS organization FROM network_membership WHERE network_id = $1 LIMIT 1`, [
        mms,
      ])) as [{ organization: string }];
    for (const [i, text] of combined.entries()) {
      const created = await api.gql<{ createPractice: { practice: { id: string; version: number } } }>(
        `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id version } } }`,
        {
          admin: true,
          variables: {
            input: {
              organizationId: organization,
              visibility: 'PUBLIC',
              content: {
                language: 'en',
                title: text,
                summary: text,
                challenge: text,
                solution: text,
                results: text,
                lessonsLearned: text,
                transferability: text,
              },
              sourceUrl: `https://example.org/source/${i}?q=${encodeURIComponent(text)}`,
              links: [
                {
                  url: `https://example.org/${i}?q=${encodeURIComponent(text)}`,
                  title: text,
                  kind: 'WEBSITE',
                },
              ],
            },
          },
        },
      );
      expect(created.errors).toBeUndefined();
      const id = created.data!.createPractice.practice.id;
      let version = created.data!.createPractice.practice.version;
      for (const step of ['submitPractice', 'publishPractice']) {
        const res = await api.gql<Record<string, { practice: { version: number } }>>(
          `mutation($id: ID!, $v: Int!) { ${step}(id: $id, expectedVersion: $v) { practice { version } } }`,
          { admin: true, variables: { id, v: version } },
        );
        expect(res.errors).toBeUndefined();
        version = res.data![step]!.practice.version;
      }
      const meeting = await api.gql(
        `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }`,
        {
          admin: true,
          variables: {
            input: {
              networkId: mms,
              kind: 'WORKSHOP',
              date: '2030-01-15',
              venue: text,
              visibility: 'PUBLIC',
              agenda: [text],
              content: { language: 'en', title: text, notes: text, decisions: text },
            },
          },
        },
      );
      expect(meeting.errors).toBeUndefined();
      const visit = await api.gql(
        `mutation($input: CreateStudyVisitInput!) { createStudyVisit(input: $input) { studyVisit { id } } }`,
        {
          admin: true,
          variables: {
            input: {
              organizationId: organization,
              networkId: mms,
              startDate: '2030-02-01',
              endDate: '2030-02-02',
              visibility: 'PUBLIC',
              programme: [{ date: '2030-02-01', title: text }],
              content: { language: 'en', title: text, purpose: text, learnings: text },
            },
          },
        },
      );
      expect(visit.errors).toBeUndefined();
    }
    // 140 writes through the API: more than the default 30 s on a busy two-core machine.
  }, 180_000);
  afterAll(async () => {
    await api.close();
  });

  it(`the corpus has enough payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(60);
  });

  it('Atom: well-formed; titles are text and come out as written; HTML is only sanitized HTML', async () => {
    const res = await fetch(`${api.url}/feeds/practices.atom?locale=en`);
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    type Text = string | { '#text'?: string; '@_type'?: string };
    interface Entry {
      title: Text;
      summary?: Text;
      link?: { '@_href': string } | { '@_href': string }[];
    }
    const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false }).parse(
      xml,
    ) as { feed: { title: Text; entry: Entry | Entry[] } };
    const entries = Array.isArray(parsed.feed.entry) ? parsed.feed.entry : [parsed.feed.entry];
    const body = (t: Text | undefined) => (typeof t === 'string' ? t : (t?.['#text'] ?? ''));
    const kind = (t: Text | undefined) => (typeof t === 'object' ? (t['@_type'] ?? 'text') : 'text');
    const problems: string[] = [];
    for (const entry of entries) {
      for (const [name, construct] of [
        ['title', entry.title],
        ['summary', entry.summary],
      ] as const) {
        if (construct === undefined) continue;
        const type = kind(construct);
        expect(['text', 'html']).toContain(type);
        if (type === 'html') problems.push(...executableParts(body(construct)).map((p) => `${name}: ${p}`));
      }
      for (const link of [entry.link ?? []].flat()) expect(link['@_href']).toMatch(/^https?:\/\//);
    }
    expect(problems).toEqual([]);
    // Each payload title comes out exactly as written, as text.
    const titles = entries.filter((e) => kind(e.title) === 'text').map((e) => body(e.title));
    for (const text of combined) expect(titles).toContain(xmlSafe(text));
  });

  it('iCalendar: one event per meeting and visit, text properties exactly as written, no script URL', async () => {
    const res = await fetch(`${api.url}/feeds/networks/${mms}/calendar.ics?locale=en`);
    expect(res.status).toBe(200);
    const component = new ICAL.Component(ICAL.parse(await res.text()));
    const events = component.getAllSubcomponents('vevent');
    const created = events.filter((e) => String(e.getFirstPropertyValue('dtstart')).startsWith('2030-'));
    expect(created.length).toBe(combined.length * 2);
    const problems: string[] = [];
    for (const event of events) {
      for (const property of event.getAllProperties()) {
        const name = property.name.toLowerCase();
        const value = String(property.getFirstValue());
        if (name === 'x-alt-desc') problems.push(...executableParts(value));
        if (['url', 'attach', 'x-alt-desc'].includes(name) || property.type === 'uri')
          if (BAD_SCHEME.test(value.replace(IGNORED_IN_SCHEME, ''))) problems.push(`${name}: ${value}`);
      }
    }
    expect(problems).toEqual([]);
    const summaries = created.map((e) => String(e.getFirstPropertyValue('summary')));
    for (const text of combined)
      expect(summaries.filter((s) => s === text.replace(/\r\n?/g, '\n')).length).toBe(2);
    for (const event of created) {
      const url = event.getFirstPropertyValue('url');
      if (url !== null) expect(String(url)).toMatch(/^https?:\/\//);
    }
  });
});
