import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SearchIndexer } from '#search';
import { refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The search page's filters over plain HTTP: several values of one filter (any matches), filters
 * together (all must), the network facet, removing a value, pages keeping the filters, and URLs
 * made to hurt (hundreds of values, garbage, very long values) answered calmly and escaped.
 */
describe('search page filters over HTTP', () => {
  let api: TestApp;
  let mms: string;
  beforeAll(async () => {
    api = await startTestApp();
    mms = await refId(api, 'network', 'network:mms');
    await api.app.get(SearchIndexer).drain();
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });

  const get = (path: string) => fetch(`${api.url}${path}`, { redirect: 'manual' });
  /** A page's HTML with the templates' layout whitespace removed (around tags), for matching. */
  const text = async (path: string) => {
    const res = await get(path);
    expect({ path, status: res.status }).toEqual({ path, status: 200 });
    return tidy(await res.text());
  };
  /** The hits' record paths, in order. */
  const hrefs = (page: string) => [...page.matchAll(/<h3 lang="\w+"><a href="([^"]+)"/g)].map((m) => m[1]!);
  const total = (page: string) => Number(/Results: (\d+)/.exec(page)?.[1] ?? NaN);
  /** What the `search` query returns for this filter, as the page's record paths. */
  async function graphqlHits(filter: Record<string, unknown>, query = ''): Promise<string[]> {
    const res = await api.gql<{ search: { edges: { node: { type: string; id: string } }[] } }>(
      `query ($query: String!, $filter: SearchFilterInput) {
        search(query: $query, locale: "en", filter: $filter, first: 100) { edges { node { type id } } }
      }`,
      { variables: { query, filter } },
    );
    expect(res.errors).toBeUndefined();
    const path = {
      PRACTICE: 'practices',
      STUDY_VISIT: 'study-visits',
      MEETING: 'meetings',
      ORGANIZATION: 'organizations',
    };
    return res.data!.search.edges.map(({ node }) => `/en/${path[node.type as keyof typeof path]}/${node.id}`);
  }

  it('takes two values of one filter: either matches, and each can be toggled on its own', async () => {
    const both = await text('/en/search?type=practice&type=meeting');
    const practices = await text('/en/search?type=practice');
    const meetings = await text('/en/search?type=meeting');
    expect(total(both)).toBe(total(practices) + total(meetings));
    expect(total(meetings)).toBeGreaterThan(0);
    expect(hrefs(both).sort()).toEqual((await graphqlHits({ types: ['PRACTICE', 'MEETING'] })).sort());
    // Both chosen values link to the search without them; the others add to the choice.
    expect(both).toContain(
      'href="/en/search?type=meeting" data-partial data-key="type:practice" aria-current="true">✓ Practice</a>',
    );
    expect(both).toContain(
      'href="/en/search?type=practice" data-partial data-key="type:meeting" aria-current="true">✓ Meeting</a>',
    );
    // The type facet is counted without its own choice, so the other types stay on offer.
    expect(both).toMatch(
      /href="\/en\/search\?type=practice&amp;type=meeting&amp;type=organization" data-partial data-key="type:organization">Organization<\/a><span class="count">\d+<\/span>/,
    );
    // A new query keeps both values: the form repeats them.
    expect(both).toContain(
      '<span id="filter-fields"><input type="hidden" name="type" value="practice"/><input type="hidden" name="type" value="meeting"/></span>',
    );
  });

  it('combines filters with AND and values within one with OR, as the search query does', async () => {
    const path = '/en/search?type=practice&type=meeting&country=SI&country=LT';
    const page = await text(path);
    const expected = await graphqlHits({ types: ['PRACTICE', 'MEETING'], countryCodes: ['SI', 'LT'] });
    expect(hrefs(page).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
    const slovenian = await text('/en/search?type=practice&type=meeting&country=SI');
    const lithuanian = await text('/en/search?type=practice&type=meeting&country=LT');
    expect(total(page)).toBe(total(slovenian) + total(lithuanian));
    expect(total(slovenian)).toBeGreaterThan(0);
    expect(total(lithuanian)).toBeGreaterThan(0);
    // Fewer than either filter alone: the fields narrow each other.
    expect(total(page)).toBeLessThan(total(await text('/en/search?country=SI&country=LT')));
    expect(total(slovenian)).toBeLessThan(total(await text('/en/search?type=practice&type=meeting')));
  });

  it('offers a network facet named in the page’s language, and filters by network', async () => {
    const en = await text('/en/search');
    expect(en).toContain('<h3>Network</h3>');
    expect(en).toMatch(
      new RegExp(
        `<a href="/en/search\\?network=${mms}" data-partial data-key="network:${mms}">Town Centre Management network of Slovenian towns \\(MMS/TCM\\)</a><span class="count">\\d+</span>`,
      ),
    );
    const sl = await text('/sl/search');
    expect(sl).toContain('<h3>Mreža</h3>');
    expect(sl).toContain(`data-key="network:${mms}">Management mestnih središč</a>`);
    const filtered = await text(`/en/search?network=${mms}`);
    const expected = await graphqlHits({ networkIds: [mms] });
    expect(expected.length).toBeGreaterThan(0);
    expect(hrefs(filtered).sort()).toEqual(expected.sort());
    expect(filtered).toContain(
      `href="/en/search" data-partial data-key="network:${mms}" aria-current="true">✓ Town Centre Management`,
    );
    // With another filter: AND.
    const meetings = await text(`/en/search?network=${mms}&type=meeting`);
    expect(hrefs(meetings).sort()).toEqual(
      (await graphqlHits({ networkIds: [mms], types: ['MEETING'] })).sort(),
    );
  });

  it('lists the chosen values, each with a link that removes only it, and one that removes all', async () => {
    const page = await text(`/lt/search?q=velenje&type=practice&type=meeting&network=${mms}&year=2016`);
    const chosen = page.slice(
      page.indexOf('<h3 id="chosen-heading">'),
      page.indexOf('</ul>', page.indexOf('chosen-heading')),
    );
    expect(chosen).toContain('Jūsų filtrai');
    const removals = [...chosen.matchAll(/<a href="([^"]+)" data-partial data-key="remove:([^"]+)"/g)].map(
      (m) => [m[2], m[1]!.replaceAll('&amp;', '&')],
    );
    expect(removals).toEqual([
      ['type:practice', `/lt/search?q=velenje&type=meeting&network=${mms}&year=2016`],
      ['type:meeting', `/lt/search?q=velenje&type=practice&network=${mms}&year=2016`],
      [`network:${mms}`, '/lt/search?q=velenje&type=practice&type=meeting&year=2016'],
      ['year:2016', `/lt/search?q=velenje&type=practice&type=meeting&network=${mms}`],
    ]);
    // Each is named for screen readers, in the page's language, with its filter and value.
    expect(chosen).toContain('<span class="visually-hidden">Pašalinti filtrą:</span>Tipas: Praktika');
    expect(chosen).toContain('Tinklas: Management mestnih središč');
    expect(page).toContain(
      'href="/lt/search?q=velenje" data-partial data-key="clear">Pašalinti visus filtrus</a>',
    );
    // Following a removal link drops that value only.
    const fewer = await text(removals[1]![1]!);
    expect(fewer).toContain('<input type="hidden" name="type" value="practice"/>');
    expect(fewer).not.toContain('<input type="hidden" name="type" value="meeting"/>');
    expect(fewer).toContain(`<input type="hidden" name="network" value="${mms}"/>`);
  });

  it('keeps every filter on the next and first page links, and pages through only what they match', async () => {
    const first = await text('/en/search?type=practice&type=organization&language=en&language=sl');
    expect(total(first)).toBeGreaterThan(20);
    const next = /<a href="(\/en\/search\?[^"]+)" data-partial rel="next">Next page<\/a>/.exec(first)?.[1];
    expect(next).toMatch(
      /^\/en\/search\?type=practice&amp;type=organization&amp;language=en&amp;language=sl&amp;after=/,
    );
    const second = await text(next!.replaceAll('&amp;', '&'));
    expect(hrefs(second).length).toBeGreaterThan(0);
    expect(hrefs(second).filter((href) => hrefs(first).includes(href))).toEqual([]);
    const all = await graphqlHits({ types: ['PRACTICE', 'ORGANIZATION'], languages: ['en', 'sl'] });
    expect([...hrefs(first), ...hrefs(second)].sort()).toEqual(all.sort());
    expect(second).toContain(
      'href="/en/search?type=practice&amp;type=organization&amp;language=en&amp;language=sl" data-partial>First page</a>',
    );
    // A facet link from page two starts again from the first page.
    expect(second).toContain(
      'href="/en/search?type=practice&amp;language=en&amp;language=sl" data-partial data-key="type:organization"',
    );
  });

  it('survives hostile URLs: hundreds of values, garbage and very long values give 200, capped and escaped', async () => {
    const many = Array.from({ length: 400 }, (_, i) => `type=practice&year=${1900 + (i % 300)}`).join('&');
    // Long, within what Node reads of a request line at all (16 KB: a longer one is its own 431).
    const long = 'x'.repeat(2_000);
    const garbage = [
      'type=constructor',
      'type=__proto__',
      'type=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'country=%3Cb%3E',
      'country=S',
      'city=not-a-uuid',
      `city=${long}`,
      'network=%22%3E%3Cimg%20src%3Dx%3E',
      'topic=%3Csvg%20onload%3Dalert(1)%3E',
      `topic=${long}`,
      'year=1e3',
      'year=99999',
      'language=%3Ciframe%3E',
      `language=${long}`,
      'after=%3Cscript%3E',
      `q=${'%3Cscript%3E'.repeat(100)}`,
      'type[]=practice',
      'country[x]=SI',
    ];
    for (const path of [
      `/en/search?${many}`,
      `/en/search?${garbage.join('&')}`,
      ...garbage.map((g) => `/sl/search?${g}`),
    ]) {
      const res = await get(path);
      const body = await res.text();
      expect({ path: path.slice(0, 80), status: res.status }).toEqual({
        path: path.slice(0, 80),
        status: 200,
      });
      expect(body).not.toMatch(/<(script|img|svg|iframe|b)[\s>](?![^>]*src="\/assets\/)/);
      expect(body).not.toContain(long);
    }
    // Ten values of a filter at most; the rest are left out, and the page says so.
    const capped = await text(`/en/search?${many}`);
    const years = [...capped.matchAll(/<input type="hidden" name="year" value="(\d+)"\/>/g)].map((m) => m[1]);
    expect(years).toEqual(Array.from({ length: 10 }, (_, i) => String(1900 + i)));
    expect(capped.match(/<input type="hidden" name="type" value="practice"\/>/g)).toHaveLength(1);
    expect(capped).toContain('Only 10 values of one filter at a time');
    // Values that make no sense are left out, as a single bad value always was.
    const cleaned = await text(`/en/search?${garbage.join('&')}&type=meeting`);
    expect(cleaned).toContain(
      '<span id="filter-fields"><input type="hidden" name="type" value="meeting"/></span>',
    );
    expect(total(cleaned)).toBe(total(await text('/en/search?type=meeting')));
    // A well-formed topic key nothing carries still matches nothing, and can be removed.
    const unknown = await text('/en/search?topic=no-such-topic&type=practice');
    expect(total(unknown)).toBe(0);
    expect(unknown).toContain(
      'href="/en/search?type=practice" data-partial data-key="remove:topic:no-such-topic"',
    );
  });
});

function tidy(html: string): string {
  return html
    .replace(/\s+/g, ' ')
    .replace(/\s+(\/?>)/g, '$1')
    .replace(/>\s+/g, '>')
    .replace(/\s+</g, '<');
}
