import { searchSources } from '#composition';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PostgresSearchEngine } from '../../libs/search/src/index.js';
import type { IndexEntry } from '../../libs/search/src/index.js';
import { anonymousSearch, practiceEntry } from '../support/engine-documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A name typed with a capital ("cycle lanes Kranj") weighs twice its rarity: the Slovenian record
 * on Kranj's cycling, which matches "cycle" only through its English topic label, ranks above an
 * English record on cycle lanes elsewhere. A town the directory knows (Kranj) is a name however
 * it is typed; another word typed in lower case weighs by its rarity alone, and the rarer "lanes"
 * decides.
 */
describe('postgres engine: names in the query', () => {
  let api: TestApp;
  let engine: PostgresSearchEngine;
  const kranjCycling = randomUUID();
  // A town the directory does not know: a name only when typed as one.
  const zelviaCycling = randomUUID();
  const gdanskLanes = randomUUID();
  // Only this test's records are ranked, and counted for the words' rarity (filters apply to both).
  const COUNTRY = 'AQ';

  const entry = (
    id: string,
    language: string,
    title: string,
    summary: string,
    topic?: string,
  ): IndexEntry => {
    const indexed = practiceEntry(id, { language, title, summary, body: '', date: '2024-03-01T00:00:00Z' });
    const [document] = indexed.documents;
    document!.countryCodes = [COUNTRY];
    if (topic) document!.keywords = [{ language: 'en', text: topic }];
    return indexed;
  };
  const ranking = async (query: string) =>
    (await engine.search({ ...anonymousSearch(query, 'en'), filter: { countryCodes: [COUNTRY] } })).hits.map(
      (h) => h.entityId,
    );

  beforeAll(async () => {
    api = await startTestApp({ SEARCH_WORKER: 'off' });
    engine = new PostgresSearchEngine(api.app.get(DataSource), searchSources);
    const others = Array.from({ length: 20 }, (_, i) =>
      entry(randomUUID(), 'en', `Farmers market number ${i}`, 'Stalls on the square every Saturday.'),
    );
    await engine.index([
      entry(
        kranjCycling,
        'sl',
        'Kranj: nove kolesarske poti',
        'Mesto je povezalo postajo s trgom.',
        'Cycling',
      ),
      entry(randomUUID(), 'sl', 'Kranj: parkirna politika', 'Nove cone za kratko parkiranje.'),
      entry(
        zelviaCycling,
        'sl',
        'Zelvia: nove kolesarske poti',
        'Mesto je povezalo postajo s trgom.',
        'Cycling',
      ),
      entry(randomUUID(), 'sl', 'Zelvia: parkirna politika', 'Nove cone za kratko parkiranje.'),
      entry(
        gdanskLanes,
        'en',
        'Gdansk: cycle lanes for the centre',
        'Protected lanes link the station.',
        'Cycling',
      ),
      ...others,
    ]);
  });
  afterAll(async () => {
    await api.close();
  });

  it('ranks the named place first when the name is typed with a capital', async () => {
    const ranked = await ranking('cycle lanes Kranj');
    expect(ranked.indexOf(kranjCycling)).toBe(0);
    expect(ranked).toContain(gdanskLanes);
  });

  it('weighs a town the directory knows as a name in lower case too', async () => {
    const ranked = await ranking('cycle lanes kranj');
    expect(ranked.indexOf(kranjCycling)).toBe(0);
    expect(ranked).toContain(gdanskLanes);
  });

  it('weighs a word no directory knows by its rarity alone in lower case, as a name with a capital', async () => {
    const lower = await ranking('cycle lanes zelvia');
    expect(lower.indexOf(gdanskLanes)).toBeLessThan(lower.indexOf(zelviaCycling));
    expect((await ranking('cycle lanes Zelvia')).indexOf(zelviaCycling)).toBe(0);
  });
});
