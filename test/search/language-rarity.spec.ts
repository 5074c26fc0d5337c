import { searchSources } from '#composition';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PostgresSearchEngine } from '../../libs/search/src/index.js';
import { anonymousSearch, practiceEntry } from '../support/engine-documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A word's rarity is also counted among the documents in the query's language. "Innenstadt" is in
 * few of all documents because few are German, yet in nearly every German one: counted over all,
 * it weighed almost as much as the subject, and German records on anything else in the town
 * centre outranked the records on the subject written in other languages.
 */
describe('postgres engine: a word common in its own language', () => {
  let api: TestApp;
  let engine: PostgresSearchEngine;
  const toilets = Array.from({ length: 3 }, () => randomUUID());
  const subjectsDe = [
    'Sitzbänke',
    'Kostenloses WLAN',
    'Leerstand',
    'Lastenräder',
    'Blumenkübel',
    'Wegweiser',
  ];
  const subjectsEn = [
    'Bike parking',
    'Christmas market',
    'Gift card',
    'Street benches',
    'Flower planters',
    'Wayfinding signs',
    'Footfall counting',
    'Summer terraces',
    'Farmers market',
    'Snow clearing',
    'Late-night shopping',
    'Busking permits',
  ];
  const towns = [
    'Erfurt',
    'Bamberg',
    'Rostock',
    'Görlitz',
    'Lüneburg',
    'Kaunas',
    'Celje',
    'Lahti',
    'Växjö',
    'Ptuj',
  ];

  beforeAll(async () => {
    api = await startTestApp({ SEARCH_WORKER: 'off' });
    engine = new PostgresSearchEngine(api.app.get(DataSource), searchSources);
    const german = towns.flatMap((town) =>
      subjectsDe.map((subject, i) =>
        practiceEntry(randomUUID(), {
          language: 'de',
          title: `${subject} in der Innenstadt von ${town}`,
          summary: `Ein Projekt im öffentlichen Raum der Innenstadt von ${town}.`,
          // Some mention toilets in passing, as such records do.
          body: i < 2 ? 'Auch die Toiletten am Markt wurden gereinigt.' : 'Die Händler haben mitgemacht.',
          date: '2024-03-01T00:00:00Z',
        }),
      ),
    );
    const english = towns.flatMap((town) =>
      subjectsEn.flatMap((subject) =>
        [2019, 2022, 2025].map((year) =>
          practiceEntry(randomUUID(), {
            language: 'en',
            title: `${subject} in ${town} (${year})`,
            summary: `What ${town} learned from the project.`,
            body: 'Businesses and residents took part.',
            date: `${year}-03-01T00:00:00Z`,
          }),
        ),
      ),
    );
    const subject = ['Kaunas', 'Celje', 'Lahti'].map((town, i) =>
      practiceEntry(toilets[i]!, {
        language: 'en',
        title: `Public toilets in ${town}`,
        summary: `${town} opened new public toilets for visitors.`,
        body: 'The toilets are cleaned twice a day.',
        date: '2023-03-01T00:00:00Z',
      }),
    );
    await engine.index([...german, ...english, ...subject]);
    // The languages' shares come from the statistics ANALYZE keeps (autovacuum, reindex).
    await api.app.get(DataSource).query('ANALYZE search_document');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('ranks the records on the subject in another language above the own language’s town-centre records', async () => {
    const page = await engine.search(anonymousSearch('öffentliche Toiletten in der Innenstadt', 'de'));
    expect(
      page.hits
        .slice(0, 3)
        .map((h) => h.entityId)
        .sort(),
    ).toEqual([...toilets].sort());
  });

  it('still finds the own language’s records when the subject is theirs', async () => {
    const page = await engine.search(anonymousSearch('Sitzbänke in der Innenstadt', 'de'));
    expect(page.hits.slice(0, 10).every((h) => h.language === 'de')).toBe(true);
    expect(page.hits[0]?.title).toMatch(/^Sitzbänke in der Innenstadt/);
  });
});
